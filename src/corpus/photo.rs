//! Perceptual photo hashes: a 64-bit difference hash (dHash) of RGBA pixels,
//! and the Hamming distance between two hashes.
//!
//! dHash: composite over white, convert to luma (BT.601), shrink to 9×8 by
//! area averaging, then one bit per horizontally adjacent pair: is the left
//! cell brighter than the right? Re-encoding, rescaling and mild colour
//! changes leave most bits alone; a different face flips about half.

use std::fmt;

/// Hashes at most this far apart are the same picture (re-encoded, resized).
pub const SAME_PHOTO_MAX_DISTANCE: u32 = 8;
/// Hashes at least this far apart are different pictures.
pub const DIFFERENT_PHOTO_MIN_DISTANCE: u32 = 20;
/// Largest image accepted (pixels).
pub const MAX_PIXELS: usize = 16 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhotoError {
    Empty,
    TooLarge { pixels: usize },
    Length { expected: usize, found: usize },
    BadHex(String),
}

impl fmt::Display for PhotoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PhotoError::Empty => write!(f, "photo: width and height must be at least 1"),
            PhotoError::TooLarge { pixels } => write!(
                f,
                "photo: {pixels} pixels; the limit is {MAX_PIXELS} (draw it smaller first)"
            ),
            PhotoError::Length { expected, found } => write!(
                f,
                "photo: expected width × height × 4 = {expected} RGBA bytes, found {found}"
            ),
            PhotoError::BadHex(s) => write!(
                f,
                "photo.dhash: expected 16 hexadecimal digits, found {s:?}"
            ),
        }
    }
}

impl std::error::Error for PhotoError {}

/// dHash of an RGBA image (row-major, 4 bytes per pixel, as a canvas gives).
pub fn dhash_rgba(rgba: &[u8], width: u32, height: u32) -> Result<u64, PhotoError> {
    let (w, h) = (width as usize, height as usize);
    if w == 0 || h == 0 {
        return Err(PhotoError::Empty);
    }
    let pixels = w
        .checked_mul(h)
        .ok_or(PhotoError::TooLarge { pixels: usize::MAX })?;
    if pixels > MAX_PIXELS {
        return Err(PhotoError::TooLarge { pixels });
    }
    if rgba.len() != pixels * 4 {
        return Err(PhotoError::Length {
            expected: pixels * 4,
            found: rgba.len(),
        });
    }
    const GW: usize = 9;
    const GH: usize = 8;
    let mut sum = [[0f64; GW]; GH];
    let mut cnt = [[0f64; GW]; GH];
    for (y, row) in rgba.chunks_exact(w * 4).enumerate() {
        let gy = (y * GH / h).min(GH - 1);
        for (x, px) in row.chunks_exact(4).enumerate() {
            let gx = (x * GW / w).min(GW - 1);
            let &[r, g, b, a] = px else { continue };
            let [r, g, b, a] = [r, g, b, a].map(f64::from);
            let alpha = a / 255.0;
            let over = |c: f64| c * alpha + 255.0 * (1.0 - alpha);
            let luma = 0.299 * over(r) + 0.587 * over(g) + 0.114 * over(b);
            if let (Some(s), Some(c)) = (
                sum.get_mut(gy).and_then(|r| r.get_mut(gx)),
                cnt.get_mut(gy).and_then(|r| r.get_mut(gx)),
            ) {
                *s += luma;
                *c += 1.0;
            }
        }
    }
    let mut bits = 0u64;
    for (sr, cr) in sum.iter().zip(cnt.iter()) {
        let cell: Vec<f64> = sr
            .iter()
            .zip(cr.iter())
            .map(|(s, c)| if *c > 0.0 { s / c } else { 0.0 })
            .collect();
        for pair in cell.windows(2) {
            bits <<= 1;
            if let [l, r] = pair {
                if l > r {
                    bits |= 1;
                }
            }
        }
    }
    Ok(bits)
}

/// Parse a hash written as 16 hex digits (as `photo.dhash` carries it).
pub fn parse_hex(s: &str) -> Result<u64, PhotoError> {
    let t = s.trim();
    let t = t.strip_prefix("0x").unwrap_or(t);
    if t.len() != 16 {
        return Err(PhotoError::BadHex(s.to_owned()));
    }
    u64::from_str_radix(t, 16).map_err(|_| PhotoError::BadHex(s.to_owned()))
}

pub fn to_hex(h: u64) -> String {
    format!("{h:016x}")
}

pub fn distance(a: u64, b: u64) -> u32 {
    (a ^ b).count_ones()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A synthetic "face": a bright disc on a gradient, drawn at any size.
    fn picture(w: u32, h: u32, shift: f64, invert: bool) -> Vec<u8> {
        let mut v = Vec::with_capacity((w * h * 4) as usize);
        for y in 0..h {
            for x in 0..w {
                let (fx, fy) = (x as f64 / w as f64, y as f64 / h as f64);
                let d = ((fx - 0.5 - shift).powi(2) + (fy - 0.45).powi(2)).sqrt();
                let mut l = if d < 0.3 {
                    220.0 - d * 200.0
                } else {
                    40.0 + fx * 120.0 + fy * 30.0
                };
                if invert {
                    l = 255.0 - l;
                }
                let l = l.clamp(0.0, 255.0) as u8;
                v.extend_from_slice(&[l, l.saturating_sub(10), l / 2, 255]);
            }
        }
        v
    }

    #[test]
    fn same_picture_at_other_sizes_is_close() {
        let a = dhash_rgba(&picture(128, 128, 0.0, false), 128, 128).unwrap();
        let b = dhash_rgba(&picture(61, 61, 0.0, false), 61, 61).unwrap();
        assert!(
            distance(a, b) <= SAME_PHOTO_MAX_DISTANCE,
            "{}",
            distance(a, b)
        );
        let c = dhash_rgba(&picture(128, 128, 0.0, true), 128, 128).unwrap();
        assert!(
            distance(a, c) >= DIFFERENT_PHOTO_MIN_DISTANCE,
            "{}",
            distance(a, c)
        );
        assert_eq!(parse_hex(&to_hex(a)).unwrap(), a);
    }

    #[test]
    fn bad_input_is_an_error() {
        assert_eq!(dhash_rgba(&[], 0, 5), Err(PhotoError::Empty));
        assert!(matches!(
            dhash_rgba(&[0; 15], 2, 2),
            Err(PhotoError::Length { .. })
        ));
        assert!(parse_hex("xyz").is_err());
        assert!(parse_hex("zzzzzzzzzzzzzzzz").is_err());
    }
}
