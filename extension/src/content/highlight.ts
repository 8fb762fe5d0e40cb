/**
 * Evidence on the page: UTF-16 offsets into a field's original text → a DOM
 * Range over the element's text nodes → a highlight (CSS Custom Highlight
 * API; the selection as a fallback) and a scroll into view.
 */
import type { FieldSource } from '../adapters/types';

export const HIGHLIGHT_NAME = 'hirelens-evidence';

export function rangeFor(src: FieldSource, start: number, end: number): Range | null {
  const from = src.offset + start;
  const to = src.offset + end;
  if (!(to > from)) return null;
  const walker = src.el.ownerDocument.createTreeWalker(src.el, NodeFilter.SHOW_TEXT);
  const range = src.el.ownerDocument.createRange();
  let pos = 0;
  let started = false;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const len = (n as Text).data.length;
    if (!started && from <= pos + len) {
      range.setStart(n, from - pos);
      started = true;
    }
    if (started && to <= pos + len) {
      range.setEnd(n, to - pos);
      return range;
    }
    pos += len;
  }
  return null;
}

interface HighlightRegistryLike {
  set(name: string, h: unknown): void;
  delete(name: string): void;
}

function registry(): { reg: HighlightRegistryLike; Highlight: new (...r: Range[]) => unknown } | null {
  const css = (globalThis as unknown as { CSS?: { highlights?: HighlightRegistryLike } }).CSS;
  const H = (globalThis as unknown as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  return css?.highlights && H ? { reg: css.highlights, Highlight: H } : null;
}

/** Highlight `range`, scroll it into view; returns how it was shown. */
export function showRange(range: Range): 'highlight' | 'selection' {
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
  const r = registry();
  if (r) {
    r.reg.set(HIGHLIGHT_NAME, new r.Highlight(range));
    return 'highlight';
  }
  const sel = range.startContainer.ownerDocument?.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
  return 'selection';
}

export function clearHighlight(): void {
  registry()?.reg.delete(HIGHLIGHT_NAME);
}
