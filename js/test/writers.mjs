// Synthetic writers for the Corpus tests (node.test.mjs, and the worker page
// of consumers.test.mjs, which inlines writerText's source). Python's
// tests/test_api.py has the same generator.

// A synthetic writer (a fixture, not evidence): ten favourite common words
// and its own punctuation, kept in every text, and 30 made-up subject words
// that change from one text to the next — one hand, two subjects.
export function writerText(writer, text) {
  const common = ['the', 'project', 'and', 'I', 'will', 'deliver', 'a', 'clean', 'result', 'to', 'your',
    'team', 'with', 'care', 'on', 'time', 'for', 'this', 'work', 'we', 'can', 'start'];
  const rng = (seed) => {
    let x = seed >>> 0 || 1;
    return () => {
      x ^= x << 13; x >>>= 0;
      x ^= x >>> 17;
      x ^= x << 5; x >>>= 0;
      return x;
    };
  };
  const habit = rng(Math.imul(writer + 1, 0x9e3779b1));
  const favourite = Array.from({ length: 10 }, () => common[habit() % common.length]);
  const topic = rng(Math.imul(writer * 7 + text + 1, 0x27d4eb2f));
  const subject = Array.from({ length: 30 }, () => Array.from({ length: 6 }, () => String.fromCharCode(97 + (topic() % 26))).join(''));
  const next = rng(Math.imul(writer + 1, 0x85ebca6b) ^ Math.imul(text + 1, 0xc2b2ae35));
  const every = 2 + (writer % 5);
  let out = '';
  for (let i = 0; i < 220; i++) {
    const r = next();
    out += r % 2 === 0 ? favourite[(r >>> 8) % 10] : subject[(r >>> 8) % 30];
    out += i % 12 === 11 ? ['. ', '.  ', '! ', '.\n'][writer % 4] : i % every === every - 1 ? [', ', ' - ', '; ', '... ', ': ', ' ,'][writer % 6] : ' ';
  }
  return out;
}
