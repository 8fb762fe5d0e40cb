/**
 * Profile photos for linkage ("one photo under many names"): the image the
 * page already shows is drawn into a small canvas and its pixels go to the
 * background, which computes the engine's 64-bit dHash. Nothing is fetched.
 * A cross-origin image without CORS taints the canvas; then there is simply
 * no photo fingerprint.
 */
import { PHOTO_SIZE } from '../protocol';

/** Platform placeholders are shared by everyone without a photo: not a fingerprint. */
const PLACEHOLDER = /default|placeholder|silhouette|anonymous|no[-_]?photo|avatar[-_]?blank|ghost/i;

/** Pixels already read, per image element and source (re-scans cost nothing). */
const cache = new WeakMap<HTMLImageElement, { src: string; data: string | undefined }>();
let ctx: CanvasRenderingContext2D | null = null;

export function photoPixels(img: HTMLImageElement | null | undefined): string | undefined {
  if (!img || !img.complete || img.naturalWidth === 0) return undefined;
  const src = img.currentSrc || img.src;
  const hit = cache.get(img);
  if (hit && hit.src === src) return hit.data;
  const data = read(img, src);
  cache.set(img, { src, data });
  return data;
}

/** Whether the pixels of this image are already known (then reading costs nothing). */
export function photoKnown(img: HTMLImageElement): boolean {
  const hit = cache.get(img);
  return !!hit && hit.src === (img.currentSrc || img.src);
}

function read(img: HTMLImageElement, src: string): string | undefined {
  if (PLACEHOLDER.test(src)) return undefined;
  try {
    if (!ctx) {
      const canvas = img.ownerDocument.createElement('canvas');
      canvas.width = PHOTO_SIZE;
      canvas.height = PHOTO_SIZE;
      ctx = canvas.getContext('2d', { willReadFrequently: true });
    }
    if (!ctx) return undefined;
    ctx.clearRect(0, 0, PHOTO_SIZE, PHOTO_SIZE);
    ctx.drawImage(img, 0, 0, PHOTO_SIZE, PHOTO_SIZE);
    const data = ctx.getImageData(0, 0, PHOTO_SIZE, PHOTO_SIZE).data;
    let bin = '';
    for (let i = 0; i < data.length; i += 0x8000) bin += String.fromCharCode(...data.subarray(i, i + 0x8000));
    return btoa(bin);
  } catch {
    return undefined; // tainted by a cross-origin image
  }
}
