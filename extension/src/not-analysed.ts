/**
 * A document the background returned an error for instead of a report gets a
 * neutral "not analysed" badge (never a risk level): these are its words. The
 * reason is derived from the error string (the content script's "too large for
 * a message", the engine's per-document size limit, a refused field, an
 * engine trap); the raw error is shown only as a short, single-line technical
 * detail, never a stack trace. No DOM here, so the unit tests can load it.
 */
import { t } from './i18n';
import { LIMITS, type Lang } from './protocol';

/** The error a document gets when it alone is larger than a message may carry (`LIMITS.requestChars`). */
export function tooLargeError(kind: string, id: string, chars: number): string {
  return `${kind} ${id}: not analysed: the document's text is ${chars.toLocaleString('en')} characters of JSON, more than one message may carry (${LIMITS.requestChars.toLocaleString('en')}, 8 MiB)`;
}

const TOO_LARGE = /the document's text is ([\d,]+) characters of JSON/;
const ENGINE_TOO_LARGE = /document is ([\d.]+) MiB; the limit is (\d+) MiB per document/;
const TRAP = /the analysis engine stopped on this input/;
/** The engine's input errors: `field.path[2]: message` (optionally after `document N (id "…"): `). */
const FIELD = /^(?:document \d+(?: \(id "(?:[^"\\]|\\.)*"\))?: )?([A-Za-z_][\w]*(?:\[\d+\]|\.[A-Za-z_]\w*)*): /;

/** At most this many characters of the raw error are shown as its technical detail. */
export const DETAIL_CHARS = 300;

/** The raw error as one short line: its first line, without stack frames, cut to `DETAIL_CHARS`. */
export function errorDetail(error: string): string {
  const first = (error.split(/\r?\n/).find((l) => l.trim() && !/^\s*at\s/.test(l)) ?? '').trim();
  return first.length > DETAIL_CHARS ? first.slice(0, DETAIL_CHARS - 1) + '…' : first;
}

/** Why the document was not analysed, in plain words in the UI language. */
export function notAnalysedReason(lang: Lang, error: string | undefined): string {
  const e = error ?? '';
  const big = TOO_LARGE.exec(e);
  if (big) {
    const chars = Number((big[1] ?? '').replace(/,/g, ''));
    return t(lang, 'notAnalysedTooLarge', { chars: chars.toLocaleString(lang), limit: '8 MiB' });
  }
  const engineBig = ENGINE_TOO_LARGE.exec(e);
  if (engineBig) return t(lang, 'notAnalysedTooLargeEngine', { size: Number(engineBig[1]).toLocaleString(lang), limit: engineBig[2] ?? '' });
  if (TRAP.test(e)) return t(lang, 'notAnalysedEngineStopped');
  const field = FIELD.exec(e);
  if (field?.[1]) return t(lang, 'notAnalysedField', { field: field[1] });
  return t(lang, 'notAnalysedOther');
}

/** Everything the badge and its panel say about a document that was not analysed. */
export interface NotAnalysedText {
  badge: string;
  aria: string;
  title: string;
  reason: string;
  noJudgement: string;
  detail: string;
}

export function notAnalysedText(lang: Lang, name: string, error: string | undefined): NotAnalysedText {
  const reason = notAnalysedReason(lang, error);
  const detail = errorDetail(error ?? '');
  return {
    badge: t(lang, 'badgeNotAnalysed'),
    aria: t(lang, 'badgeNotAnalysedAria', { name, reason }),
    title: t(lang, 'notAnalysedTitle', { name }),
    reason,
    noJudgement: t(lang, 'notAnalysedNoJudgement'),
    detail: detail ? t(lang, 'notAnalysedDetail', { detail }) : '',
  };
}
