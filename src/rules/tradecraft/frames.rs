//! Small semantic frames over a field's words, for the tradecraft rules.
//!
//! The idea follows token-pattern matchers such as spaCy's rule-based
//! `Matcher` (patterns over lemmas with optional tokens), written here from
//! scratch and much smaller: one lexicon maps words and short phrases (by
//! lemma, so "rents", "renting" and "rented" all read as `rent`) and Japanese
//! or Korean pieces (particles and endings included, as the text has them) to
//! *tags* — a request verb, an object that belongs to someone, an owner, an
//! arrangement. A [`Frame`] names the slots a sentence (or a short window of
//! sentences) must fill: "a transfer verb + an account + whose it is", "an
//! interview + on someone's behalf". Evidence is the words that filled each
//! slot.
//!
//! The lexicon is matched in one pass over a field: English entries through a
//! hash map keyed by the first word's lemma, Japanese and Korean entries
//! through a map keyed by their first character. Building both maps takes
//! microseconds (no regular expression is compiled).

use crate::analysis::Analysis;
use crate::report::Evidence;
use crate::text::{Author, Field, Source};
use std::ops::Range;
use std::sync::LazyLock;

/// Tag bits. An entry may carry several.
pub mod tag {
    /// Handing a thing over for money or use: rent, lend, borrow, buy, sell, lease.
    pub const TRANSFER: u64 = 1 << 0;
    /// Using or getting hold of something: use, access, need, want, provide, share.
    pub const USE: u64 = 1 << 1;
    /// A platform or login account, a profile.
    pub const ACCOUNT: u64 = 1 << 2;
    /// An identity: ID documents, name and face, selfie, personal details.
    pub const IDENTITY: u64 = 1 << 3;
    /// Interviews, calls, stand-ups.
    pub const INTERVIEW: u64 = 1 << 4;
    /// A computer, laptop, PC.
    pub const DEVICE: u64 = 1 << 5;
    /// Belongs to the reader: your, you, anyone.
    pub const READER: u64 = 1 << 6;
    /// Belongs to a third person: my friend's, someone's, his.
    pub const THIRD: u64 = 1 << 7;
    /// Belongs to the writer: my, our.
    pub const OWN: u64 = 1 << 8;
    /// In someone's place: on my behalf, instead of me, interview supporter.
    pub const PROXY: u64 = 1 << 9;
    /// Money as an arrangement: per month, salary, share, %, $.
    pub const PAY: u64 = 1 << 10;
    /// Remote-control tools and remote access.
    pub const REMOTE: u64 = 1 << 11;
    /// Keeping a machine: set up, turn on, keep online, 24/7, at your home.
    pub const HOST: u64 = 1 << 12;
    /// Receiving a delivery.
    pub const RECEIVE: u64 = 1 << 13;
    /// "I do the work": the writer does the technical work.
    pub const WORK: u64 = 1 << 14;
    /// Reported speech or a warning: asked me, contacted me, scam, beware.
    pub const REPORT: u64 = 1 << 15;
    /// A refusal: I said no, declined, refused.
    pub const REFUSE: u64 = 1 << 16;
    /// A freelance platform named.
    pub const PLATFORM: u64 = 1 << 17;
    /// Suspended, banned, closed (of an account).
    pub const SUSPEND: u64 = 1 << 18;
    /// Hiring or contracting: hire, send the offer, contract.
    pub const HIRE: u64 = 1 << 19;
    /// Money moving through an account: withdraw, receive payments, reimburse.
    pub const MONEY_FLOW: u64 = 1 << 20;
    /// Passing money on: send the rest, keep your share, give me the rest.
    pub const FORWARD: u64 = 1 << 21;
    /// A team that does the work: my team, our developers.
    pub const TEAM: u64 = 1 << 22;
    /// Seeking a partner or collaborator.
    pub const SEEK: u64 = 1 << 23;
    /// A payment instrument: PayPal, Payoneer, bank account, card.
    pub const INSTRUMENT: u64 = 1 << 24;
    /// Inability: can't, cannot, unable.
    pub const CANNOT: u64 = 1 << 25;
    /// Video, camera, video chat.
    pub const VIDEO: u64 = 1 << 26;
    /// An excuse: because of, wifi, internet, broken.
    pub const EXCUSE: u64 = 1 << 27;
    /// A messenger app.
    pub const MESSENGER: u64 = 1 << 28;
    /// Continuing a conversation: やり取り, 連絡, 대화.
    pub const TALK: u64 = 1 << 29;
    /// A polite request ending: お願い, ください, 주세요.
    pub const PLEASE: u64 = 1 << 30;
    /// Fees or commission of the platform.
    pub const FEE: u64 = 1 << 31;
    /// Avoiding: don't need to pay, avoid, skip, outside of.
    pub const AVOID: u64 = 1 << 32;
    /// Keeping something secret: don't say, don't mention.
    pub const SECRET: u64 = 1 << 33;
    /// Before the work starts: before developing, in advance, upfront.
    pub const ADVANCE: u64 = 1 << 34;
    /// A threat of harm: bombarded, destroyed, leaked, will regret.
    pub const HARM: u64 = 1 << 35;
    /// A demand to pay: pay the damage, pay or.
    pub const DEMAND: u64 = 1 << 36;
    /// Negation of the writer's own doing: I don't, I never.
    pub const NEG: u64 = 1 << 37;
    /// Another or a new account, "there".
    pub const OTHER: u64 = 1 << 38;
    /// The writer as a person: I, we, me, us.
    pub const FIRST: u64 = 1 << 39;
    /// Asking for something: need, want, looking for.
    pub const NEEDV: u64 = 1 << 40;
    /// Handing over or setting up: share, provide, create, open.
    pub const SHAREV: u64 = 1 << 41;
    /// A percentage.
    pub const PCT: u64 = 1 << 42;
    /// A condition joining a demand and a threat: or, otherwise, unless.
    pub const COND: u64 = 1 << 43;
    /// Client-facing duties: communication with clients, calls, meetings,
    /// sending proposals, being the face.
    pub const FRONT: u64 = 1 << 44;
    /// The development work as a noun: development, coding, the technical
    /// stuff, tasks, behind the scenes.
    pub const DEV: u64 = 1 << 45;
    /// A business pitch: an opportunity, a project, an offer, working together.
    pub const BIZ: u64 = 1 << 46;
    /// A community space: a server, a channel, a group, a community.
    pub const COMMUNITY: u64 = 1 << 47;
    /// Moving a conversation elsewhere: move, switch, instead of the app's chat.
    pub const MOVE: u64 = 1 << 48;
    /// Something the reader does not use: an idle or unused account or card.
    pub const IDLE: u64 = 1 << 49;
    /// The writer's own peers: my friends, our team, colleagues, 友人, 팀원.
    pub const PEER: u64 = 1 << 50;
    /// People in general, brought in by the writer: developers, engineers.
    pub const PEOPLE: u64 = 1 << 51;
    /// Joining or helping with the work: join, help, take over, 参加, 합류.
    pub const JOIN: u64 = 1 << 52;
    /// Bringing people in: bring, introduce, refer, recommend, 紹介, 소개.
    pub const BRING: u64 = 1 << 53;
    /// Exposing or destroying something: publish, leak, sell, delete, 公開, 유출.
    pub const EXPOSE: u64 = 1 << 54;
    /// The client's code or data: source code, database, credentials, 顧客情報.
    pub const DATA: u64 = 1 << 55;
    /// A condition on payment: unless you pay, if you don't pay, 支払わなければ.
    pub const UNLESS: u64 = 1 << 56;
}

use tag::*;

/// The lexicon: `(entry, tags)`. English entries are lower-case lemmas
/// (several words separated by spaces; a leading `~` accepts one typo in a
/// long word); entries with non-ASCII letters are Japanese or Korean pieces
/// matched inside the text.
static LEXICON: &[(&str, u64)] = &[
    // transfer verbs
    ("rent", TRANSFER),
    ("rental", TRANSFER),
    ("lend", TRANSFER),
    ("borrow", TRANSFER),
    ("buy", TRANSFER),
    ("purchase", TRANSFER),
    ("sell", TRANSFER | EXPOSE),
    ("lease", TRANSFER),
    ("leased", TRANSFER),
    ("hire out", TRANSFER),
    ("貸して", TRANSFER),
    ("貸し出", TRANSFER),
    ("お借り", TRANSFER),
    ("借りた", TRANSFER),
    ("借りて", TRANSFER),
    ("レンタル", TRANSFER),
    ("買い取", TRANSFER),
    ("購入", TRANSFER),
    ("譲って", TRANSFER),
    ("売って", TRANSFER),
    ("빌려", TRANSFER),
    ("빌리", TRANSFER),
    ("대여", TRANSFER),
    ("렌트", TRANSFER),
    ("임대", TRANSFER),
    ("구매", TRANSFER),
    ("구입", TRANSFER),
    ("팔아", TRANSFER),
    ("양도", TRANSFER),
    // using
    ("use", USE),
    ("using", USE),
    ("utilize", USE),
    ("access", USE),
    ("allow me to use", USE),
    ("let me use", USE),
    ("work through", USE),
    ("work on", USE),
    ("work under", USE),
    ("使わせ", USE),
    ("使用させ", USE),
    ("利用させ", USE),
    ("사용하게", USE),
    ("쓰게", USE),
    ("이용하게", USE),
    ("need", NEEDV),
    ("want", NEEDV),
    ("wanna", NEEDV),
    ("looking for", NEEDV),
    ("give me", NEEDV),
    ("provide", SHAREV),
    ("share", SHAREV),
    ("sharing", SHAREV),
    ("create", SHAREV),
    ("open", SHAREV),
    ("verify", SHAREV),
    // accounts
    ("account", ACCOUNT),
    ("profile", ACCOUNT),
    ("login", ACCOUNT),
    ("login credential", ACCOUNT),
    ("アカウント", ACCOUNT),
    ("プロフィール", ACCOUNT),
    ("名義", ACCOUNT | IDENTITY),
    ("계정", ACCOUNT),
    ("아이디", ACCOUNT),
    ("명의", ACCOUNT | IDENTITY),
    // platforms
    ("upwork", PLATFORM),
    ("fiverr", PLATFORM),
    ("freelancer", PLATFORM),
    ("freelancing", PLATFORM),
    ("freelance", PLATFORM),
    ("toptal", PLATFORM),
    ("golance", PLATFORM),
    ("guru", PLATFORM),
    ("linkedin", PLATFORM),
    ("peopleperhour", PLATFORM),
    ("クラウドワークス", PLATFORM),
    ("ランサーズ", PLATFORM),
    ("ココナラ", PLATFORM),
    ("크몽", PLATFORM),
    ("숨고", PLATFORM),
    ("위시켓", PLATFORM),
    // identity
    ("identity", IDENTITY),
    ("id card", IDENTITY),
    ("id document", IDENTITY),
    ("passport", IDENTITY),
    ("ssn", IDENTITY),
    ("social security", IDENTITY),
    ("driver's license", IDENTITY),
    ("selfie", IDENTITY),
    ("name and face", IDENTITY),
    ("name and a selfie", IDENTITY),
    ("personal info", IDENTITY),
    ("personal information", IDENTITY),
    ("personal detail", IDENTITY),
    ("your info", IDENTITY | READER),
    ("your information", IDENTITY | READER),
    ("your name", IDENTITY | READER),
    ("your identity", IDENTITY | READER),
    ("your id", IDENTITY | READER),
    ("kyc", IDENTITY),
    ("身分証", IDENTITY),
    ("本人確認", IDENTITY),
    ("個人情報", IDENTITY),
    ("顔写真", IDENTITY),
    ("신분증", IDENTITY),
    ("개인정보", IDENTITY),
    ("신원", IDENTITY),
    ("본인인증", IDENTITY),
    // interviews
    ("~interview", INTERVIEW),
    ("technical interview", INTERVIEW),
    ("standup", INTERVIEW),
    ("stand-up", INTERVIEW),
    ("interview process", INTERVIEW),
    ("面接", INTERVIEW),
    ("面談", INTERVIEW),
    ("면접", INTERVIEW),
    ("인터뷰", INTERVIEW),
    // devices
    ("computer", DEVICE),
    ("laptop", DEVICE),
    ("pc", DEVICE),
    ("macbook", DEVICE),
    ("machine", DEVICE),
    ("workstation", DEVICE),
    ("パソコン", DEVICE),
    ("ノートPC", DEVICE),
    ("ノートパソコン", DEVICE),
    ("端末", DEVICE),
    ("노트북", DEVICE),
    ("컴퓨터", DEVICE),
    // owners
    ("your", READER),
    ("you", READER),
    ("you'll", READER),
    ("you'd", READER),
    ("you're", READER),
    ("yours", READER),
    ("anyone", READER),
    ("somebody", READER),
    ("あなた", READER),
    ("貴方", READER),
    ("ご自宅", READER),
    ("お宅", READER),
    ("당신", READER),
    ("회원님", READER),
    ("귀하", READER),
    ("my friend's", THIRD),
    ("a friend's", THIRD),
    ("friend's", THIRD),
    ("friends'", THIRD),
    ("my friend", THIRD | PEER),
    ("someone's", THIRD),
    ("somebody's", THIRD),
    ("his", THIRD),
    ("her", THIRD),
    ("my cousin's", THIRD),
    ("my brother's", THIRD),
    ("my sister's", THIRD),
    ("my relative's", THIRD),
    ("my colleague's", THIRD),
    ("my partner's", THIRD),
    ("account owner", THIRD),
    ("友人の", THIRD),
    ("友達の", THIRD),
    ("知人の", THIRD),
    ("家族の", THIRD),
    ("親戚の", THIRD),
    ("친구", THIRD | PEER),
    ("지인", THIRD | PEER),
    ("가족", THIRD),
    ("i", FIRST),
    ("i'll", FIRST),
    ("i will", FIRST),
    ("i'd", FIRST),
    ("i'm", FIRST),
    ("i am", FIRST),
    ("me and my team", FIRST | TEAM),
    ("私が", FIRST),
    ("私は", FIRST),
    ("僕が", FIRST),
    ("こちらで", FIRST),
    ("제가", FIRST),
    ("저는", FIRST),
    ("내가", FIRST),
    ("we", FIRST),
    ("me", FIRST),
    ("us", FIRST),
    ("my", OWN),
    ("our", OWN),
    // in someone's place
    ("on my behalf", PROXY),
    ("on our behalf", PROXY),
    ("on behalf of me", PROXY),
    ("on behalf of us", PROXY),
    ("on behalf of our candidate", PROXY),
    ("on behalf of my", PROXY),
    ("instead of me", PROXY),
    ("instead of us", PROXY),
    ("in my place", PROXY),
    ("as representative", PROXY),
    ("using my name", PROXY),
    ("under my name", PROXY),
    ("with my name", PROXY),
    ("my name and resume", PROXY),
    ("my name and cv", PROXY),
    ("be the face", PROXY),
    ("~interview supporter", PROXY | INTERVIEW),
    ("~interview support", PROXY | INTERVIEW),
    ("interview proxy", PROXY | INTERVIEW),
    ("proxy interview", PROXY | INTERVIEW),
    ("代わりに", PROXY),
    ("代理", PROXY),
    ("替え玉", PROXY),
    ("대신", PROXY),
    ("대리", PROXY),
    // money as an arrangement
    ("pay", PAY),
    ("paid", PAY),
    ("payment", PAY),
    ("salary", PAY),
    ("fee", PAY | FEE),
    ("per month", PAY),
    ("monthly", PAY),
    ("a month", PAY),
    ("per hour", PAY),
    ("/hr", PAY),
    ("/month", PAY),
    ("income", PAY),
    ("profit", PAY),
    ("earning", PAY),
    ("commission", PAY | FEE),
    ("compensate", PAY),
    ("compensation", PAY),
    ("reward", PAY),
    ("money", PAY),
    ("split", PAY),
    ("%", PAY | PCT),
    ("$", PAY),
    ("usd", PAY),
    ("dollar", PAY),
    ("報酬", PAY),
    ("謝礼", PAY),
    ("毎月", PAY),
    ("月額", PAY),
    ("収益", PAY),
    ("円", PAY),
    ("お支払い", PAY),
    ("수익", PAY),
    ("매달", PAY),
    ("매월", PAY),
    ("사례", PAY),
    ("만원", PAY),
    ("수수료", FEE),
    ("手数料", FEE),
    // remote control
    ("teamviewer", REMOTE),
    ("team viewer", REMOTE),
    ("team view", REMOTE),
    ("anydesk", REMOTE),
    ("any desk", REMOTE),
    ("rustdesk", REMOTE),
    ("remote tool", REMOTE),
    ("remote control", REMOTE),
    ("remote access", REMOTE),
    ("remotely access", REMOTE),
    ("access it remotely", REMOTE),
    ("remote desktop", REMOTE),
    ("work remotely on the pc", REMOTE),
    ("リモートデスクトップ", REMOTE),
    ("遠隔操作", REMOTE),
    ("원격", REMOTE),
    // keeping a machine
    ("set up", HOST),
    ("setting it up", HOST),
    ("turn on", HOST),
    ("turning it on", HOST),
    ("keep on", HOST),
    ("keep it on", HOST),
    ("online", HOST),
    ("connected to the internet", HOST),
    ("connect it to the internet", HOST),
    ("connecting it to the internet", HOST),
    ("24/7", HOST),
    ("maintain", HOST),
    ("at your home", HOST | READER),
    ("in your home", HOST | READER),
    ("at your house", HOST | READER),
    ("at your place", HOST | READER),
    ("in your side", HOST | READER),
    ("on your side", HOST | READER),
    ("located in", HOST),
    ("plug in", HOST),
    ("預か", HOST),
    ("設置", HOST),
    ("起動", HOST),
    ("켜", HOST),
    ("맡아", HOST),
    ("설치", HOST),
    // receiving
    ("receive", RECEIVE),
    ("receiving", RECEIVE),
    ("sign for", RECEIVE),
    ("受け取", RECEIVE),
    ("받아", RECEIVE),
    ("수령", RECEIVE),
    // the writer does the work
    ("i do the work", WORK),
    ("cover the technical work", WORK | TEAM),
    ("technical work", WORK),
    ("tech task", WORK),
    ("technical task", WORK),
    ("actual work", WORK),
    ("i do the work", WORK),
    ("i'll do the work", WORK),
    ("i will do the work", WORK),
    ("i'll do all the work", WORK),
    ("coding work", WORK),
    ("the actual coding", WORK),
    ("作業は私", WORK),
    ("작업은 제가", WORK),
    // the writer's part as a noun ("I handle the development")
    ("development", DEV),
    ("development work", DEV),
    ("development task", DEV),
    ("developing", DEV),
    ("coding", DEV),
    ("programming", DEV),
    ("technical stuff", DEV),
    ("technical part", DEV),
    ("technical side", DEV),
    ("technical thing", DEV),
    ("tech stuff", DEV),
    ("task", DEV),
    ("the work", DEV),
    ("all the work", DEV),
    ("project work", DEV),
    ("behind the scene", DEV),
    ("開発", DEV),
    ("作業", DEV),
    ("개발", DEV),
    ("작업", DEV),
    // the reader's part: facing the clients
    ("communication", FRONT),
    ("communicating", FRONT),
    ("communicate with", FRONT),
    ("client management", FRONT),
    ("client facing", FRONT),
    ("client-facing", FRONT),
    ("meeting", FRONT),
    ("call", FRONT),
    ("send proposal", FRONT),
    ("send the proposal", FRONT),
    ("sending proposal", FRONT),
    ("submit proposal", FRONT),
    ("bid", FRONT),
    ("bidding", FRONT),
    ("talk to the client", FRONT),
    ("talk with the client", FRONT),
    ("deal with the client", FRONT),
    ("handle the client", FRONT),
    ("the face", FRONT),
    ("顔出し", FRONT),
    ("クライアントとのやり取り", FRONT),
    ("고객 응대", FRONT),
    ("고객과의 소통", FRONT),
    // a business pitch
    ("opportunity", BIZ),
    ("project", BIZ),
    ("offer", BIZ),
    ("job", BIZ),
    ("work together", BIZ),
    ("working together", BIZ),
    ("collaboration", BIZ),
    ("collaborate", BIZ),
    ("cooperate", BIZ),
    ("cooperation", BIZ),
    ("partnership", BIZ),
    ("partner", BIZ | PEOPLE),
    ("my partner", PEER),
    ("proposal", BIZ),
    ("deal", BIZ),
    ("business", BIZ),
    ("仕事", BIZ),
    ("案件", BIZ),
    ("副業", BIZ),
    ("稼げ", BIZ),
    ("프로젝트", BIZ),
    ("일자리", BIZ),
    ("부업", BIZ),
    ("의뢰", BIZ),
    // community spaces
    ("server", COMMUNITY),
    ("channel", COMMUNITY),
    ("group", COMMUNITY),
    ("community", COMMUNITY),
    ("guild", COMMUNITY),
    ("discord.gg", COMMUNITY),
    ("t.me/joinchat", COMMUNITY),
    ("グループ", COMMUNITY),
    ("コミュニティ", COMMUNITY),
    ("그룹", COMMUNITY),
    ("커뮤니티", COMMUNITY),
    ("단톡방", COMMUNITY),
    // moving the conversation
    ("move", MOVE),
    ("switch", MOVE),
    ("instead of", MOVE),
    ("rather than", MOVE),
    ("from now on", MOVE),
    ("directly", MOVE),
    ("直接", MOVE),
    ("직접", MOVE),
    ("今後", MOVE),
    ("앞으로", MOVE),
    ("移動", MOVE),
    ("移って", MOVE),
    ("移行", MOVE),
    ("말고", MOVE),
    ("옮겨", MOVE),
    ("넘어가", MOVE),
    // idle things of the reader
    ("don't use", IDLE),
    ("do not use", IDLE),
    ("don't frequently use", IDLE),
    ("don't often use", IDLE),
    ("don't use much", IDLE),
    ("not using", IDLE),
    ("not use", IDLE),
    ("unused", IDLE),
    ("idle", IDLE),
    ("inactive", IDLE),
    ("使っていない", IDLE),
    ("使ってない", IDLE),
    ("사용하지 않는", IDLE),
    ("안 쓰는", IDLE),
    // reported speech and warnings
    ("asked me", REPORT),
    ("asking me", REPORT),
    ("asks me", REPORT),
    ("asked us", REPORT),
    ("asked if i", REPORT),
    ("someone asked", REPORT),
    ("offered me", REPORT),
    ("wanted me", REPORT),
    ("contacted me", REPORT),
    ("messaged me", REPORT),
    ("approached me", REPORT),
    ("sent me", REPORT),
    ("received a message", REPORT),
    ("got a message", REPORT),
    ("receiving message", REPORT),
    ("scam", REPORT),
    ("scammer", REPORT),
    ("beware", REPORT),
    ("fraud", REPORT),
    ("と言われ", REPORT),
    ("頼まれ", REPORT),
    ("持ちかけ", REPORT),
    ("詐欺", REPORT),
    ("요청받", REPORT),
    ("제안받", REPORT),
    ("사기", REPORT),
    ("said no", REFUSE),
    ("declined", REFUSE),
    ("decline", REFUSE),
    ("refused", REFUSE),
    ("rejected", REFUSE),
    ("not interested", REFUSE),
    ("no thanks", REFUSE),
    ("reported", REFUSE),
    ("断り", REFUSE),
    ("断っ", REFUSE),
    ("거절", REFUSE),
    // suspensions
    ("suspend", SUSPEND),
    ("suspended", SUSPEND),
    ("banned", SUSPEND),
    ("blocked", SUSPEND),
    ("closed", SUSPEND),
    ("restricted", SUSPEND),
    ("停止", SUSPEND),
    ("凍結", SUSPEND),
    ("정지", SUSPEND),
    ("차단", SUSPEND),
    // hiring and contracting
    ("hire", HIRE),
    ("hiring", HIRE),
    ("send the offer", HIRE),
    ("send an offer", HIRE),
    ("contract", HIRE),
    ("invite", HIRE),
    ("pay there", HIRE | PAY),
    ("pay him", HIRE | PAY),
    ("pay her", HIRE | PAY),
    ("契約", HIRE),
    ("発注", HIRE),
    ("계약", HIRE),
    ("고용", HIRE),
    // another account, there
    ("another", OTHER),
    ("new", OTHER),
    ("different", OTHER),
    ("other", OTHER),
    // money through an account
    ("withdraw", MONEY_FLOW),
    ("local payment", MONEY_FLOW),
    ("handle payment", MONEY_FLOW),
    ("receive payment", MONEY_FLOW),
    ("receive the payment", MONEY_FLOW),
    ("reimburse", MONEY_FLOW),
    ("cash out", MONEY_FLOW),
    ("受け取り口座", MONEY_FLOW),
    ("send the rest", FORWARD),
    ("give me the rest", FORWARD),
    ("the rest of the money", FORWARD),
    ("keep your share", FORWARD),
    ("your share", FORWARD),
    ("transfer the rest", FORWARD),
    ("reimburse you", FORWARD),
    ("送金", FORWARD),
    ("송금", FORWARD),
    ("paypal", INSTRUMENT),
    ("payoneer", INSTRUMENT),
    ("card", INSTRUMENT),
    ("bank account", INSTRUMENT),
    ("wise", INSTRUMENT),
    ("口座", INSTRUMENT),
    ("계좌", INSTRUMENT),
    // teams and partners
    ("my team", TEAM | PEER),
    ("our team", TEAM | PEER),
    // peers, people, joining and bringing in (referrals)
    ("our friend", PEER),
    ("my teammate", PEER),
    ("our teammate", PEER),
    ("my team member", PEER),
    ("our team member", PEER),
    ("my colleague", PEER),
    ("our colleague", PEER),
    ("my brother", PEER),
    ("my cousin", PEER),
    ("other developer", PEER),
    ("developer friend", PEER),
    ("my developer friend", PEER),
    ("teammate", PEOPLE),
    ("team member", PEOPLE),
    ("friend", PEOPLE),
    ("colleague", PEOPLE),
    ("developer", PEOPLE),
    ("dev", PEOPLE),
    ("engineer", PEOPLE),
    ("people", PEOPLE),
    ("友人", PEER),
    ("友達", PEER),
    ("知人", PEER),
    ("仲間", PEER),
    ("チームメンバー", PEER),
    ("チーム", PEER),
    ("同僚", PEER),
    ("他のエンジニア", PEER),
    ("他の開発者", PEER),
    ("팀원", PEER),
    ("동료", PEER),
    ("다른 개발자", PEER),
    ("join", JOIN),
    ("help", JOIN),
    ("work", JOIN),
    ("take on", JOIN),
    ("take over", JOIN),
    ("handle", JOIN),
    ("start", JOIN),
    ("support", JOIN),
    ("contribute", JOIN),
    ("参加", JOIN),
    ("手伝", JOIN),
    ("ジョイン", JOIN),
    ("加わ", JOIN),
    ("참여", JOIN),
    ("합류", JOIN),
    ("도와", JOIN),
    ("투입", JOIN),
    ("紹介", JOIN | BRING),
    ("소개", JOIN | BRING),
    ("bring", BRING),
    ("introduce", BRING),
    ("refer", BRING),
    ("recommend", BRING),
    ("onboard", BRING),
    ("add", BRING),
    ("team of", TEAM),
    ("development team", TEAM),
    ("leader of", TEAM),
    ("business partner", SEEK),
    ("looking for someone", SEEK),
    ("looking for a partner", SEEK),
    ("seeking a partner", SEEK),
    ("seeking a collaborator", SEEK),
    ("seeking someone", SEEK),
    ("collaborate with us", SEEK),
    ("collaborate with me", SEEK),
    ("collaborator", SEEK),
    ("long-term partnership", SEEK),
    // cameras
    ("can't", CANNOT),
    ("cannot", CANNOT),
    ("can not", CANNOT),
    ("unable to", CANNOT),
    ("not able to", CANNOT),
    ("video chat", VIDEO),
    ("video call", VIDEO),
    ("camera", VIDEO),
    ("webcam", VIDEO),
    ("cam", VIDEO),
    ("because of", EXCUSE),
    ("wifi", EXCUSE),
    ("internet", EXCUSE),
    ("connection", EXCUSE),
    ("bandwidth", EXCUSE),
    ("broken", EXCUSE),
    // messengers, talking, request endings
    ("LINE", MESSENGER),
    ("ライン", MESSENGER),
    ("テレグラム", MESSENGER),
    ("Telegram", MESSENGER),
    ("WhatsApp", MESSENGER),
    ("Discord", MESSENGER),
    ("Skype", MESSENGER),
    ("WeChat", MESSENGER),
    ("カカオトーク", MESSENGER),
    ("카톡", MESSENGER),
    ("카카오톡", MESSENGER),
    ("텔레그램", MESSENGER),
    ("라인", MESSENGER),
    ("external platform", MESSENGER),
    ("外部", MESSENGER),
    ("やり取り", TALK),
    ("やりとり", TALK),
    ("連絡", TALK),
    ("ご連絡", TALK),
    ("お話", TALK),
    ("have a call", TALK),
    ("a call in", TALK),
    ("connect", TALK),
    ("talk", TALK),
    ("chat", TALK),
    ("continue", TALK),
    ("reach me", TALK),
    ("add me", TALK),
    ("can we", PLEASE),
    ("could we", PLEASE),
    ("is it okay", PLEASE),
    ("is it ok", PLEASE),
    ("let's", PLEASE),
    ("please", PLEASE),
    ("can you", PLEASE | READER),
    ("could you", PLEASE | READER),
    ("feel free", PLEASE),
    ("通話", TALK),
    ("チャット", TALK),
    ("대화", TALK),
    ("연락", TALK),
    ("소통", TALK),
    ("お願い", PLEASE),
    ("ください", PLEASE),
    ("下さい", PLEASE),
    ("できますか", PLEASE),
    ("いただけ", PLEASE),
    ("しましょう", PLEASE),
    ("しませんか", PLEASE),
    ("주세요", PLEASE),
    ("할까요", PLEASE),
    ("하실래요", PLEASE),
    ("부탁", PLEASE),
    ("가능할까요", PLEASE),
    // fees, avoidance, secrecy
    ("charge", FEE),
    ("don't need to pay", AVOID),
    ("do not need to pay", AVOID),
    ("avoid", AVOID),
    ("save the fee", AVOID),
    ("off the platform", AVOID),
    ("don't say anything", SECRET),
    ("don't mention", SECRET),
    ("do not mention", SECRET),
    ("don't tell", SECRET),
    ("keep it secret", SECRET),
    ("between us", SECRET),
    // advance payment
    ("before developing", ADVANCE),
    ("before starting", ADVANCE),
    ("before i start", ADVANCE),
    ("before we start", ADVANCE),
    ("before development", ADVANCE),
    ("before the work", ADVANCE),
    // phrases that are none of the above (they hide the words inside them)
    ("pay attention", 0),
    ("paid attention", 0),
    ("in advance of", 0),
    ("take into account", 0),
    ("let's say", 0),
    ("let's see", 0),
    ("accounting", 0),
    ("accountant", 0),
    ("accountable", 0),
    ("profiling", 0),
    ("account manager", 0),
    ("account management", 0),
    ("account executive", 0),
    ("account assistant", 0),
    ("account director", 0),
    ("account reconciliation", 0),
    ("account payable", 0),
    ("account receivable", 0),
    ("key account", 0),
    ("client account", 0),
    ("customer account", 0),
    ("new account", 0),
    ("major account", 0),
    ("national account", 0),
    ("on behalf of our client", 0),
    ("my team spirit", 0),
    ("team spirit", 0),
    ("team player", 0),
    ("team building", 0),
    ("team-building", 0),
    ("my team lead", 0),
    ("my team leader", 0),
    ("team work", 0),
    // threats
    ("bombard", HARM),
    ("bombarded", HARM),
    ("destroy", HARM | EXPOSE),
    ("leak", HARM | EXPOSE),
    // exposing the client's code or data unless paid
    ("publish", EXPOSE),
    ("release", EXPOSE),
    ("post", EXPOSE),
    ("expose", EXPOSE),
    ("dump", EXPOSE),
    ("delete", EXPOSE),
    ("wipe", EXPOSE),
    ("upload", EXPOSE),
    ("hand over", EXPOSE),
    ("公開", EXPOSE),
    ("流出", EXPOSE),
    ("売", EXPOSE),
    ("販売", EXPOSE),
    ("削除", EXPOSE),
    ("拡散", EXPOSE),
    ("ばらま", EXPOSE),
    ("晒", EXPOSE),
    ("공개", EXPOSE),
    ("유출", EXPOSE),
    ("팔", EXPOSE),
    ("판매", EXPOSE),
    ("삭제", EXPOSE),
    ("퍼뜨", EXPOSE),
    ("뿌리", EXPOSE),
    ("your code", DATA),
    ("your source code", DATA),
    ("the source code", DATA),
    ("source code", DATA),
    ("codebase", DATA),
    ("your data", DATA),
    ("customer data", DATA),
    ("user data", DATA),
    ("client data", DATA),
    ("company data", DATA),
    ("private data", DATA),
    ("database", DATA),
    ("your repo", DATA),
    ("your repository", DATA),
    ("the repository", DATA),
    ("your files", DATA),
    ("credential", DATA),
    ("your key", DATA),
    ("secret", DATA),
    ("ソースコード", DATA),
    ("コード", DATA),
    ("データ", DATA),
    ("リポジトリ", DATA),
    ("顧客情報", DATA),
    ("ソース", DATA),
    ("소스 코드", DATA),
    ("소스코드", DATA),
    ("코드", DATA),
    ("데이터", DATA),
    ("저장소", DATA),
    ("고객 정보", DATA),
    ("개인 정보", DATA),
    ("소스", DATA),
    ("unless you pay", UNLESS),
    ("unless paid", UNLESS),
    ("unless i get paid", UNLESS),
    ("until you pay", UNLESS),
    ("if you don't pay", UNLESS),
    ("if you do not pay", UNLESS),
    ("if you won't pay", UNLESS),
    ("if you refuse to pay", UNLESS),
    ("if you fail to pay", UNLESS),
    ("if you don't send", UNLESS),
    ("if i'm not paid", UNLESS),
    ("if i am not paid", UNLESS),
    ("if i don't get paid", UNLESS),
    ("ransom", UNLESS),
    ("支払わなければ", UNLESS),
    ("払わなければ", UNLESS),
    ("振り込まなければ", UNLESS),
    ("入金しなければ", UNLESS),
    ("送金しなければ", UNLESS),
    ("支払わないなら", UNLESS),
    ("支払わない場合", UNLESS),
    ("支払いがなければ", UNLESS),
    ("入金がなければ", UNLESS),
    ("지불하지 않으면", UNLESS),
    ("입금하지 않으면", UNLESS),
    ("송금하지 않으면", UNLESS),
    ("결제하지 않으면", UNLESS),
    ("돈을 안 주면", UNLESS),
    ("안 보내면", UNLESS),
    ("regret", HARM),
    ("you'd better", HARM),
    ("you had better", HARM),
    ("pay the damage", DEMAND),
    ("or", COND),
    ("or else", COND),
    ("otherwise", COND),
    ("unless", COND),
    ("pay up", DEMAND),
    ("pay us", DEMAND),
    ("pay me", DEMAND),
    // negation of one's own doing
    ("i don't", NEG),
    ("i do not", NEG),
    ("i never", NEG),
    ("i won't", NEG),
    ("i will not", NEG),
];

/// One lexicon entry as stored for matching.
struct Entry {
    /// Further words after the first (lower case).
    rest: Vec<String>,
    tags: u64,
}

struct Lexicon {
    /// First word's lemma (lower case) → entries.
    words: crate::fnv::Map<String, Vec<Entry>>,
    /// Fuzzy first words (a typo allowed).
    fuzzy: Vec<(String, u64)>,
    /// First character → CJK pieces, longest first.
    pieces: crate::fnv::Map<char, Vec<(&'static str, u64)>>,
    /// Entries with symbols, matched as text (`%`, `$`, `/hr`, `24/7`).
    symbols: Vec<(&'static str, u64)>,
    /// First bytes of `symbols` (ASCII): a position starting with another
    /// byte needs no comparison.
    symbol_starts: [bool; 128],
    /// Every word key and every further word of an entry.
    known: crate::fnv::Set<String>,
}

static LEX: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut words: crate::fnv::Map<String, Vec<Entry>> = crate::fnv::Map::default();
    let mut fuzzy = Vec::new();
    let mut pieces: crate::fnv::Map<char, Vec<(&'static str, u64)>> = crate::fnv::Map::default();
    let mut symbols = Vec::new();
    for &(e, tags) in LEXICON {
        if !e.is_ascii() {
            if let Some(c) = e.chars().next() {
                pieces.entry(c).or_default().push((e, tags));
            }
            continue;
        }
        let (e, is_fuzzy) = match e.strip_prefix('~') {
            Some(rest) => (rest, true),
            None => (e, false),
        };
        if !e
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, ' ' | '\'' | '-'))
        {
            symbols.push((e, tags));
            continue;
        }
        let e = e.to_ascii_lowercase();
        let mut it = e.split(' ').map(str::to_owned);
        let Some(first) = it.next() else { continue };
        let rest: Vec<String> = it.collect();
        if is_fuzzy && !fuzzy.iter().any(|(w, _)| *w == first) {
            fuzzy.push((first.clone(), tags));
        }
        words.entry(first).or_default().push(Entry { rest, tags });
    }
    for v in words.values_mut() {
        crate::sort::by_key(v, |e| std::cmp::Reverse(e.rest.len()));
    }
    for v in pieces.values_mut() {
        crate::sort::by_key(v, |(p, _)| std::cmp::Reverse(p.len()));
    }
    let mut symbol_starts = [false; 128];
    for (sym, _) in &symbols {
        if let Some(b) = sym
            .bytes()
            .next()
            .and_then(|b| symbol_starts.get_mut(usize::from(b)))
        {
            *b = true;
        }
    }
    let mut known = crate::fnv::Set::default();
    for (k, es) in &words {
        known.insert(k.clone());
        for e in es {
            for r in &e.rest {
                known.insert(r.clone());
            }
        }
    }
    Lexicon {
        words,
        fuzzy,
        pieces,
        symbols,
        symbol_starts,
        known,
    }
});

/// One lexicon hit in a field: a byte range of its `norm` and its tags.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occ {
    pub range: Range<usize>,
    pub tags: u64,
}

/// The forms a word may stand for: itself, and its lemma candidates
/// ("renting" → "rent", "accounts" → "account", "interviews" → "interview").
fn forms(w: &str) -> Vec<String> {
    forms_where(w, |_| true)
}

/// [`forms`], keeping after the word itself only the forms `keep` accepts
/// (built without allocating the others).
fn forms_where(w: &str, keep: impl Fn(&str) -> bool) -> Vec<String> {
    let w = if w.contains('’') {
        w.replace('’', "'").to_ascii_lowercase()
    } else {
        w.to_ascii_lowercase()
    };
    let mut out = vec![w.clone()];
    let mut push = |s: &str| {
        if s.len() >= 2 && keep(s) && !out.iter().any(|o| o == s) {
            out.push(s.to_owned());
        }
    };
    let mut buf = String::new();
    if let Some(s) = w.strip_suffix("'s") {
        push(s);
    }
    // a hyphen standing for a missing space before or after a function word
    // ("account-with" → "account", "your-account" → "account"), not a
    // compound ("team-oriented" stays itself); the whole word is tried first
    const FUNCTION: &[&str] = &[
        "with", "and", "or", "to", "for", "from", "in", "on", "at", "by", "of", "the", "a", "an",
        "your", "my", "his", "her", "their",
    ];
    if let Some((first, last)) = w.split_once('-') {
        if !last.contains('-') {
            if FUNCTION.contains(&last) && first.len() >= 3 {
                push(first);
            }
            if FUNCTION.contains(&first) && last.len() >= 3 {
                push(last);
            }
        }
    }
    for (suf, add) in [
        ("ies", "y"),
        ("es", ""),
        ("s", ""),
        ("ing", ""),
        ("ing", "e"),
        ("ed", ""),
        ("ed", "e"),
    ] {
        if let Some(stem) = w.strip_suffix(suf) {
            if stem.len() >= 3 && !w.ends_with("ss") {
                buf.clear();
                buf.push_str(stem);
                buf.push_str(add);
                push(&buf);
                // doubled consonant: "getting" → "get"
                let b = stem.as_bytes();
                if add.is_empty() && b.len() >= 4 && b.last() == b.get(b.len() - 2) {
                    push(&stem[..stem.len() - 1]);
                }
            }
        }
    }
    out
}

/// Is `a` within one edit (substitution, insertion, deletion) of `b`?
fn one_edit(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let (mut i, mut j, mut edits) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        if a.get(i) == b.get(j) {
            i += 1;
            j += 1;
            continue;
        }
        edits += 1;
        if edits > 1 {
            return false;
        }
        match a.len().cmp(&b.len()) {
            std::cmp::Ordering::Greater => i += 1,
            std::cmp::Ordering::Less => j += 1,
            std::cmp::Ordering::Equal => {
                i += 1;
                j += 1;
            }
        }
    }
    edits + (a.len() - i) + (b.len() - j) <= 1
}

/// Every lexicon hit in a field, in text order.
pub fn occurrences(f: &Field) -> Vec<Occ> {
    let lex = &*LEX;
    let mut out = Vec::new();
    // English (and any Latin-script) words.
    let toks: Vec<(Range<usize>, Vec<String>)> = f
        .words
        .iter()
        .filter_map(|r| {
            let w = f.norm.get(r.clone())?;
            if !w.is_ascii() {
                return None;
            }
            // Other forms matter only as entry words (the typo check below
            // builds all of them again).
            Some((r.clone(), forms_where(w, |x| lex.known.contains(x))))
        })
        .collect();
    // Word tokens drop case; "LINE" must stay upper-case to mean the app.
    for (i, (r, fs)) in toks.iter().enumerate() {
        // the word as written first; its lemmas only when it is no entry
        // itself ("accounting" is not "account")
        for form in fs {
            let Some(entries) = lex.words.get(form.as_str()) else {
                continue;
            };
            let exact = fs.first() == Some(form);
            for e in entries {
                // the next tokens must be adjacent words of the entry
                let mut end = r.end;
                let mut ok = true;
                for (k, want) in e.rest.iter().enumerate() {
                    match toks.get(i + 1 + k) {
                        Some((r2, f2))
                            if gap_is_space(&f.norm, end, r2.start)
                                && f2.iter().any(|x| x == want) =>
                        {
                            end = r2.end;
                        }
                        _ => {
                            ok = false;
                            break;
                        }
                    }
                }
                if ok {
                    out.push(Occ {
                        range: r.start..end,
                        tags: e.tags,
                    });
                }
            }
            if exact {
                break;
            }
        }
        // one typo in a long word ("interiview")
        let w0 = fs.first().map_or("", String::as_str);
        if w0.len() >= 8 && !lex.words.contains_key(w0) {
            // all the word's forms, also when only the first was built
            let all = f.norm.get(r.clone()).map(forms).unwrap_or_default();
            for (fw, tags) in &lex.fuzzy {
                let tags = *tags;
                if all.iter().any(|x| one_edit(x, fw)) {
                    out.push(Occ {
                        range: r.clone(),
                        tags,
                    });
                    // a fuzzy first word of a phrase ("interiview supporter")
                    if let Some((r2, f2)) = toks.get(i + 1) {
                        if let Some(entries) = lex.words.get(fw.as_str()) {
                            for e in entries {
                                if e.rest.len() == 1
                                    && gap_is_space(&f.norm, r.end, r2.start)
                                    && e.rest.first().is_some_and(|r0| f2.contains(r0))
                                {
                                    out.push(Occ {
                                        range: r.start..r2.end,
                                        tags: e.tags,
                                    });
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    // Japanese and Korean pieces, symbols, case-sensitive app names.
    let norm = f.norm.as_str();
    for (b, c) in norm.char_indices() {
        if let Some(ps) = lex.pieces.get(&c) {
            if let Some(&(p, tags)) = ps.iter().find(|(p, _)| norm[b..].starts_with(p)) {
                out.push(Occ {
                    range: b..b + p.len(),
                    tags,
                });
            }
        }
        if c.is_ascii() && lex.symbol_starts.get(c as usize).copied().unwrap_or(false) {
            for &(s, tags) in &lex.symbols {
                if norm.get(b..).is_some_and(|t| t.starts_with(s)) {
                    out.push(Occ {
                        range: b..b + s.len(),
                        tags,
                    });
                }
            }
        }
    }
    // Messenger names as written (not "lines"), and "LINE" only in capitals.
    out.retain(|o| {
        o.tags != MESSENGER
            || norm.get(o.range.clone()).is_none_or(|t| {
                !t.is_ascii()
                    || (t.eq_ignore_ascii_case("line") && t == "LINE")
                    || (!t.eq_ignore_ascii_case("line")
                        && LEXICON
                            .iter()
                            .any(|(e, tags)| *tags == MESSENGER && e.eq_ignore_ascii_case(t)))
            })
    });
    // A longer entry hides the words inside it ("my friend's" is not "my";
    // "bank account" is not a platform account; stop phrases hide all).
    // One sweep in (start, longest first) order: an occurrence is hidden when
    // an earlier-starting or longer one covers it.
    crate::sort::by_key(&mut out, |o| {
        (o.range.start, std::cmp::Reverse(o.range.end))
    });
    let mut widest: Option<Range<usize>> = None;
    let mut kept = Vec::with_capacity(out.len());
    for o in out {
        let hidden = widest.as_ref().is_some_and(|w| {
            w.end > o.range.end || (w.end == o.range.end && w.start < o.range.start)
        });
        if widest.as_ref().is_none_or(|w| o.range.end > w.end) {
            widest = Some(o.range.clone());
        }
        if !hidden && o.tags != 0 {
            kept.push(o);
        }
    }
    crate::sort::by_key(&mut kept, |o| (o.range.start, o.range.end));
    kept.dedup();
    kept
}

/// The index of the sentence of `f` that holds byte `pos`.
pub fn sentence_at(f: &Field, pos: usize) -> Option<usize> {
    let i = f.sentences.partition_point(|s| s.start <= pos);
    let i = i.checked_sub(1)?;
    f.sentences.get(i).filter(|s| pos < s.end).map(|_| i)
}

/// How far from the anchor a slot may be filled, at most (bytes): a long
/// sentence or a text without sentence breaks is read in short windows.
const REACH: usize = 400;

fn gap_is_space(s: &str, a: usize, b: usize) -> bool {
    b >= a
        && s.get(a..b)
            .is_some_and(|g| g.len() <= 3 && g.chars().all(|c| c == ' ' || c == '-' || c == '/'))
}

/// A slot of a frame: occurrences with any of `any` tags fill it.
#[derive(Debug, Clone, Copy)]
pub struct Slot {
    pub any: u64,
    pub required: bool,
}

/// A required slot.
pub const fn need(any: u64) -> Slot {
    Slot {
        any,
        required: true,
    }
}

/// An optional slot (its words join the evidence when present).
pub const fn opt(any: u64) -> Slot {
    Slot {
        any,
        required: false,
    }
}

/// A frame: slots, all required ones filled within `window` sentences
/// (1 = one sentence). The first slot anchors the match; every other slot
/// takes the occurrence nearest to it.
#[derive(Debug, Clone, Copy)]
pub struct Frame {
    pub slots: &'static [Slot],
    pub window: usize,
}

/// Who wrote the matched text, for the direction of the hint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Writer {
    /// The freelancer the report is about.
    Subject,
    /// The hiring side or someone else in a thread: a message the reader received.
    Other,
}

/// A frame's match in one field.
#[derive(Debug, Clone)]
pub struct FrameHit {
    pub field: usize,
    /// The occurrence that filled each slot (`None` for an empty optional slot).
    pub fills: Vec<Option<Occ>>,
    /// Reported speech, a warning or a refusal in the window.
    pub reported: bool,
    pub writer: Writer,
}

impl FrameHit {
    /// The fill of slot `i`.
    pub fn fill(&self, i: usize) -> Option<&Occ> {
        self.fills.get(i).and_then(|o| o.as_ref())
    }

    /// Are the fills of slots `i` and `j` at most `max` bytes apart?
    pub fn near(&self, i: usize, j: usize, max: usize) -> bool {
        match (self.fill(i), self.fill(j)) {
            (Some(x), Some(y)) => {
                let gap = if x.range.end <= y.range.start {
                    y.range.start - x.range.end
                } else {
                    x.range.start.saturating_sub(y.range.end)
                };
                gap <= max
            }
            _ => false,
        }
    }

    /// Does the fill of slot `i` stand right before the fill of slot `j`
    /// (at most `max` bytes between), as "your" before "Upwork account"?
    pub fn before(&self, i: usize, j: usize, max: usize) -> bool {
        match (self.fill(i), self.fill(j)) {
            (Some(x), Some(y)) => {
                x.range.end <= y.range.start && y.range.start - x.range.end <= max
            }
            _ => false,
        }
    }

    /// Are the fills of slots `i` and `j` in the same sentence?
    pub fn same_sentence(&self, a: &Analysis, i: usize, j: usize) -> bool {
        let (Some(x), Some(y)) = (self.fill(i), self.fill(j)) else {
            return false;
        };
        a.field(self.field).is_some_and(|f| {
            let sx = sentence_at(f, x.range.start);
            sx.is_some() && sx == sentence_at(f, y.range.start)
        })
    }

    /// Tags of the fill of slot `i` (0 when empty).
    pub fn tags(&self, i: usize) -> u64 {
        self.fills
            .get(i)
            .and_then(|o| o.as_ref())
            .map_or(0, |o| o.tags)
    }

    /// Does any fill carry `t`?
    pub fn any(&self, t: u64) -> bool {
        self.fills.iter().flatten().any(|o| o.tags & t != 0)
    }

    /// Evidence: the words that filled the slots, in text order (touching
    /// or adjacent fills joined).
    pub fn evidence(&self, a: &Analysis) -> Vec<Evidence> {
        let Some(f) = a.field(self.field) else {
            return Vec::new();
        };
        let mut rs: Vec<Range<usize>> = self
            .fills
            .iter()
            .flatten()
            .map(|o| o.range.clone())
            .collect();
        crate::sort::by_key(&mut rs, |r| (r.start, r.end));
        let mut merged: Vec<Range<usize>> = Vec::new();
        for r in rs {
            if let Some(last) = merged.last_mut() {
                if r.start <= last.end || gap_is_space(&f.norm, last.end, r.start) {
                    last.end = last.end.max(r.end);
                    continue;
                }
            }
            merged.push(r);
        }
        merged.into_iter().map(|r| f.evidence(r)).collect()
    }
}

/// Evidence for frame hits: the words that filled their slots, in text order;
/// fills that overlap, or that only a couple of short words or particles
/// separate, are joined into one span.
pub fn evidence_of(a: &Analysis, hits: &[FrameHit]) -> Vec<Evidence> {
    let mut rs: Vec<(usize, Range<usize>)> = hits
        .iter()
        .flat_map(|h| h.fills.iter().flatten().map(|o| (h.field, o.range.clone())))
        .collect();
    crate::sort::by_key(&mut rs, |(f, r)| (*f, r.start, r.end));
    let mut merged: Vec<(usize, Range<usize>)> = Vec::new();
    for (fi, r) in rs {
        if let Some((lf, last)) = merged.last_mut() {
            if *lf == fi {
                let close = a
                    .field(fi)
                    .is_some_and(|f| r.start <= last.end || small_gap(&f.norm, last.end, r.start));
                if close {
                    last.end = last.end.max(r.end);
                    continue;
                }
            }
        }
        merged.push((fi, r));
    }
    merged
        .into_iter()
        .filter_map(|(fi, r)| a.field(fi).map(|f| f.evidence(r)))
        .collect()
}

/// A gap of at most 12 bytes with no sentence punctuation: "was", "を", "to my".
fn small_gap(s: &str, a: usize, b: usize) -> bool {
    b >= a
        && s.get(a..b).is_some_and(|g| {
            g.len() <= 12
                && !g.chars().any(|c| {
                    matches!(
                        c,
                        '.' | ','
                            | '!'
                            | '?'
                            | ';'
                            | ':'
                            | '。'
                            | '、'
                            | '！'
                            | '？'
                            | '\n'
                            | '('
                            | ')'
                            | '"'
                    )
                })
        })
}

/// Fields a solicitation can be in: the subject's prose, and the messages
/// and job post of anyone else (a solicitation is a hint whoever reads it).
pub fn solicitation_fields<'a>(
    a: &'a Analysis<'_>,
) -> impl Iterator<Item = (usize, &'a Field, Writer)> + 'a {
    a.fields.iter().enumerate().filter_map(|(i, f)| {
        if f.is_subject_prose() {
            Some((i, f, Writer::Subject))
        } else if f.author != Author::Subject
            && matches!(f.source, Source::MessageText | Source::JobDescription)
        {
            Some((i, f, Writer::Other))
        } else {
            None
        }
    })
}

/// Occurrences of every solicitation field, computed once per rule call.
pub struct Scanned {
    pub fields: Vec<(usize, Writer, Vec<Occ>)>,
}

/// The lexicon's hits in every field a solicitation can be in, with who
/// wrote it: found once per [`Analysis`] and shared by the rules.
pub type FieldHits = Vec<(usize, Writer, Vec<Occ>)>;

/// Scan the fields a solicitation can be in (only the subject's prose when
/// `subject_only`). The lexicon runs over each field once per analysis; the
/// ten tradecraft rules that call this share its result.
pub fn scan(a: &Analysis, subject_only: bool) -> Scanned {
    let all = a.frame_hits.get_or_init(|| {
        solicitation_fields(a)
            .map(|(i, f, w)| (i, w, occurrences(f)))
            .collect()
    });
    Scanned {
        fields: all
            .iter()
            .filter(|(_, w, _)| !subject_only || *w == Writer::Subject)
            .cloned()
            .collect(),
    }
}

impl Scanned {
    /// Every match of `frame` (at most one per anchor occurrence).
    pub fn find(&self, a: &Analysis, frame: &Frame) -> Vec<FrameHit> {
        let mut out = Vec::new();
        for (fi, writer, occs) in &self.fields {
            let Some(f) = a.field(*fi) else { continue };
            let Some(anchor) = frame.slots.first() else {
                continue;
            };
            for o in occs {
                if o.tags & anchor.any == 0 {
                    continue;
                }
                let Some(si) = sentence_at(f, o.range.start) else {
                    continue;
                };
                // windows that contain the anchor's sentence
                let w = frame.window.max(1);
                let mut best: Option<FrameHit> = None;
                for first in si.saturating_sub(w - 1)..=si {
                    let last = (first + w - 1).min(f.sentences.len() - 1);
                    let (Some(fs0), Some(fs1)) = (f.sentences.get(first), f.sentences.get(last))
                    else {
                        continue;
                    };
                    let span = fs0.start.max(o.range.start.saturating_sub(REACH))
                        ..fs1.end.min(o.range.end + REACH);
                    // the occurrences inside the span (sorted by start)
                    let lo = occs.partition_point(|x| x.range.start < span.start);
                    let hi = occs.partition_point(|x| x.range.start < span.end);
                    let in_span = occs.get(lo..hi).unwrap_or_default();
                    let here_s = f.sentences.get(si).cloned().unwrap_or(0..0);
                    let mut fills = vec![Some(o.clone())];
                    let mut ok = true;
                    for slot in frame.slots.iter().skip(1) {
                        let near = in_span
                            .iter()
                            .enumerate()
                            .filter(|(_, x)| {
                                x.tags & slot.any != 0
                                    && span.start <= x.range.start
                                    && x.range.end <= span.end
                            })
                            // the anchor's own sentence first, then the nearest
                            .min_by_key(|(_, x)| {
                                let here =
                                    here_s.start <= x.range.start && x.range.start < here_s.end;
                                (!here, x.range.start.abs_diff(o.range.start))
                            })
                            .map(|(_, x)| x.clone());
                        if near.is_none() && slot.required {
                            ok = false;
                            break;
                        }
                        fills.push(near);
                    }
                    if !ok {
                        continue;
                    }
                    let reported = in_span.iter().any(|x| {
                        x.tags & (REPORT | REFUSE) != 0
                            && span.start <= x.range.start
                            && x.range.end <= span.end
                    });
                    let filled = fills.iter().flatten().count();
                    if best
                        .as_ref()
                        .is_none_or(|b| b.fills.iter().flatten().count() < filled)
                    {
                        best = Some(FrameHit {
                            field: *fi,
                            fills,
                            reported,
                            writer: *writer,
                        });
                    }
                }
                if let Some(h) = best {
                    out.push(h);
                }
            }
        }
        out
    }

    /// Does any field have an occurrence with tag `t`?
    pub fn has(&self, t: u64) -> bool {
        self.fields
            .iter()
            .any(|(_, _, occs)| occs.iter().any(|o| o.tags & t != 0))
    }
}

/// Who the hint's message names as the writer.
pub fn who(w: Writer) -> &'static str {
    match w {
        Writer::Subject => "The freelancer",
        Writer::Other => "A message from the other party",
    }
}

/// The note added to a hint lowered for reported speech or a refusal.
pub const REPORTED_NOTE: &str = " The words read as reported speech, a warning or a refusal (\"someone asked me to…, I said no\"), not as the writer's own request, so the hint is lower.";

/// Emit one hint of `rule` for frame matches `(hit, what it shows, severity)`:
/// the direct matches at their highest severity, or — when every match is
/// reported speech or a refusal — the reported ones at `low`, saying so.
/// `lead` follows the writer ("asks for", "offers"). Returns whether a hint
/// was emitted.
/// [`emit`] for rules whose hits are `high` when paid or otherwise graver
/// (`true`) and `medium` otherwise.
pub fn emit_graded(
    a: &Analysis,
    out: &mut crate::rules::Sink,
    rule: &'static crate::rules::Rule,
    lead: &str,
    found: Vec<(FrameHit, &'static str, bool)>,
) -> bool {
    use crate::report::Severity;
    let found = found
        .into_iter()
        .map(|(h, what, high)| {
            let sev = if high {
                Severity::High
            } else {
                Severity::Medium
            };
            (h, what, sev)
        })
        .collect();
    emit(a, out, rule, lead, found)
}

pub fn emit(
    a: &Analysis,
    out: &mut crate::rules::Sink,
    rule: &'static crate::rules::Rule,
    lead: &str,
    found: Vec<(FrameHit, &'static str, crate::report::Severity)>,
) -> bool {
    use crate::report::Severity;
    if found.is_empty() {
        return false;
    }
    let reported = found.iter().all(|(h, _, _)| h.reported);
    let pick: Vec<&(FrameHit, &str, Severity)> = found
        .iter()
        .filter(|(h, _, _)| reported || !h.reported)
        .collect();
    let mut whats: Vec<&str> = Vec::new();
    for (_, w, _) in &pick {
        if !whats.contains(w) {
            whats.push(w);
        }
    }
    let severity = if reported {
        Severity::Low
    } else {
        pick.iter()
            .map(|(_, _, s)| *s)
            .max()
            .unwrap_or(Severity::Low)
    };
    let hits: Vec<FrameHit> = pick.iter().map(|(h, _, _)| h.clone()).collect();
    let ev = evidence_of(a, &hits);
    let writer = pick.first().map_or(Writer::Subject, |(h, _, _)| h.writer);
    let what = whats.join("; and ");
    let mut msg = if reported {
        format!("{} reports or refuses a solicitation: {what}.", who(writer))
    } else if lead.is_empty() {
        format!("{} {what}.", who(writer))
    } else {
        format!("{} {lead} {what}.", who(writer))
    };
    if reported {
        msg.push_str(REPORTED_NOTE);
    } else if writer == Writer::Other {
        msg.push_str(" A solicitation is a hint whoever receives it.");
    }
    out.emit_at(rule, severity, msg, ev);
    true
}

/// Run a rule's frame check and its phrase patterns into separate sinks and
/// emit one hint: the phrase patterns' hint when it is as severe as the
/// frames' (its evidence unchanged), else the frames' hint with the evidence
/// of both. When the frames read everything as reported speech or a refusal
/// (a `low` hint that says so) and the phrase patterns matched only in the
/// same fields, the frames' hint stands.
pub fn combine(
    a: &Analysis,
    out: &mut crate::rules::Sink,
    framed: fn(&Analysis, &mut crate::rules::Sink) -> bool,
    legacy: fn(&Analysis, &mut crate::rules::Sink),
) {
    let mut fs = crate::rules::Sink::default();
    framed(a, &mut fs);
    let mut ls = crate::rules::Sink::default();
    legacy(a, &mut ls);
    let f = fs.hints.pop();
    let l = ls.hints.pop();
    let hint = match (f, l) {
        (None, None) => return,
        (Some(h), None) | (None, Some(h)) => h,
        (Some(fh), Some(lh)) => {
            let reported = fh.message.contains(REPORTED_NOTE);
            let fields: std::collections::HashSet<&str> =
                fh.evidence.iter().map(|x| x.field.as_str()).collect();
            let same_fields = lh
                .evidence
                .iter()
                .all(|e| fields.contains(e.field.as_str()));
            if reported && same_fields {
                fh
            } else if lh.severity >= fh.severity || reported {
                lh
            } else {
                let mut h = fh;
                for e in lh.evidence {
                    // (a bounded check: evidence lists stay short)
                    if h.evidence.len() < 64
                        && !h
                            .evidence
                            .iter()
                            .any(|x| x.field == e.field && x.start < e.end && e.start < x.end)
                    {
                        h.evidence.push(e);
                    }
                }
                h
            }
        }
    };
    out.hints.push(hint);
}

/// Pair the hits of two frames that stand in the same field at most
/// `sentences` sentences apart (by their anchors): each pair becomes one hit
/// whose fills are the first hit's followed by the second's. Used for
/// divisions of labour ("you take the calls … I do the development"), where
/// each half has its own anchor.
pub fn pair(a: &Analysis, xs: &[FrameHit], ys: &[FrameHit], sentences: usize) -> Vec<FrameHit> {
    let sent = |h: &FrameHit| {
        let f = a.field(h.field)?;
        sentence_at(f, h.fill(0)?.range.start)
    };
    let mut out = Vec::new();
    for x in xs {
        let Some(sx) = sent(x) else { continue };
        let best = ys
            .iter()
            .filter(|y| y.field == x.field)
            .filter_map(|y| sent(y).map(|sy| (sy.abs_diff(sx), y)))
            .filter(|(d, _)| *d <= sentences)
            .min_by_key(|(d, _)| *d);
        if let Some((_, y)) = best {
            let mut fills = x.fills.clone();
            fills.extend(y.fills.iter().cloned());
            out.push(FrameHit {
                field: x.field,
                fills,
                reported: x.reported || y.reported,
                writer: x.writer,
            });
        }
    }
    out
}

/// The hits of several frames, one per field and anchor position, reported
/// ones after the others.
pub fn dedup(mut hits: Vec<FrameHit>) -> Vec<FrameHit> {
    crate::sort::by_key(&mut hits, |h| {
        (
            h.field,
            h.fills
                .first()
                .and_then(|o| o.as_ref())
                .map_or(0, |o| o.range.start),
        )
    });
    hits.dedup_by(|b, a| {
        a.field == b.field
            && a.fills
                .first()
                .and_then(|o| o.as_ref())
                .map(|o| o.range.clone())
                == b.fills
                    .first()
                    .and_then(|o| o.as_ref())
                    .map(|o| o.range.clone())
    });
    hits
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Document, Options};

    fn occs(text: &str) -> Vec<(String, u64)> {
        let doc =
            Document::from_value(serde_json::json!({"kind": "message", "id": "t", "text": text}))
                .unwrap();
        let o = Options::default();
        let a = Analysis::new(&doc, &o);
        let (_, f) = a.subject_prose().next().unwrap();
        occurrences(f)
            .into_iter()
            .map(|x| (f.norm[x.range].to_owned(), x.tags))
            .collect()
    }

    #[test]
    fn lemmas_phrases_typos_and_pieces() {
        let o = occs(
            "Renting accounts; attend interiviews on my behalf. アカウントを貸して 계정을 빌려",
        );
        let has = |w: &str, t: u64| o.iter().any(|(x, tags)| x == w && tags & t != 0);
        assert!(has("Renting", TRANSFER), "{o:?}");
        assert!(has("accounts", ACCOUNT));
        assert!(has("interiviews", INTERVIEW), "{o:?}");
        assert!(has("on my behalf", PROXY));
        assert!(has("アカウント", ACCOUNT));
        assert!(has("계정", ACCOUNT));
        // "is" is not "i", "as" is not "a"
        assert!(
            !occs("This is as good as it gets")
                .iter()
                .any(|(_, t)| t & (READER | OWN) != 0)
        );
    }

    #[test]
    fn line_is_the_app_only_in_capitals() {
        assert!(
            occs("LINEでお願いします")
                .iter()
                .any(|(_, t)| *t == MESSENGER)
        );
        assert!(!occs("a line of code").iter().any(|(_, t)| *t == MESSENGER));
    }

    #[test]
    fn one_edit_distance() {
        assert!(one_edit("interiview", "interview"));
        assert!(one_edit("intervew", "interview"));
        assert!(!one_edit("internship", "interview"));
    }
}
#[cfg(test)]
mod cost {
    /// Not an assertion on time (CI gates on no wall-clock): prints what
    /// building the lexicon costs, for docs/evaluation.md.
    #[test]
    fn lexicon_keeps_every_entry() {
        // Every entry lands in exactly one of the three tables (a word key, a
        // Japanese/Korean piece, a symbol), so none is silently dropped.
        let lex = &*super::LEX;
        let words: usize = lex.words.values().map(Vec::len).sum();
        let pieces: usize = lex.pieces.values().map(Vec::len).sum();
        assert_eq!(
            words + pieces + lex.symbols.len(),
            super::LEXICON.len(),
            "{words} word entries, {pieces} pieces, {} symbols",
            lex.symbols.len()
        );
        assert!(lex.words.len() > 100 && !lex.pieces.is_empty());
    }
}
