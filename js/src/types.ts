/**
 * The HireLens data contract (v1.1), as JavaScript sees it. v1.1 adds the
 * platform's own logs to a profile: `sessions`, `payouts`, `reviews`, `bids`.
 *
 * Input documents mirror the Rust serde types in `src/model.rs`; reports
 * mirror `src/report.rs`. A test (`tests/js_contract.rs` + `tsc --noEmit`
 * over `js/test/contract.generated.ts`) fails when the two drift apart.
 *
 * Every input field is optional and may be `null`; unknown fields are
 * ignored. Wrong types are rejected with a {@link HireLensError} naming the
 * field path (`employment[2].start`).
 */

/** A date as platforms show it: `2019`, `2019-03`, `2019-03-14`, `Mar 2019`, `March 2019`, `Present`, `Now`, `現在`, `현재`; or a year as a number. */
export type DateInput = string | number;
/** An RFC 3339 timestamp such as `2026-11-20T09:15:00+09:00` (also `2026-11-20`). */
export type Timestamp = string;

export interface Location {
  country?: string | null;
  region?: string | null;
  city?: string | null;
}

export interface Rate {
  amount?: number | null;
  currency?: string | null;
}

export interface LanguageClaim {
  language?: string | null;
  /** As the platform shows it: `native`, `fluent`, `conversational`, `basic`… */
  level?: string | null;
}

export interface Employment {
  title?: string | null;
  company?: string | null;
  start?: DateInput | null;
  /** `null`, `"Present"` or a date. */
  end?: DateInput | null;
  location?: string | null;
  description?: string | null;
}

export interface Education {
  school?: string | null;
  degree?: string | null;
  start?: DateInput | null;
  end?: DateInput | null;
  location?: string | null;
}

export interface Contacts {
  emails?: string[] | null;
  phones?: string[] | null;
  links?: string[] | null;
  handles?: string[] | null;
  wallets?: string[] | null;
}

export interface Payment {
  payee_name?: string | null;
  method?: string | null;
  account?: string | null;
  country?: string | null;
}

export interface Photo {
  /** A 64-bit difference hash of the profile photo, as hex. */
  dhash?: string | null;
}

/** How the platform's IP data classifies a session's network. */
export type Network = 'residential' | 'mobile' | 'business' | 'hosting' | 'vpn' | 'proxy' | 'tor' | 'unknown';

/** One login session, as the platform logged it (v1.1). */
export interface Session {
  at?: Timestamp | null;
  /** Country of the IP address: ISO 3166-1 alpha-2 or a name. */
  ip_country?: string | null;
  ip_region?: string | null;
  network?: Network | null;
  /** Autonomous system number. */
  asn?: number | null;
  /** The IP address in clear (IPv4 or IPv6)… */
  ip?: string | null;
  /** …or the platform's own digest of it (exact matches only). */
  ip_hash?: string | null;
  /** An opaque device id. */
  device?: string | null;
  /** IANA time zone name, e.g. `Intl.DateTimeFormat().resolvedOptions().timeZone`. */
  browser_timezone?: string | null;
  /** `navigator.languages`. */
  browser_languages?: string[] | null;
  remote_desktop?: boolean | null;
  /** 0 to one year (527,040 minutes); more is an input error. */
  duration_minutes?: number | null;
}

/** A payout account on the profile (v1.1). */
export interface Payout {
  method?: string | null;
  account?: string | null;
  /** The platform's own digest of the account (exact matches only). */
  account_hash?: string | null;
  holder_name?: string | null;
  country?: string | null;
  added_at?: Timestamp | null;
}

/** A review the profile received (v1.1). */
export interface Review {
  client_id?: string | null;
  /** 0 to 5; anything else is an input error. */
  rating?: number | null;
  at?: Timestamp | null;
}

/** Bidding volume (v1.1); `won` above `sent` is an input error. */
export interface Bids {
  sent?: number | null;
  won?: number | null;
  since?: DateInput | null;
}

/** One git commit of the person (contract v1.1). */
export interface Commit {
  /** The author date with its UTC offset (`git log --format=%aI`), e.g. `2024-03-01T10:00:00+09:00`; without an offset it is an input error. */
  at?: Timestamp | null;
  /** A digest of the author e-mail (exact matches only). */
  author_email_hash?: string | null;
  repo?: string | null;
  /** The committer date (`%cI`): rebases, cherry-picks and imports. */
  committer_at?: Timestamp | null;
  /** The commit has `Co-authored-by:` trailers. */
  coauthored?: boolean | null;
}

/**
 * v1.1: a repository the person's commits were read from, with facts of its
 * history as counts (`hirelens check --git` fills them from a local clone).
 */
export interface Repository {
  name?: string | null;
  /** The profile presents it as the person's own work (under an account the profile links to). */
  own?: boolean | null;
  commits?: number | null;
  /** Commits by the person (their e-mail, or a name or address it was used with). */
  author_commits?: number | null;
  /** Distinct other author e-mails (after `.mailmap`; bots not counted). */
  other_authors?: number | null;
  other_author_commits?: number | null;
  /** Commits whose subject and author time equal a commit of another repository given, under another id. */
  copied_commits?: number | null;
  copied_from?: string | null;
  /** Commits whose author date is more than a year before their commit date. */
  rewritten_commits?: number | null;
  /** Days between the first and last commit date of those commits. */
  rewrite_days?: number | null;
  /** Days between their first and last author date. */
  author_span_days?: number | null;
}

export interface Author {
  name?: string | null;
  profile_id?: string | null;
  handle?: string | null;
}

export interface Job {
  title?: string | null;
  description?: string | null;
}

/** The fields of a profile (also embedded as `profile` in proposals, messages and threads). */
export interface ProfileFields {
  id?: string | null;
  platform?: string | null;
  url?: string | null;
  name?: string | null;
  headline?: string | null;
  overview?: string | null;
  location?: Location | null;
  utc_offset_minutes?: number | null;
  local_time?: Timestamp | null;
  hourly_rate?: Rate | null;
  languages?: LanguageClaim[] | null;
  skills?: string[] | null;
  employment?: Employment[] | null;
  education?: Education[] | null;
  member_since?: DateInput | null;
  jobs_completed?: number | null;
  contacts?: Contacts | null;
  /** Timestamps of the subject's activity (messages sent, logins shown by the platform). */
  activity?: Timestamp[] | null;
  photo?: Photo | null;
  payment?: Payment | null;
  /** v1.1: login sessions the platform logged. */
  sessions?: Session[] | null;
  /** v1.1: payout accounts. */
  payouts?: Payout[] | null;
  /** v1.1: reviews received. */
  reviews?: Review[] | null;
  /** v1.1: bidding volume. */
  bids?: Bids | null;
  /** v1.1: the person's git commits (author dates with their offsets). */
  commits?: Commit[] | null;
  /** v1.1: repositories the commits were read from, with facts of their history. */
  repositories?: Repository[] | null;
  /** v1.1: other profiles of the same person (e.g. the LinkedIn profile this one links to); their claims are compared with this profile's. */
  same_person?: SamePersonProfile[] | null;
}

/** Another profile of the same person: a profile's fields (its own `same_person` is not read). */
export type SamePersonProfile = ProfileFields;

/** An embedded profile: the same fields; `kind` may be given and is ignored. */
export type EmbeddedProfile = ProfileFields & { kind?: 'profile' };

export interface ProfileDocument extends ProfileFields {
  kind: 'profile';
}

export interface ProposalDocument {
  kind: 'proposal';
  id?: string | null;
  platform?: string | null;
  url?: string | null;
  author?: Author | null;
  text?: string | null;
  sent_at?: Timestamp | null;
  job?: Job | null;
  rate?: Rate | null;
  profile?: EmbeddedProfile | null;
}

export type Role = 'freelancer' | 'client' | 'other';

/** The fields of a message (also the items of a thread's `messages`). */
export interface MessageFields {
  id?: string | null;
  platform?: string | null;
  url?: string | null;
  author?: Author | null;
  /** Who wrote it; defaults to `freelancer`. */
  role?: Role | null;
  text?: string | null;
  sent_at?: Timestamp | null;
  profile?: EmbeddedProfile | null;
}

export interface MessageDocument extends MessageFields {
  kind: 'message';
}

export interface ThreadDocument {
  kind: 'thread';
  id?: string | null;
  platform?: string | null;
  url?: string | null;
  job?: Job | null;
  messages?: MessageFields[] | null;
  profile?: EmbeddedProfile | null;
}

/** One input document of the v1 contract. */
export type HireLensDocument = ProfileDocument | ProposalDocument | MessageDocument | ThreadDocument;
export type DocumentKind = HireLensDocument['kind'];

export type Severity = 'info' | 'low' | 'medium' | 'high';
export type Level = 'none' | 'low' | 'medium' | 'high';
export type Family = 'consistency' | 'stylometry' | 'tradecraft' | 'linkage' | 'platform';

/** Where a hint looked: `start`/`end` are UTF-16 code-unit offsets into the original text of `field` (what a DOM `Range` needs). */
export interface Evidence {
  /** The field path, e.g. `overview` or `employment[1].description`. */
  field: string;
  start: number;
  end: number;
  /** The original text between `start` and `end`. */
  text: string;
}

/** A risk hint: what was seen, where, why it matters, how it can be innocent, what to verify. Never a verdict. */
export interface Hint {
  /** Stable code: `HL1xx` consistency, `HL2xx` stylometry, `HL3xx` tradecraft, `HL4xx` linkage, `HL5xx` platform. */
  code: string;
  /** Stable kebab-case rule name. */
  rule: string;
  family: Family;
  severity: Severity;
  weight: number;
  title: string;
  message: string;
  evidence: Evidence[];
  /** Ids of the published indicators (I01…) the rule implements. */
  indicators: string[];
  innocent: string;
  verify: string;
}

export interface Facts {
  /** ISO 639-3 code of the main language of the freelancer's prose (that of the longest text whose language is told reliably). */
  language?: string;
  words: number;
  fields: number;
  contacts: number;
}

export interface Report {
  id?: string;
  kind: DocumentKind;
  /** 0–100: orders attention, never rejects anyone. */
  score: number;
  level: Level;
  hints: Hint[];
  facts: Facts;
  /** Fields cut to the size limit (256 KiB per text field). */
  truncated?: string[];
  /**
   * Set by `Corpus.analyze` when it compared the document with the same
   * person's documents seen before (tied by `contacts.links` naming a
   * profile's `url`, or by `author.profile_id`): per `same_person[i]` of the
   * analysed profile, the id of the document it came from ("" for a
   * caller-given profile without an id).
   */
  same_person?: string[];
}

export interface RuleDocs {
  what_it_sees: string;
  why_it_matters: string;
  innocent_explanations: string;
  example: string;
}

/** One entry of the rule catalog ({@link rules}). */
export interface RuleInfo {
  code: string;
  name: string;
  family: Family;
  severity: Severity;
  weight: number;
  indicators: string[];
  title: string;
  innocent: string;
  verify: string;
  docs: RuleDocs;
}

/** Contact details to flag when they appear. Names are deliberately not accepted. */
export interface Watchlist {
  /** Shown in hints ("on watchlist: <label>"). */
  label?: string | null;
  emails?: string[];
  handles?: string[];
  wallets?: string[];
  phones?: string[];
}

export interface AnalyzeOptions {
  /** The reference time for date checks; defaults to the current time. */
  now?: Date | string | number;
  watchlist?: Watchlist | null;
  /** Leave hints below this severity out of `hints` (they still count towards the score). */
  minSeverity?: Severity | null;
}

/** What `init` accepts: where the `.wasm` is, its bytes, a fetch `Response`, or a compiled module. */
export type InitInput =
  | URL
  | string
  | Request
  | Response
  | Promise<Response>
  | ArrayBuffer
  | ArrayBufferView
  | WebAssembly.Module;

/** What `initSync` accepts. */
export type SyncInitInput = ArrayBuffer | ArrayBufferView | WebAssembly.Module;

/** Why two documents are linked. */
export type LinkKind = 'near-duplicate-text' | 'shared-identifier' | 'same-photo' | 'same-author-style' | 'name-variant';
/** The kind of a shared identifier. */
export type IdentKind = 'email' | 'phone' | 'handle' | 'wallet' | 'link' | 'bank-account' | 'device' | 'ip-address' | 'ip-network' | 'payout-account';
/** How the names of two linked documents compare. */
export type NameComparison = 'differ' | 'same' | 'unknown';

/** Where shared text sits in one document: UTF-16 offsets into the original field. */
export interface LinkSpan {
  field: string;
  start: number;
  end: number;
  text?: string;
}

/** One link between two documents of a corpus (ids as given, or assigned by `add`). */
export interface Link {
  /** The earlier document. */
  a: string;
  /** The later document. */
  b: string;
  kind: LinkKind;
  /** 0–1: Jaccard (or containment) for text, 1 for identifiers and names, 1 − distance/64 for photos, the calibrated score for style. */
  score: number;
  severity: Severity;
  /** Strong links join clusters. */
  strong: boolean;
  names: NameComparison;
  /** What was seen, for a person. */
  reason: string;
  jaccard?: number;
  containment?: number;
  identifier?: IdentKind;
  /** The identifier as written in the later document, when that document was given in full. */
  value?: string;
  /** Hamming distance of the photo hashes. */
  distance?: number;
  spans_a?: LinkSpan[];
  spans_b?: LinkSpan[];
}

export interface ClusterReason {
  kind: LinkKind;
  a: string;
  b: string;
  score: number;
  reason: string;
}

/** Documents joined by strong links, with the links that join them. */
export interface Cluster {
  members: string[];
  reasons: ClusterReason[];
}

/** Whether two texts read as written by the same author. */
export type StyleVerdict =
  | { answer: 'insufficient-text'; words_a: number; words_b: number }
  | { answer: 'uncertain'; score: number }
  | { answer: 'scored'; score: number };

/** Pairwise scores of two documents (`compareDocuments`). */
export interface Comparison {
  near_duplicate: {
    /** `null` when a side is too short to compare. */
    jaccard: number | null;
    containment: number | null;
    shared_shingles: number | null;
  };
  style: { score: number | null; verdict: StyleVerdict };
  shared_identifiers: { kind: IdentKind; value: string }[];
  /** Hamming distance of the photo hashes, when both have one. */
  photo_distance: number | null;
  names: NameComparison;
  name_variant: boolean;
}
