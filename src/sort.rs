//! One sort for the whole crate in WebAssembly.
//!
//! The standard library's sorts are generic over the element and the
//! comparator, so every `sort_by_key(|x| …)` in the crate got its own copy of
//! driftsort (about 4 KB of wasm each; 40 copies were about a tenth of the
//! module). In wasm32, [`by`] and [`by_key`] sort a vector of `u32` indices
//! with one shared instantiation of `sort_by` behind a `dyn` comparator and
//! then move the elements into place along the permutation's cycles: a
//! stable sort with the same result as `slice::sort_by`. Native builds call
//! `slice::sort_by` directly (no indirect calls on large linkage sorts).
use core::cmp::Ordering;

/// Stable sort by a comparator: the same order as `v.sort_by(cmp)`.
pub fn by<T>(v: &mut [T], cmp: impl FnMut(&T, &T) -> Ordering) {
    #[cfg(not(target_arch = "wasm32"))]
    v.sort_by(cmp);
    #[cfg(target_arch = "wasm32")]
    by_index(v, cmp);
}

/// Stable sort by a key: the same order as `v.sort_by_key(key)`.
pub fn by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sort of totally ordered values (`sort_unstable`, or `sort`: for values
/// whose equal elements cannot be told apart the two give the same result).
pub fn values<T: Ord>(v: &mut [T]) {
    #[cfg(not(target_arch = "wasm32"))]
    v.sort_unstable();
    #[cfg(target_arch = "wasm32")]
    by_index(v, T::cmp);
}

/// The compact sort [`by`] uses in WebAssembly (public so that native tests
/// compare it with the standard library's).
pub fn by_index<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let Ok(n) = u32::try_from(v.len()) else {
        v.sort_by(cmp);
        return;
    };
    let mut idx: Vec<u32> = (0..n).collect();
    {
        let items: &[T] = v;
        indices(
            &mut idx,
            &mut |a, b| match (items.get(a as usize), items.get(b as usize)) {
                (Some(x), Some(y)) => cmp(x, y),
                _ => Ordering::Equal,
            },
        );
    }
    permute(v, &mut idx);
}

#[inline(never)]
fn indices(idx: &mut [u32], cmp: &mut dyn FnMut(u32, u32) -> Ordering) {
    idx.sort_by(|a, b| cmp(*a, *b));
}

/// Rearranges `v` so that position `p` holds what was at `idx[p]`, one cycle
/// of the permutation at a time (each position is marked done by setting
/// `idx[p] = p`).
fn permute<T>(v: &mut [T], idx: &mut [u32]) {
    for i in 0..idx.len() {
        let mut j = i;
        while let Some(slot) = idx.get_mut(j) {
            let k = *slot as usize;
            *slot = j as u32;
            if k == i || k >= v.len() {
                break;
            }
            v.swap(j, k);
            j = k;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lcg(seed: &mut u64) -> u64 {
        *seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        *seed >> 33
    }

    #[test]
    fn same_order_as_std_stable_sort_with_ties() {
        let mut seed = 7;
        for n in [0usize, 1, 2, 3, 5, 17, 64, 300, 2_000] {
            for keys in [2u64, 10, 1_000] {
                let v: Vec<(u64, usize)> = (0..n).map(|i| (lcg(&mut seed) % keys, i)).collect();
                let mut want = v.clone();
                want.sort_by_key(|x| x.0);
                let mut got = v.clone();
                by_index(&mut got, |a, b| a.0.cmp(&b.0));
                assert_eq!(got, want, "n={n} keys={keys}");
                let mut got2 = v;
                by_key(&mut got2, |x| x.0);
                assert_eq!(got2, want);
            }
        }
    }

    #[test]
    fn moves_non_copy_elements() {
        let mut v: Vec<String> = ["pear", "fig", "apple", "kiwi", "date"]
            .map(String::from)
            .to_vec();
        by_index(&mut v, |a, b| a.len().cmp(&b.len()).then(a.cmp(b)));
        assert_eq!(v, ["fig", "date", "kiwi", "pear", "apple"]);
    }
}
