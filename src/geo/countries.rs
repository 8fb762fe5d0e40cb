//! Country facts for the consistency rules: UTC offsets, calling codes,
//! currencies, languages and phone-number lengths for every ISO 3166-1
//! country and territory, plus sub-national zones for multi-zone countries.
//!
//! # Where the facts come from
//!
//! Written by hand from published reference facts (no code copied from any
//! other project):
//!
//! * **UTC offsets**: the IANA tz database (rules in force in 2025/2026).
//!   Offsets are minutes east of UTC and list *every* offset local clocks use
//!   during the year, i.e. daylight-saving offsets are included
//!   (Germany is `[60, 120]`).
//! * **Calling codes**: the ITU-T E.164 list of assigned country codes.
//!   Countries that share a code (NANP `+1`, `+7`, `+44`, `+262`, ...) all
//!   carry it; [`by_calling_code`] returns every country sharing the longest
//!   matching code, the main user of the code first.
//! * **Currencies**: ISO 4217 codes in common use (official plus widely used
//!   tender such as `USD` in Panama or Cambodia).
//! * **Codes and names**: ISO 3166-1 alpha-2 / alpha-3 and ISO 3166-2
//!   subdivision codes. Kosovo is included under the widely used
//!   user-assigned code `XK`.
//! * **Languages**: ISO 639-3 codes (macrolanguage codes such as `zho`,
//!   `ara`, `msa`, `fas` where one exists) of languages widely spoken
//!   natively there.
//! * **Number lengths**: national significant number lengths from the
//!   national numbering plans notified to the ITU; ranges are deliberately
//!   generous so that a length check only fires on numbers that cannot be
//!   right.
//!
//! These facts describe *places*, never people. A rule may say "the stated
//! phone code does not fit the stated country"; nothing here may be used to
//! guess anyone's nationality.
//!
//! # Judgement calls
//!
//! * **"Korea"** on its own is ambiguous: [`lookup`] returns `None` for it
//!   (also for "Corea", "Corée"), never North Korea. [`candidates`] returns
//!   `[KR, KP]` (South Korea first) for callers that want to test both.
//!   The same applies to "Congo" (`[CD, CG]`), "Virgin Islands" (`[VG, VI]`)
//!   and "Netherlands Antilles" (`[CW, SX, BQ]`).
//! * "Georgia" resolves to the country `GE`; the US state is found with
//!   `region("US", "Georgia")`.
//! * China is a single official zone `[480]`; the unofficial Xinjiang time
//!   (tz `Asia/Urumqi`, +06) is not listed.
//! * Arizona lists `[-420, -360]` because the Navajo Nation observes DST.
//! * Kazakhstan has used a single zone (+05) since March 2024, so it needs no
//!   regions.
//! * US territories have their own ISO 3166-1 entries (`PR`, `GU`, ...); the
//!   `US` entry covers the 50 states and DC only. They are also available as
//!   `US` regions (ISO 3166-2 lists them as outlying areas).
//! * Lookups of three upper-case ASCII letters also try ISO alpha-3 codes
//!   (`"KOR"`, `"DEU"`); lower-case three-letter words do not (so "and" is
//!   not Andorra).

use std::collections::HashMap;
use std::sync::OnceLock;

/// One ISO 3166-1 country or territory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 alpha-2, upper case, e.g. `"US"`.
    pub code: &'static str,
    /// English short name, e.g. `"United States"`.
    pub name: &'static str,
    /// Other names people type (official long names, abbreviations, former
    /// names, local-language names). Matching is case-insensitive.
    pub aliases: &'static [&'static str],
    /// E.164 country calling codes as digit strings, e.g. `["1"]`, `["44"]`.
    pub calling_codes: &'static [&'static str],
    /// Every UTC offset in minutes used during the year (standard and DST),
    /// sorted ascending, deduplicated.
    pub offsets: &'static [i16],
    /// ISO 4217 currency codes in common use.
    pub currencies: &'static [&'static str],
    /// ISO 639-3 codes of languages widely spoken natively.
    pub languages: &'static [&'static str],
    /// Minimum and maximum length of a national significant number (digits
    /// after the country calling code).
    pub nsn_len: (u8, u8),
}

impl Country {
    /// Whether local clocks in this country use `minutes` at some time of year.
    #[must_use]
    pub fn uses_offset(&self, minutes: i16) -> bool {
        self.offsets.contains(&minutes)
    }

    /// Whether `code` (ISO 4217, any case) is in common use here.
    #[must_use]
    pub fn uses_currency(&self, code: &str) -> bool {
        let code = code.trim();
        self.currencies.iter().any(|c| c.eq_ignore_ascii_case(code))
    }

    /// ISO 3166-1 alpha-3 code, e.g. `"USA"`.
    #[must_use]
    pub fn alpha3(&self) -> Option<&'static str> {
        ALPHA3
            .iter()
            .find(|(a2, _)| *a2 == self.code)
            .map(|(_, a3)| *a3)
    }
}

/// A sub-national zone of a multi-zone country.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    /// ISO 3166-1 alpha-2 code of the country, e.g. `"US"`.
    pub country: &'static str,
    /// ISO 3166-2 subdivision suffix, e.g. `"TX"`, `"ON"`, `"NSW"`.
    pub code: &'static str,
    /// Name, e.g. `"Texas"`.
    pub name: &'static str,
    /// Every UTC offset in minutes used in the region (standard and DST).
    pub offsets: &'static [i16],
}

/// Builds one table row; arguments in field order, `min, max` last.
macro_rules! c {
    ($code:literal, $name:literal, [$($alias:literal),* $(,)?], [$($cc:literal),*],
     [$($off:expr),*], [$($cur:literal),*], [$($lang:literal),*], $min:literal, $max:literal) => {
        Country {
            code: $code,
            name: $name,
            aliases: &[$($alias),*],
            calling_codes: &[$($cc),*],
            offsets: &[$($off),*],
            currencies: &[$($cur),*],
            languages: &[$($lang),*],
            nsn_len: ($min, $max),
        }
    };
}

/// All ISO 3166-1 countries and territories (plus Kosovo, `XK`), sorted by code.
///
/// Columns: code, name, aliases, calling codes, UTC offsets (minutes, DST
/// included), currencies, languages, NSN length min, max.
#[rustfmt::skip]
pub static COUNTRIES: &[Country] = &[
    c!("AD", "Andorra", ["Principality of Andorra", "Principat d'Andorra"], ["376"], [60, 120], ["EUR"], ["cat", "spa", "fra", "por"], 6, 9),
    c!("AE", "United Arab Emirates", ["UAE", "Emirates", "الإمارات", "الإمارات العربية المتحدة"], ["971"], [240], ["AED"], ["ara", "eng", "hin", "urd", "mal", "tgl"], 8, 9),
    c!("AF", "Afghanistan", ["Islamic Republic of Afghanistan", "افغانستان"], ["93"], [270], ["AFN"], ["pus", "fas", "uzb", "tuk"], 9, 9),
    c!("AG", "Antigua and Barbuda", ["Antigua", "Barbuda"], ["1"], [-240], ["XCD"], ["eng"], 10, 10),
    c!("AI", "Anguilla", [], ["1"], [-240], ["XCD"], ["eng"], 10, 10),
    c!("AL", "Albania", ["Shqipëria", "Shqipëri", "Republic of Albania"], ["355"], [60, 120], ["ALL"], ["sqi"], 6, 9),
    c!("AM", "Armenia", ["Հայաստան", "Hayastan", "Republic of Armenia", "Армения"], ["374"], [240], ["AMD"], ["hye", "rus"], 8, 8),
    c!("AO", "Angola", ["Republic of Angola", "República de Angola"], ["244"], [60], ["AOA"], ["por", "umb", "kmb"], 9, 9),
    c!("AQ", "Antarctica", ["Antarctic"], ["672"], [-180, 0, 120, 180, 300, 420, 480, 600, 720, 780], ["USD", "NZD", "AUD"], ["eng"], 6, 6),
    c!("AR", "Argentina", ["Argentine Republic", "República Argentina"], ["54"], [-180], ["ARS"], ["spa"], 10, 11),
    c!("AS", "American Samoa", ["Amerika Samoa"], ["1"], [-660], ["USD"], ["smo", "eng"], 10, 10),
    c!("AT", "Austria", ["Österreich", "Republic of Austria"], ["43"], [60, 120], ["EUR"], ["deu"], 4, 13),
    c!("AU", "Australia", ["Commonwealth of Australia", "호주", "오스트레일리아", "澳大利亚", "澳洲", "オーストラリア"], ["61"], [480, 525, 570, 600, 630, 660], ["AUD"], ["eng"], 9, 10),
    c!("AW", "Aruba", [], ["297"], [-240], ["AWG"], ["pap", "nld", "spa", "eng"], 7, 7),
    c!("AX", "Åland Islands", ["Åland", "Ahvenanmaa"], ["358"], [120, 180], ["EUR"], ["swe"], 5, 12),
    c!("AZ", "Azerbaijan", ["Azərbaycan", "Republic of Azerbaijan", "Азербайджан"], ["994"], [240], ["AZN"], ["aze", "rus"], 9, 9),
    c!("BA", "Bosnia and Herzegovina", ["Bosnia", "BiH", "Bosna i Hercegovina", "Босна и Херцеговина"], ["387"], [60, 120], ["BAM"], ["bos", "hrv", "srp"], 8, 9),
    c!("BB", "Barbados", [], ["1"], [-240], ["BBD"], ["eng"], 10, 10),
    c!("BD", "Bangladesh", ["বাংলাদেশ", "People's Republic of Bangladesh"], ["880"], [360], ["BDT"], ["ben"], 6, 10),
    c!("BE", "Belgium", ["België", "Belgique", "Belgien", "Kingdom of Belgium"], ["32"], [60, 120], ["EUR"], ["nld", "fra", "deu"], 8, 9),
    c!("BF", "Burkina Faso", ["Burkina", "Upper Volta"], ["226"], [0], ["XOF"], ["fra", "mos", "dyu", "ful"], 8, 8),
    c!("BG", "Bulgaria", ["България", "Republic of Bulgaria"], ["359"], [120, 180], ["EUR", "BGN"], ["bul"], 6, 9),
    c!("BH", "Bahrain", ["Kingdom of Bahrain", "البحرين"], ["973"], [180], ["BHD"], ["ara", "eng"], 8, 8),
    c!("BI", "Burundi", ["Republic of Burundi"], ["257"], [120], ["BIF"], ["run", "fra", "eng"], 8, 8),
    c!("BJ", "Benin", ["Republic of Benin", "Dahomey"], ["229"], [60], ["XOF"], ["fra", "fon", "yor"], 8, 10),
    c!("BL", "Saint Barthélemy", ["St Barths", "St Barts", "Saint Barth"], ["590"], [-240], ["EUR"], ["fra"], 9, 9),
    c!("BM", "Bermuda", [], ["1"], [-240, -180], ["BMD", "USD"], ["eng"], 10, 10),
    c!("BN", "Brunei", ["Brunei Darussalam", "Negara Brunei Darussalam"], ["673"], [480], ["BND", "SGD"], ["msa", "eng", "zho"], 7, 7),
    c!("BO", "Bolivia", ["Plurinational State of Bolivia", "Bolivia, Plurinational State of", "Estado Plurinacional de Bolivia"], ["591"], [-240], ["BOB"], ["spa", "que", "aym", "grn"], 8, 8),
    c!("BQ", "Caribbean Netherlands", ["Bonaire, Sint Eustatius and Saba", "Bonaire", "Sint Eustatius", "Saba", "BES Islands", "Statia"], ["599"], [-240], ["USD"], ["nld", "pap", "eng"], 7, 7),
    c!("BR", "Brazil", ["Brasil", "Federative Republic of Brazil", "República Federativa do Brasil"], ["55"], [-300, -240, -180, -120], ["BRL"], ["por"], 10, 11),
    c!("BS", "Bahamas", ["Commonwealth of The Bahamas"], ["1"], [-300, -240], ["BSD", "USD"], ["eng"], 10, 10),
    c!("BT", "Bhutan", ["Druk Yul", "Kingdom of Bhutan"], ["975"], [360], ["BTN", "INR"], ["dzo", "nep", "eng"], 7, 8),
    c!("BV", "Bouvet Island", ["Bouvetøya"], ["47"], [0], ["NOK"], ["nor"], 8, 8),
    c!("BW", "Botswana", ["Republic of Botswana"], ["267"], [120], ["BWP"], ["tsn", "eng"], 7, 8),
    c!("BY", "Belarus", ["Беларусь", "Белоруссия", "Byelorussia", "Belorussia", "Republic of Belarus"], ["375"], [180], ["BYN"], ["bel", "rus"], 9, 10),
    c!("BZ", "Belize", ["British Honduras"], ["501"], [-360], ["BZD"], ["eng", "spa", "bzj"], 7, 7),
    c!("CA", "Canada", ["캐나다", "加拿大", "カナダ"], ["1"], [-480, -420, -360, -300, -240, -210, -180, -150], ["CAD"], ["eng", "fra"], 10, 10),
    c!("CC", "Cocos (Keeling) Islands", ["Cocos Islands", "Keeling Islands", "Cocos"], ["61"], [390], ["AUD"], ["eng", "msa"], 9, 9),
    c!("CD", "Democratic Republic of the Congo", ["DR Congo", "DRC", "RDC", "Congo-Kinshasa", "Congo, Democratic Republic of the", "Democratic Republic of Congo", "République démocratique du Congo", "Zaire"], ["243"], [60, 120], ["CDF", "USD"], ["fra", "lin", "swa", "kon", "lua"], 7, 9),
    c!("CF", "Central African Republic", ["CAR", "Centrafrique", "République centrafricaine"], ["236"], [60], ["XAF"], ["fra", "sag"], 8, 8),
    c!("CG", "Republic of the Congo", ["Congo-Brazzaville", "Congo, Republic of the", "Republic of Congo", "Congo Republic", "République du Congo"], ["242"], [60], ["XAF"], ["fra", "lin", "kon"], 9, 9),
    c!("CH", "Switzerland", ["Schweiz", "Suisse", "Svizzera", "Svizra", "Swiss Confederation", "Confoederatio Helvetica", "Helvetia"], ["41"], [60, 120], ["CHF"], ["deu", "fra", "ita", "roh"], 9, 9),
    c!("CI", "Côte d'Ivoire", ["Ivory Coast", "Republic of Côte d'Ivoire"], ["225"], [0], ["XOF"], ["fra", "dyu", "bci"], 8, 10),
    c!("CK", "Cook Islands", [], ["682"], [-600], ["NZD"], ["rar", "eng"], 5, 5),
    c!("CL", "Chile", ["Republic of Chile", "República de Chile"], ["56"], [-360, -300, -240, -180], ["CLP"], ["spa"], 9, 9),
    c!("CM", "Cameroon", ["Cameroun", "Republic of Cameroon"], ["237"], [60], ["XAF"], ["fra", "eng"], 9, 9),
    c!("CN", "China", ["People's Republic of China", "China, People's Republic of", "PRC", "PR China", "Mainland China", "中国", "中國", "中华人民共和国", "Zhongguo", "중국", "Chine", "Китай"], ["86"], [480], ["CNY"], ["zho"], 7, 12),
    c!("CO", "Colombia", ["Republic of Colombia", "República de Colombia"], ["57"], [-300], ["COP"], ["spa"], 8, 10),
    c!("CR", "Costa Rica", ["Republic of Costa Rica"], ["506"], [-360], ["CRC"], ["spa"], 8, 8),
    c!("CU", "Cuba", ["Republic of Cuba", "República de Cuba"], ["53"], [-300, -240], ["CUP"], ["spa"], 6, 8),
    c!("CV", "Cabo Verde", ["Cape Verde", "Republic of Cabo Verde"], ["238"], [-60], ["CVE"], ["por", "kea"], 7, 7),
    c!("CW", "Curaçao", ["Kòrsou"], ["599"], [-240], ["XCG", "ANG"], ["pap", "nld", "eng"], 7, 8),
    c!("CX", "Christmas Island", [], ["61"], [420], ["AUD"], ["eng", "zho", "msa"], 9, 9),
    c!("CY", "Cyprus", ["Κύπρος", "Kıbrıs", "Republic of Cyprus"], ["357"], [120, 180], ["EUR"], ["ell", "tur", "eng"], 8, 8),
    c!("CZ", "Czechia", ["Czech Republic", "Česko", "Česká republika"], ["420"], [60, 120], ["CZK"], ["ces"], 9, 9),
    c!("DE", "Germany", ["Deutschland", "Federal Republic of Germany", "Bundesrepublik Deutschland", "BRD", "Allemagne", "Alemania", "Germania", "독일", "德国", "德國", "ドイツ"], ["49"], [60, 120], ["EUR"], ["deu"], 6, 13),
    c!("DJ", "Djibouti", ["Republic of Djibouti", "جيبوتي"], ["253"], [180], ["DJF"], ["fra", "ara", "som", "aar"], 8, 8),
    c!("DK", "Denmark", ["Danmark", "Kingdom of Denmark"], ["45"], [60, 120], ["DKK"], ["dan"], 8, 8),
    c!("DM", "Dominica", ["Commonwealth of Dominica"], ["1"], [-240], ["XCD"], ["eng", "acf"], 10, 10),
    c!("DO", "Dominican Republic", ["República Dominicana"], ["1"], [-240], ["DOP"], ["spa"], 10, 10),
    c!("DZ", "Algeria", ["Algérie", "الجزائر", "People's Democratic Republic of Algeria"], ["213"], [60], ["DZD"], ["ara", "kab", "fra"], 8, 9),
    c!("EC", "Ecuador", ["Republic of Ecuador", "República del Ecuador"], ["593"], [-360, -300], ["USD"], ["spa", "que"], 8, 9),
    c!("EE", "Estonia", ["Eesti", "Republic of Estonia"], ["372"], [120, 180], ["EUR"], ["est", "rus"], 7, 8),
    c!("EG", "Egypt", ["Arab Republic of Egypt", "مصر", "Misr", "Égypte"], ["20"], [120, 180], ["EGP"], ["ara"], 8, 10),
    c!("EH", "Western Sahara", ["Sahrawi Arab Democratic Republic", "SADR", "Sahara Occidental", "الصحراء الغربية"], ["212"], [0, 60], ["MAD"], ["ara", "spa"], 9, 9),
    c!("ER", "Eritrea", ["State of Eritrea", "ኤርትራ"], ["291"], [180], ["ERN"], ["tir", "ara", "tig"], 7, 7),
    c!("ES", "Spain", ["España", "Kingdom of Spain", "Reino de España", "Espanya", "Espainia", "Espagne", "Spanien"], ["34"], [0, 60, 120], ["EUR"], ["spa", "cat", "glg", "eus"], 9, 9),
    c!("ET", "Ethiopia", ["Federal Democratic Republic of Ethiopia", "ኢትዮጵያ", "Abyssinia"], ["251"], [180], ["ETB"], ["amh", "orm", "tir", "som"], 9, 9),
    c!("FI", "Finland", ["Suomi", "Republic of Finland"], ["358"], [120, 180], ["EUR"], ["fin", "swe"], 5, 12),
    c!("FJ", "Fiji", ["Republic of Fiji", "Fiji Islands", "Viti"], ["679"], [720], ["FJD"], ["fij", "hif", "eng"], 7, 7),
    c!("FK", "Falkland Islands", ["Falklands", "Falkland Islands (Malvinas)", "Islas Malvinas", "Malvinas"], ["500"], [-180], ["FKP"], ["eng"], 5, 5),
    c!("FM", "Micronesia", ["Federated States of Micronesia", "Micronesia, Federated States of", "FSM"], ["691"], [600, 660], ["USD"], ["eng", "chk", "pon"], 7, 7),
    c!("FO", "Faroe Islands", ["Faroes", "Faeroe Islands", "Føroyar", "Færøerne"], ["298"], [0, 60], ["DKK"], ["fao", "dan"], 6, 6),
    c!("FR", "France", ["French Republic", "République française", "Frankreich", "Francia", "프랑스", "法国", "法國", "フランス"], ["33"], [60, 120], ["EUR"], ["fra"], 9, 9),
    c!("GA", "Gabon", ["Gabonese Republic", "République gabonaise"], ["241"], [60], ["XAF"], ["fra", "fan"], 7, 8),
    c!("GB", "United Kingdom", ["UK", "U.K.", "Great Britain", "Britain", "England", "Scotland", "Wales", "Northern Ireland", "Cymru", "United Kingdom of Great Britain and Northern Ireland", "영국", "英国", "英國", "イギリス"], ["44"], [0, 60], ["GBP"], ["eng", "cym", "gla"], 9, 10),
    c!("GD", "Grenada", [], ["1"], [-240], ["XCD"], ["eng"], 10, 10),
    c!("GE", "Georgia", ["Sakartvelo", "საქართველო", "Грузия"], ["995"], [240], ["GEL"], ["kat"], 9, 9),
    c!("GF", "French Guiana", ["Guyane", "Guyane française"], ["594"], [-180], ["EUR"], ["fra"], 9, 9),
    c!("GG", "Guernsey", ["Bailiwick of Guernsey", "Alderney", "Sark"], ["44"], [0, 60], ["GBP"], ["eng"], 10, 10),
    c!("GH", "Ghana", ["Republic of Ghana", "Gold Coast"], ["233"], [0], ["GHS"], ["eng", "aka", "ewe"], 9, 9),
    c!("GI", "Gibraltar", [], ["350"], [60, 120], ["GIP", "GBP"], ["eng", "spa"], 8, 8),
    c!("GL", "Greenland", ["Kalaallit Nunaat", "Grønland"], ["299"], [-240, -180, -120, -60, 0], ["DKK"], ["kal", "dan"], 6, 6),
    c!("GM", "Gambia", ["Republic of The Gambia"], ["220"], [0], ["GMD"], ["eng", "mnk", "wol", "ful"], 7, 7),
    c!("GN", "Guinea", ["Guinée", "Republic of Guinea", "Guinea-Conakry"], ["224"], [0], ["GNF"], ["fra", "ful", "sus", "emk"], 8, 9),
    c!("GP", "Guadeloupe", ["Gwadloup"], ["590"], [-240], ["EUR"], ["fra", "gcf"], 9, 9),
    c!("GQ", "Equatorial Guinea", ["Guinea Ecuatorial", "Guinée équatoriale", "Republic of Equatorial Guinea"], ["240"], [60], ["XAF"], ["spa", "fra", "por", "fan"], 9, 9),
    c!("GR", "Greece", ["Hellas", "Hellenic Republic", "Ελλάδα", "Ελλάς", "Ellada"], ["30"], [120, 180], ["EUR"], ["ell"], 10, 10),
    c!("GS", "South Georgia and the South Sandwich Islands", ["South Georgia", "South Sandwich Islands"], ["500"], [-120], ["GBP"], ["eng"], 5, 5),
    c!("GT", "Guatemala", ["Republic of Guatemala", "República de Guatemala"], ["502"], [-360], ["GTQ"], ["spa"], 8, 8),
    c!("GU", "Guam", ["Guåhån"], ["1"], [600], ["USD"], ["eng", "cha"], 10, 10),
    c!("GW", "Guinea-Bissau", ["Guiné-Bissau", "Republic of Guinea-Bissau"], ["245"], [0], ["XOF"], ["por", "pov", "ful"], 7, 9),
    c!("GY", "Guyana", ["Co-operative Republic of Guyana", "British Guiana"], ["592"], [-240], ["GYD"], ["eng", "gyn"], 7, 7),
    c!("HK", "Hong Kong", ["Hong Kong SAR", "Hong Kong SAR China", "Hong Kong, China", "HKSAR", "香港", "홍콩"], ["852"], [480], ["HKD"], ["zho", "eng"], 8, 9),
    c!("HM", "Heard Island and McDonald Islands", ["Heard Island", "McDonald Islands", "Heard and McDonald Islands"], ["672"], [300], ["AUD"], ["eng"], 6, 6),
    c!("HN", "Honduras", ["Republic of Honduras", "República de Honduras"], ["504"], [-360], ["HNL"], ["spa"], 8, 8),
    c!("HR", "Croatia", ["Hrvatska", "Republic of Croatia"], ["385"], [60, 120], ["EUR"], ["hrv"], 8, 9),
    c!("HT", "Haiti", ["Ayiti", "Republic of Haiti"], ["509"], [-300, -240], ["HTG"], ["hat", "fra"], 8, 8),
    c!("HU", "Hungary", ["Magyarország"], ["36"], [60, 120], ["HUF"], ["hun"], 8, 9),
    c!("ID", "Indonesia", ["Republic of Indonesia", "Republik Indonesia", "인도네시아", "印度尼西亚", "印尼", "インドネシア"], ["62"], [420, 480, 540], ["IDR"], ["ind", "jav", "sun", "msa"], 7, 12),
    c!("IE", "Ireland", ["Éire", "Republic of Ireland", "Irish Republic"], ["353"], [0, 60], ["EUR"], ["eng", "gle"], 7, 9),
    c!("IL", "Israel", ["State of Israel", "ישראל", "إسرائيل"], ["972"], [120, 180], ["ILS"], ["heb", "ara", "rus"], 8, 9),
    c!("IM", "Isle of Man", ["Mann", "Ellan Vannin"], ["44"], [0, 60], ["GBP"], ["eng", "glv"], 10, 10),
    c!("IN", "India", ["Republic of India", "Bharat", "भारत", "Hindustan", "인도", "印度", "インド"], ["91"], [330], ["INR"], ["hin", "eng", "ben", "tel", "mar", "tam", "urd", "guj", "kan", "mal", "pan", "ori", "asm"], 10, 10),
    c!("IO", "British Indian Ocean Territory", ["BIOT", "Chagos Islands", "Chagos Archipelago", "Diego Garcia"], ["246"], [360], ["USD", "GBP"], ["eng"], 7, 7),
    c!("IQ", "Iraq", ["Republic of Iraq", "العراق"], ["964"], [180], ["IQD"], ["ara", "kur"], 8, 10),
    c!("IR", "Iran", ["Islamic Republic of Iran", "Iran, Islamic Republic of", "ایران", "Persia"], ["98"], [210], ["IRR"], ["fas", "aze", "kur"], 10, 10),
    c!("IS", "Iceland", ["Ísland"], ["354"], [0], ["ISK"], ["isl"], 7, 9),
    c!("IT", "Italy", ["Italia", "Italian Republic", "Repubblica Italiana", "Italie", "Italien", "이탈리아", "意大利", "義大利", "イタリア"], ["39"], [60, 120], ["EUR"], ["ita"], 6, 11),
    c!("JE", "Jersey", ["Bailiwick of Jersey"], ["44"], [0, 60], ["GBP"], ["eng", "fra"], 10, 10),
    c!("JM", "Jamaica", [], ["1"], [-300], ["JMD"], ["eng", "jam"], 10, 10),
    c!("JO", "Jordan", ["Hashemite Kingdom of Jordan", "الأردن"], ["962"], [180], ["JOD"], ["ara"], 8, 9),
    c!("JP", "Japan", ["日本", "日本国", "Nippon", "Nihon", "일본", "Japon", "Japão"], ["81"], [540], ["JPY"], ["jpn"], 9, 10),
    c!("KE", "Kenya", ["Republic of Kenya", "Jamhuri ya Kenya"], ["254"], [180], ["KES"], ["swa", "eng"], 7, 10),
    c!("KG", "Kyrgyzstan", ["Kyrgyz Republic", "Kirghizia", "Кыргызстан", "Киргизия"], ["996"], [360], ["KGS"], ["kir", "rus"], 9, 9),
    c!("KH", "Cambodia", ["Kingdom of Cambodia", "Kampuchea", "កម្ពុជា", "캄보디아", "柬埔寨", "カンボジア"], ["855"], [420], ["KHR", "USD"], ["khm"], 8, 9),
    c!("KI", "Kiribati", ["Republic of Kiribati"], ["686"], [720, 780, 840], ["AUD"], ["gil", "eng"], 5, 8),
    c!("KM", "Comoros", ["Union of the Comoros", "Comores", "جزر القمر"], ["269"], [180], ["KMF"], ["zdj", "ara", "fra"], 7, 7),
    c!("KN", "Saint Kitts and Nevis", ["Saint Kitts", "Nevis", "Saint Christopher and Nevis"], ["1"], [-240], ["XCD"], ["eng"], 10, 10),
    c!("KP", "North Korea", ["DPRK", "Democratic People's Republic of Korea", "Korea, Democratic People's Republic of", "Korea, North", "Korea DPR", "조선", "조선민주주의인민공화국", "북한", "북조선", "朝鲜", "朝鮮民主主義人民共和国", "北朝鮮", "北韓", "Северная Корея", "КНДР"], ["850"], [540], ["KPW"], ["kor"], 8, 10),
    c!("KR", "South Korea", ["Korea, Republic of", "Republic of Korea", "Korea, South", "Korea Republic", "S. Korea", "ROK", "대한민국", "한국", "남한", "Hanguk", "Daehan Minguk", "韩国", "韓國", "韓国", "大韩民国", "大韓民国", "南韓", "Южная Корея", "Республика Корея"], ["82"], [540], ["KRW"], ["kor"], 8, 10),
    c!("KW", "Kuwait", ["State of Kuwait", "الكويت"], ["965"], [180], ["KWD"], ["ara"], 8, 8),
    c!("KY", "Cayman Islands", ["Caymans", "Cayman"], ["1"], [-300], ["KYD"], ["eng"], 10, 10),
    c!("KZ", "Kazakhstan", ["Republic of Kazakhstan", "Қазақстан", "Казахстан", "Qazaqstan", "Kazakstan"], ["7"], [300], ["KZT"], ["kaz", "rus"], 10, 10),
    c!("LA", "Laos", ["Lao PDR", "Lao People's Democratic Republic", "Lao", "ລາວ", "라오스", "老挝", "寮國", "ラオス"], ["856"], [420], ["LAK"], ["lao"], 8, 10),
    c!("LB", "Lebanon", ["Lebanese Republic", "لبنان", "Liban"], ["961"], [120, 180], ["LBP", "USD"], ["ara", "fra"], 7, 8),
    c!("LC", "Saint Lucia", [], ["1"], [-240], ["XCD"], ["eng", "acf"], 10, 10),
    c!("LI", "Liechtenstein", ["Principality of Liechtenstein", "Fürstentum Liechtenstein"], ["423"], [60, 120], ["CHF"], ["deu"], 7, 9),
    c!("LK", "Sri Lanka", ["Ceylon", "இலங்கை", "Democratic Socialist Republic of Sri Lanka"], ["94"], [330], ["LKR"], ["sin", "tam"], 9, 9),
    c!("LR", "Liberia", ["Republic of Liberia"], ["231"], [0], ["LRD", "USD"], ["eng"], 7, 9),
    c!("LS", "Lesotho", ["Kingdom of Lesotho", "Basutoland"], ["266"], [120], ["LSL", "ZAR"], ["sot", "eng"], 8, 8),
    c!("LT", "Lithuania", ["Lietuva", "Republic of Lithuania"], ["370"], [120, 180], ["EUR"], ["lit"], 8, 8),
    c!("LU", "Luxembourg", ["Lëtzebuerg", "Luxemburg", "Grand Duchy of Luxembourg"], ["352"], [60, 120], ["EUR"], ["ltz", "fra", "deu"], 4, 11),
    c!("LV", "Latvia", ["Latvija", "Republic of Latvia"], ["371"], [120, 180], ["EUR"], ["lav", "rus"], 8, 8),
    c!("LY", "Libya", ["State of Libya", "ليبيا", "Libyan Arab Jamahiriya"], ["218"], [120], ["LYD"], ["ara"], 8, 9),
    c!("MA", "Morocco", ["Kingdom of Morocco", "Maroc", "المغرب", "Marruecos"], ["212"], [0, 60], ["MAD"], ["ara", "zgh", "fra"], 9, 9),
    c!("MC", "Monaco", ["Principality of Monaco"], ["377"], [60, 120], ["EUR"], ["fra"], 8, 9),
    c!("MD", "Moldova", ["Republic of Moldova", "Moldova, Republic of", "Moldavia", "Молдова"], ["373"], [120, 180], ["MDL"], ["ron", "rus"], 8, 8),
    c!("ME", "Montenegro", ["Crna Gora", "Црна Гора"], ["382"], [60, 120], ["EUR"], ["cnr", "srp"], 8, 9),
    c!("MF", "Saint Martin", ["Saint Martin (French part)", "Collectivité de Saint-Martin"], ["590"], [-240], ["EUR"], ["fra", "eng"], 9, 9),
    c!("MG", "Madagascar", ["Republic of Madagascar", "Madagasikara"], ["261"], [180], ["MGA"], ["mlg", "fra"], 9, 9),
    c!("MH", "Marshall Islands", ["Republic of the Marshall Islands"], ["692"], [720], ["USD"], ["mah", "eng"], 7, 7),
    c!("MK", "North Macedonia", ["Macedonia", "Republic of North Macedonia", "Северна Македонија", "Severna Makedonija", "Македонија", "FYROM", "Former Yugoslav Republic of Macedonia"], ["389"], [60, 120], ["MKD"], ["mkd", "sqi"], 8, 8),
    c!("ML", "Mali", ["Republic of Mali"], ["223"], [0], ["XOF"], ["fra", "bam"], 8, 8),
    c!("MM", "Myanmar", ["Burma", "မြန်မာ", "Republic of the Union of Myanmar"], ["95"], [390], ["MMK"], ["mya"], 6, 10),
    c!("MN", "Mongolia", ["Монгол Улс", "Монгол", "Mongol Uls", "몽골", "蒙古", "モンゴル"], ["976"], [420, 480], ["MNT"], ["mon"], 8, 10),
    c!("MO", "Macao", ["Macau", "Macao SAR", "Macau SAR", "Macao SAR China", "澳門", "澳门", "마카오", "マカオ"], ["853"], [480], ["MOP", "HKD"], ["zho", "por"], 8, 8),
    c!("MP", "Northern Mariana Islands", ["CNMI", "Commonwealth of the Northern Mariana Islands", "Northern Marianas", "Saipan"], ["1"], [600], ["USD"], ["eng", "cha"], 10, 10),
    c!("MQ", "Martinique", ["Matinik"], ["596"], [-240], ["EUR"], ["fra", "gcf"], 9, 9),
    c!("MR", "Mauritania", ["Islamic Republic of Mauritania", "Mauritanie", "موريتانيا"], ["222"], [0], ["MRU"], ["ara", "fra", "ful", "wol"], 8, 8),
    c!("MS", "Montserrat", [], ["1"], [-240], ["XCD"], ["eng"], 10, 10),
    c!("MT", "Malta", ["Republic of Malta"], ["356"], [60, 120], ["EUR"], ["mlt", "eng"], 8, 8),
    c!("MU", "Mauritius", ["Republic of Mauritius", "Maurice", "Moris"], ["230"], [240], ["MUR"], ["mfe", "eng", "fra"], 7, 8),
    c!("MV", "Maldives", ["Republic of Maldives", "Dhivehi Raajje"], ["960"], [300], ["MVR"], ["div"], 7, 7),
    c!("MW", "Malawi", ["Republic of Malawi", "Nyasaland"], ["265"], [120], ["MWK"], ["nya", "eng"], 7, 9),
    c!("MX", "Mexico", ["United Mexican States", "Estados Unidos Mexicanos"], ["52"], [-480, -420, -360, -300], ["MXN"], ["spa"], 10, 11),
    c!("MY", "Malaysia", ["Federation of Malaysia", "马来西亚", "馬來西亞", "말레이시아", "マレーシア"], ["60"], [480], ["MYR"], ["msa", "eng", "zho", "tam"], 8, 10),
    c!("MZ", "Mozambique", ["Republic of Mozambique", "Moçambique"], ["258"], [120], ["MZN"], ["por"], 8, 9),
    c!("NA", "Namibia", ["Republic of Namibia", "South West Africa"], ["264"], [120], ["NAD", "ZAR"], ["eng", "afr", "ndo"], 8, 9),
    c!("NC", "New Caledonia", ["Nouvelle-Calédonie", "Kanaky"], ["687"], [660], ["XPF"], ["fra"], 6, 6),
    c!("NE", "Niger", ["Republic of the Niger", "Republic of Niger"], ["227"], [60], ["XOF"], ["fra", "hau"], 8, 8),
    c!("NF", "Norfolk Island", [], ["672"], [660, 720], ["AUD"], ["eng", "pih"], 6, 6),
    c!("NG", "Nigeria", ["Federal Republic of Nigeria", "Naija"], ["234"], [60], ["NGN"], ["eng", "hau", "yor", "ibo"], 7, 10),
    c!("NI", "Nicaragua", ["Republic of Nicaragua", "República de Nicaragua"], ["505"], [-360], ["NIO"], ["spa"], 8, 8),
    c!("NL", "Netherlands", ["Holland", "Nederland", "Kingdom of the Netherlands", "Pays-Bas", "Niederlande", "Países Bajos"], ["31"], [60, 120], ["EUR"], ["nld"], 9, 9),
    c!("NO", "Norway", ["Norge", "Noreg", "Kingdom of Norway"], ["47"], [60, 120], ["NOK"], ["nor"], 8, 8),
    c!("NP", "Nepal", ["Federal Democratic Republic of Nepal", "नेपाल"], ["977"], [345], ["NPR"], ["nep"], 8, 10),
    c!("NR", "Nauru", ["Republic of Nauru", "Naoero"], ["674"], [720], ["AUD"], ["nau", "eng"], 7, 7),
    c!("NU", "Niue", [], ["683"], [-660], ["NZD"], ["niu", "eng"], 4, 7),
    c!("NZ", "New Zealand", ["Aotearoa", "Aotearoa New Zealand", "Nouvelle-Zélande", "뉴질랜드", "新西兰", "ニュージーランド"], ["64"], [720, 765, 780, 825], ["NZD"], ["eng", "mri"], 8, 10),
    c!("OM", "Oman", ["Sultanate of Oman"], ["968"], [240], ["OMR"], ["ara"], 8, 8),
    c!("PA", "Panama", ["Republic of Panama"], ["507"], [-300], ["PAB", "USD"], ["spa"], 7, 8),
    c!("PE", "Peru", ["Republic of Peru"], ["51"], [-300], ["PEN"], ["spa", "que", "aym"], 8, 9),
    c!("PF", "French Polynesia", ["Polynésie française", "Tahiti"], ["689"], [-600, -570, -540], ["XPF"], ["fra", "tah"], 8, 8),
    c!("PG", "Papua New Guinea", ["PNG", "Papua Niugini", "Independent State of Papua New Guinea"], ["675"], [600, 660], ["PGK"], ["tpi", "eng", "hmo"], 7, 8),
    c!("PH", "Philippines", ["Republic of the Philippines", "Pilipinas", "Filipinas", "필리핀", "菲律宾", "菲律賓", "フィリピン"], ["63"], [480], ["PHP"], ["fil", "tgl", "eng", "ceb"], 8, 10),
    c!("PK", "Pakistan", ["Islamic Republic of Pakistan", "پاکستان"], ["92"], [300], ["PKR"], ["urd", "eng", "pan", "pus", "snd"], 9, 10),
    c!("PL", "Poland", ["Polska", "Republic of Poland", "Rzeczpospolita Polska", "Pologne", "Polen"], ["48"], [60, 120], ["PLN"], ["pol"], 9, 9),
    c!("PM", "Saint Pierre and Miquelon", ["Saint-Pierre-et-Miquelon"], ["508"], [-180, -120], ["EUR"], ["fra"], 6, 6),
    c!("PN", "Pitcairn Islands", ["Pitcairn", "Pitcairn, Henderson, Ducie and Oeno Islands"], ["64"], [-480], ["NZD"], ["eng", "pih"], 9, 9),
    c!("PR", "Puerto Rico", ["Commonwealth of Puerto Rico", "Porto Rico", "Borinquen", "Boriken"], ["1"], [-240], ["USD"], ["spa", "eng"], 10, 10),
    c!("PS", "Palestine", ["State of Palestine", "Palestine, State of", "Palestinian Territories", "Palestinian Territory", "Occupied Palestinian Territory", "West Bank", "Gaza", "Gaza Strip", "فلسطين"], ["970"], [120, 180], ["ILS", "JOD"], ["ara"], 8, 9),
    c!("PT", "Portugal", ["Portuguese Republic", "República Portuguesa"], ["351"], [-60, 0, 60], ["EUR"], ["por"], 9, 9),
    c!("PW", "Palau", ["Republic of Palau", "Belau"], ["680"], [540], ["USD"], ["pau", "eng"], 7, 7),
    c!("PY", "Paraguay", ["Republic of Paraguay", "Paraguái"], ["595"], [-180], ["PYG"], ["spa", "grn"], 8, 9),
    c!("QA", "Qatar", ["State of Qatar", "قطر"], ["974"], [180], ["QAR"], ["ara"], 8, 8),
    c!("RE", "Réunion", ["La Réunion"], ["262"], [240], ["EUR"], ["fra", "rcf"], 9, 9),
    c!("RO", "Romania", ["Roumania", "Rumania", "Rumänien"], ["40"], [120, 180], ["RON"], ["ron"], 9, 9),
    c!("RS", "Serbia", ["Republic of Serbia", "Srbija", "Србија"], ["381"], [60, 120], ["RSD"], ["srp"], 7, 10),
    c!("RU", "Russia", ["Russian Federation", "Россия", "Российская Федерация", "Rossiya", "Russie", "Russland", "Rusia", "러시아", "俄罗斯", "俄羅斯", "ロシア"], ["7"], [120, 180, 240, 300, 360, 420, 480, 540, 600, 660, 720], ["RUB"], ["rus"], 10, 10),
    c!("RW", "Rwanda", ["Republic of Rwanda"], ["250"], [120], ["RWF"], ["kin", "fra", "eng", "swa"], 9, 9),
    c!("SA", "Saudi Arabia", ["Kingdom of Saudi Arabia", "KSA", "Saudi", "السعودية", "المملكة العربية السعودية"], ["966"], [180], ["SAR"], ["ara"], 9, 9),
    c!("SB", "Solomon Islands", ["Solomons"], ["677"], [660], ["SBD"], ["eng", "pis"], 5, 7),
    c!("SC", "Seychelles", ["Republic of Seychelles", "Sesel"], ["248"], [240], ["SCR"], ["crs", "eng", "fra"], 7, 7),
    c!("SD", "Sudan", ["Republic of the Sudan", "السودان"], ["249"], [120], ["SDG"], ["ara", "eng"], 9, 9),
    c!("SE", "Sweden", ["Sverige", "Kingdom of Sweden", "Suède", "Schweden", "Suecia"], ["46"], [60, 120], ["SEK"], ["swe"], 7, 10),
    c!("SG", "Singapore", ["Republic of Singapore", "Singapura", "新加坡", "싱가포르", "シンガポール", "சிங்கப்பூர்"], ["65"], [480], ["SGD"], ["eng", "zho", "msa", "tam"], 8, 8),
    c!("SH", "Saint Helena, Ascension and Tristan da Cunha", ["Saint Helena", "Ascension Island", "Tristan da Cunha"], ["290", "247"], [0], ["SHP", "GBP"], ["eng"], 4, 5),
    c!("SI", "Slovenia", ["Republic of Slovenia", "Slovenija"], ["386"], [60, 120], ["EUR"], ["slv"], 8, 8),
    c!("SJ", "Svalbard and Jan Mayen", ["Svalbard", "Jan Mayen", "Spitsbergen"], ["47"], [60, 120], ["NOK"], ["nor"], 8, 8),
    c!("SK", "Slovakia", ["Slovak Republic", "Slovensko"], ["421"], [60, 120], ["EUR"], ["slk"], 9, 9),
    c!("SL", "Sierra Leone", ["Republic of Sierra Leone"], ["232"], [0], ["SLE"], ["eng", "kri"], 8, 8),
    c!("SM", "San Marino", ["Republic of San Marino", "Repubblica di San Marino"], ["378"], [60, 120], ["EUR"], ["ita"], 6, 10),
    c!("SN", "Senegal", ["Republic of Senegal"], ["221"], [0], ["XOF"], ["fra", "wol"], 9, 9),
    c!("SO", "Somalia", ["Federal Republic of Somalia", "Soomaaliya", "الصومال", "Somaliland"], ["252"], [180], ["SOS", "USD"], ["som", "ara"], 7, 9),
    c!("SR", "Suriname", ["Republic of Suriname", "Surinam"], ["597"], [-180], ["SRD"], ["nld", "srn"], 6, 7),
    c!("SS", "South Sudan", ["Republic of South Sudan"], ["211"], [120], ["SSP"], ["eng", "ara", "din", "nus"], 9, 9),
    c!("ST", "São Tomé and Príncipe", ["São Tomé", "Democratic Republic of São Tomé and Príncipe"], ["239"], [0], ["STN"], ["por"], 7, 7),
    c!("SV", "El Salvador", ["Republic of El Salvador"], ["503"], [-360], ["USD"], ["spa"], 8, 8),
    c!("SX", "Sint Maarten", ["Sint Maarten (Dutch part)", "Saint Martin (Dutch part)"], ["1"], [-240], ["XCG", "ANG", "USD"], ["eng", "nld"], 10, 10),
    c!("SY", "Syria", ["Syrian Arab Republic", "سوريا", "سورية"], ["963"], [180], ["SYP"], ["ara"], 8, 9),
    c!("SZ", "Eswatini", ["Kingdom of Eswatini", "Swaziland", "Ngwane"], ["268"], [120], ["SZL", "ZAR"], ["ssw", "eng"], 8, 8),
    c!("TC", "Turks and Caicos Islands", ["Turks and Caicos", "TCI"], ["1"], [-300, -240], ["USD"], ["eng"], 10, 10),
    c!("TD", "Chad", ["Republic of Chad", "Tchad", "تشاد"], ["235"], [60], ["XAF"], ["fra", "ara"], 8, 8),
    c!("TF", "French Southern Territories", ["French Southern and Antarctic Lands", "TAAF", "Terres australes et antarctiques françaises", "Kerguelen Islands", "Kerguelen"], ["262"], [180, 240, 300], ["EUR"], ["fra"], 9, 9),
    c!("TG", "Togo", ["Togolese Republic", "République togolaise"], ["228"], [0], ["XOF"], ["fra", "ewe"], 8, 8),
    c!("TH", "Thailand", ["Kingdom of Thailand", "Siam", "ประเทศไทย", "ไทย", "Prathet Thai", "태국", "泰国", "泰國", "タイ"], ["66"], [420], ["THB"], ["tha"], 8, 9),
    c!("TJ", "Tajikistan", ["Republic of Tajikistan", "Тоҷикистон", "Таджикистан", "Tadzhikistan"], ["992"], [300], ["TJS"], ["tgk", "rus"], 9, 9),
    c!("TK", "Tokelau", [], ["690"], [780], ["NZD"], ["tkl", "eng"], 4, 7),
    c!("TL", "Timor-Leste", ["East Timor", "Timor Lorosa'e", "Democratic Republic of Timor-Leste"], ["670"], [540], ["USD"], ["tet", "por"], 7, 8),
    c!("TM", "Turkmenistan", ["Туркменистан"], ["993"], [300], ["TMT"], ["tuk"], 8, 8),
    c!("TN", "Tunisia", ["Republic of Tunisia", "Tunisie", "تونس"], ["216"], [60], ["TND"], ["ara", "fra"], 8, 8),
    c!("TO", "Tonga", ["Kingdom of Tonga"], ["676"], [780], ["TOP"], ["ton", "eng"], 5, 7),
    c!("TR", "Türkiye", ["Turkey", "Republic of Türkiye", "Türkiye Cumhuriyeti", "Turquie", "Türkei", "Turquía"], ["90"], [180], ["TRY"], ["tur", "kur"], 10, 10),
    c!("TT", "Trinidad and Tobago", ["Trinidad", "Tobago"], ["1"], [-240], ["TTD"], ["eng"], 10, 10),
    c!("TV", "Tuvalu", [], ["688"], [720], ["AUD"], ["tvl", "eng"], 5, 7),
    c!("TW", "Taiwan", ["Republic of China", "ROC", "Taiwan, Province of China", "Chinese Taipei", "台灣", "臺灣", "台湾", "中華民國", "대만", "타이완"], ["886"], [480], ["TWD"], ["zho"], 8, 9),
    c!("TZ", "Tanzania", ["United Republic of Tanzania", "Tanzania, United Republic of", "Zanzibar"], ["255"], [180], ["TZS"], ["swa", "eng"], 9, 9),
    c!("UA", "Ukraine", ["Україна", "Украина", "Ukraina", "우크라이나", "乌克兰", "烏克蘭", "ウクライナ"], ["380"], [120, 180], ["UAH"], ["ukr", "rus"], 9, 9),
    c!("UG", "Uganda", ["Republic of Uganda"], ["256"], [180], ["UGX"], ["eng", "swa", "lug"], 9, 9),
    c!("UM", "United States Minor Outlying Islands", ["U.S. Minor Outlying Islands", "Wake Island", "Midway Atoll", "Midway Islands", "Johnston Atoll", "Baker Island", "Howland Island", "Jarvis Island", "Palmyra Atoll", "Kingman Reef", "Navassa Island"], ["1"], [-720, -660, -600, -300, 720], ["USD"], ["eng"], 10, 10),
    c!("US", "United States", ["USA", "U.S.", "U.S.A.", "United States of America", "America", "Estados Unidos", "EEUU", "EE. UU.", "États-Unis", "Vereinigte Staaten", "미국", "美国", "美國", "米国", "アメリカ", "アメリカ合衆国", "США", "Соединённые Штаты Америки"], ["1"], [-600, -540, -480, -420, -360, -300, -240], ["USD"], ["eng", "spa"], 10, 10),
    c!("UY", "Uruguay", ["Oriental Republic of Uruguay", "República Oriental del Uruguay"], ["598"], [-180], ["UYU"], ["spa"], 8, 8),
    c!("UZ", "Uzbekistan", ["Republic of Uzbekistan", "Oʻzbekiston", "Узбекистан", "Ўзбекистон"], ["998"], [300], ["UZS"], ["uzb", "rus"], 9, 9),
    c!("VA", "Vatican City", ["Holy See", "Vatican", "Vatican City State", "Holy See (Vatican City State)", "Città del Vaticano", "Stato della Città del Vaticano"], ["39", "379"], [60, 120], ["EUR"], ["ita", "lat"], 6, 11),
    c!("VC", "Saint Vincent and the Grenadines", ["Saint Vincent", "SVG"], ["1"], [-240], ["XCD"], ["eng"], 10, 10),
    c!("VE", "Venezuela", ["Bolivarian Republic of Venezuela", "Venezuela, Bolivarian Republic of", "República Bolivariana de Venezuela"], ["58"], [-240], ["VES", "USD"], ["spa"], 10, 10),
    c!("VG", "British Virgin Islands", ["Virgin Islands, British", "BVI", "Tortola"], ["1"], [-240], ["USD"], ["eng"], 10, 10),
    c!("VI", "U.S. Virgin Islands", ["USVI", "Virgin Islands, U.S.", "United States Virgin Islands", "Virgin Islands of the United States", "Saint Thomas", "Saint Croix"], ["1"], [-240], ["USD"], ["eng"], 10, 10),
    c!("VN", "Vietnam", ["Việt Nam", "Socialist Republic of Vietnam", "베트남", "越南", "ベトナム"], ["84"], [420], ["VND"], ["vie"], 9, 10),
    c!("VU", "Vanuatu", ["Republic of Vanuatu", "New Hebrides"], ["678"], [660], ["VUV"], ["bis", "eng", "fra"], 5, 7),
    c!("WF", "Wallis and Futuna", ["Wallis-et-Futuna"], ["681"], [720], ["XPF"], ["wls", "fud", "fra"], 6, 6),
    c!("WS", "Samoa", ["Independent State of Samoa", "Western Samoa"], ["685"], [780], ["WST"], ["smo", "eng"], 5, 7),
    c!("XK", "Kosovo", ["Republic of Kosovo", "Kosova", "Косово"], ["383"], [60, 120], ["EUR"], ["sqi", "srp"], 8, 9),
    c!("YE", "Yemen", ["Republic of Yemen", "اليمن"], ["967"], [180], ["YER"], ["ara"], 7, 9),
    c!("YT", "Mayotte", ["Maore"], ["262"], [180], ["EUR"], ["fra", "swb"], 9, 9),
    c!("ZA", "South Africa", ["Republic of South Africa", "RSA", "Suid-Afrika", "Mzansi"], ["27"], [120], ["ZAR"], ["zul", "xho", "afr", "eng", "nso", "tsn", "sot", "tso", "ssw", "ven", "nbl"], 9, 9),
    c!("ZM", "Zambia", ["Republic of Zambia", "Northern Rhodesia"], ["260"], [120], ["ZMW"], ["eng", "bem", "nya"], 9, 9),
    c!("ZW", "Zimbabwe", ["Republic of Zimbabwe", "Rhodesia"], ["263"], [120], ["ZWG", "USD"], ["sna", "nde", "eng"], 7, 10),
];

/// ISO 3166-1 alpha-2 to alpha-3 (`XK` uses the common `XKX`).
#[rustfmt::skip]
static ALPHA3: &[(&str, &str)] = &[
    ("AD", "AND"), ("AE", "ARE"), ("AF", "AFG"), ("AG", "ATG"), ("AI", "AIA"), ("AL", "ALB"), ("AM", "ARM"), ("AO", "AGO"),
    ("AQ", "ATA"), ("AR", "ARG"), ("AS", "ASM"), ("AT", "AUT"), ("AU", "AUS"), ("AW", "ABW"), ("AX", "ALA"), ("AZ", "AZE"),
    ("BA", "BIH"), ("BB", "BRB"), ("BD", "BGD"), ("BE", "BEL"), ("BF", "BFA"), ("BG", "BGR"), ("BH", "BHR"), ("BI", "BDI"),
    ("BJ", "BEN"), ("BL", "BLM"), ("BM", "BMU"), ("BN", "BRN"), ("BO", "BOL"), ("BQ", "BES"), ("BR", "BRA"), ("BS", "BHS"),
    ("BT", "BTN"), ("BV", "BVT"), ("BW", "BWA"), ("BY", "BLR"), ("BZ", "BLZ"), ("CA", "CAN"), ("CC", "CCK"), ("CD", "COD"),
    ("CF", "CAF"), ("CG", "COG"), ("CH", "CHE"), ("CI", "CIV"), ("CK", "COK"), ("CL", "CHL"), ("CM", "CMR"), ("CN", "CHN"),
    ("CO", "COL"), ("CR", "CRI"), ("CU", "CUB"), ("CV", "CPV"), ("CW", "CUW"), ("CX", "CXR"), ("CY", "CYP"), ("CZ", "CZE"),
    ("DE", "DEU"), ("DJ", "DJI"), ("DK", "DNK"), ("DM", "DMA"), ("DO", "DOM"), ("DZ", "DZA"), ("EC", "ECU"), ("EE", "EST"),
    ("EG", "EGY"), ("EH", "ESH"), ("ER", "ERI"), ("ES", "ESP"), ("ET", "ETH"), ("FI", "FIN"), ("FJ", "FJI"), ("FK", "FLK"),
    ("FM", "FSM"), ("FO", "FRO"), ("FR", "FRA"), ("GA", "GAB"), ("GB", "GBR"), ("GD", "GRD"), ("GE", "GEO"), ("GF", "GUF"),
    ("GG", "GGY"), ("GH", "GHA"), ("GI", "GIB"), ("GL", "GRL"), ("GM", "GMB"), ("GN", "GIN"), ("GP", "GLP"), ("GQ", "GNQ"),
    ("GR", "GRC"), ("GS", "SGS"), ("GT", "GTM"), ("GU", "GUM"), ("GW", "GNB"), ("GY", "GUY"), ("HK", "HKG"), ("HM", "HMD"),
    ("HN", "HND"), ("HR", "HRV"), ("HT", "HTI"), ("HU", "HUN"), ("ID", "IDN"), ("IE", "IRL"), ("IL", "ISR"), ("IM", "IMN"),
    ("IN", "IND"), ("IO", "IOT"), ("IQ", "IRQ"), ("IR", "IRN"), ("IS", "ISL"), ("IT", "ITA"), ("JE", "JEY"), ("JM", "JAM"),
    ("JO", "JOR"), ("JP", "JPN"), ("KE", "KEN"), ("KG", "KGZ"), ("KH", "KHM"), ("KI", "KIR"), ("KM", "COM"), ("KN", "KNA"),
    ("KP", "PRK"), ("KR", "KOR"), ("KW", "KWT"), ("KY", "CYM"), ("KZ", "KAZ"), ("LA", "LAO"), ("LB", "LBN"), ("LC", "LCA"),
    ("LI", "LIE"), ("LK", "LKA"), ("LR", "LBR"), ("LS", "LSO"), ("LT", "LTU"), ("LU", "LUX"), ("LV", "LVA"), ("LY", "LBY"),
    ("MA", "MAR"), ("MC", "MCO"), ("MD", "MDA"), ("ME", "MNE"), ("MF", "MAF"), ("MG", "MDG"), ("MH", "MHL"), ("MK", "MKD"),
    ("ML", "MLI"), ("MM", "MMR"), ("MN", "MNG"), ("MO", "MAC"), ("MP", "MNP"), ("MQ", "MTQ"), ("MR", "MRT"), ("MS", "MSR"),
    ("MT", "MLT"), ("MU", "MUS"), ("MV", "MDV"), ("MW", "MWI"), ("MX", "MEX"), ("MY", "MYS"), ("MZ", "MOZ"), ("NA", "NAM"),
    ("NC", "NCL"), ("NE", "NER"), ("NF", "NFK"), ("NG", "NGA"), ("NI", "NIC"), ("NL", "NLD"), ("NO", "NOR"), ("NP", "NPL"),
    ("NR", "NRU"), ("NU", "NIU"), ("NZ", "NZL"), ("OM", "OMN"), ("PA", "PAN"), ("PE", "PER"), ("PF", "PYF"), ("PG", "PNG"),
    ("PH", "PHL"), ("PK", "PAK"), ("PL", "POL"), ("PM", "SPM"), ("PN", "PCN"), ("PR", "PRI"), ("PS", "PSE"), ("PT", "PRT"),
    ("PW", "PLW"), ("PY", "PRY"), ("QA", "QAT"), ("RE", "REU"), ("RO", "ROU"), ("RS", "SRB"), ("RU", "RUS"), ("RW", "RWA"),
    ("SA", "SAU"), ("SB", "SLB"), ("SC", "SYC"), ("SD", "SDN"), ("SE", "SWE"), ("SG", "SGP"), ("SH", "SHN"), ("SI", "SVN"),
    ("SJ", "SJM"), ("SK", "SVK"), ("SL", "SLE"), ("SM", "SMR"), ("SN", "SEN"), ("SO", "SOM"), ("SR", "SUR"), ("SS", "SSD"),
    ("ST", "STP"), ("SV", "SLV"), ("SX", "SXM"), ("SY", "SYR"), ("SZ", "SWZ"), ("TC", "TCA"), ("TD", "TCD"), ("TF", "ATF"),
    ("TG", "TGO"), ("TH", "THA"), ("TJ", "TJK"), ("TK", "TKL"), ("TL", "TLS"), ("TM", "TKM"), ("TN", "TUN"), ("TO", "TON"),
    ("TR", "TUR"), ("TT", "TTO"), ("TV", "TUV"), ("TW", "TWN"), ("TZ", "TZA"), ("UA", "UKR"), ("UG", "UGA"), ("UM", "UMI"),
    ("US", "USA"), ("UY", "URY"), ("UZ", "UZB"), ("VA", "VAT"), ("VC", "VCT"), ("VE", "VEN"), ("VG", "VGB"), ("VI", "VIR"),
    ("VN", "VNM"), ("VU", "VUT"), ("WF", "WLF"), ("WS", "WSM"), ("XK", "XKX"), ("YE", "YEM"), ("YT", "MYT"), ("ZA", "ZAF"),
    ("ZM", "ZMB"), ("ZW", "ZWE"),
];

/// Names that could mean more than one country. [`lookup`] returns `None`
/// for them; [`candidates`] returns the listed countries in this order.
#[rustfmt::skip]
static AMBIGUOUS: &[(&str, &[&str])] = &[
    ("Korea", &["KR", "KP"]),
    ("Corea", &["KR", "KP"]),
    ("Corée", &["KR", "KP"]),
    ("Congo", &["CD", "CG"]),
    ("Virgin Islands", &["VG", "VI"]),
    ("Netherlands Antilles", &["CW", "SX", "BQ"]),
];

/// For calling codes shared by several countries, the country that uses
/// most of the numbering space; listed first by [`by_calling_code`].
#[rustfmt::skip]
static MAIN_FOR_CODE: &[(&str, &str)] = &[
    ("1", "US"), ("7", "RU"), ("39", "IT"), ("44", "GB"), ("47", "NO"), ("61", "AU"), ("64", "NZ"),
    ("212", "MA"), ("262", "RE"), ("358", "FI"), ("500", "FK"), ("590", "GP"), ("599", "CW"), ("672", "NF"),
];

const fn r(
    country: &'static str,
    code: &'static str,
    name: &'static str,
    offsets: &'static [i16],
) -> Region {
    Region {
        country,
        code,
        name,
        offsets,
    }
}

// Offsets shorthands (minutes, standard and DST).
const US_E: &[i16] = &[-300, -240];
const US_C: &[i16] = &[-360, -300];
const US_M: &[i16] = &[-420, -360];
const US_P: &[i16] = &[-480, -420];
const US_CE: &[i16] = &[-360, -300, -240];
const US_MC: &[i16] = &[-420, -360, -300];
const US_PM: &[i16] = &[-480, -420, -360];
const CA_ATL: &[i16] = &[-240, -180];
const BR_BRT: &[i16] = &[-180];
const BR_AMT: &[i16] = &[-240];
const MX_CST: &[i16] = &[-360];
const MX_BORDER: &[i16] = &[-360, -300];
const RU_MSK: &[i16] = &[180];
const RU_4: &[i16] = &[240];
const RU_5: &[i16] = &[300];
const RU_7: &[i16] = &[420];
const ID_WIB: &[i16] = &[420];
const ID_WITA: &[i16] = &[480];
const ID_WIT: &[i16] = &[540];

/// Sub-national zones of multi-zone countries (ISO 3166-2 suffixes), with
/// every offset (standard and DST) used somewhere in the region.
#[rustfmt::skip]
pub static REGIONS: &[Region] = &[
    // United States: 50 states and DC.
    r("US", "AL", "Alabama", US_C),
    r("US", "AK", "Alaska", &[-600, -540, -480]), // Aleutians west of 169°30'W on HST/HDT
    r("US", "AZ", "Arizona", &[-420, -360]),      // MST all year; Navajo Nation observes DST
    r("US", "AR", "Arkansas", US_C),
    r("US", "CA", "California", US_P),
    r("US", "CO", "Colorado", US_M),
    r("US", "CT", "Connecticut", US_E),
    r("US", "DE", "Delaware", US_E),
    r("US", "DC", "District of Columbia", US_E),
    r("US", "FL", "Florida", US_CE),              // panhandle west of the Apalachicola is Central
    r("US", "GA", "Georgia", US_E),
    r("US", "HI", "Hawaii", &[-600]),
    r("US", "ID", "Idaho", US_PM),                // northern panhandle is Pacific
    r("US", "IL", "Illinois", US_C),
    r("US", "IN", "Indiana", US_CE),              // NW and SW corners are Central
    r("US", "IA", "Iowa", US_C),
    r("US", "KS", "Kansas", US_MC),               // four western counties are Mountain
    r("US", "KY", "Kentucky", US_CE),
    r("US", "LA", "Louisiana", US_C),
    r("US", "ME", "Maine", US_E),
    r("US", "MD", "Maryland", US_E),
    r("US", "MA", "Massachusetts", US_E),
    r("US", "MI", "Michigan", US_CE),             // four Upper Peninsula counties are Central
    r("US", "MN", "Minnesota", US_C),
    r("US", "MS", "Mississippi", US_C),
    r("US", "MO", "Missouri", US_C),
    r("US", "MT", "Montana", US_M),
    r("US", "NE", "Nebraska", US_MC),
    r("US", "NV", "Nevada", US_PM),               // West Wendover is Mountain
    r("US", "NH", "New Hampshire", US_E),
    r("US", "NJ", "New Jersey", US_E),
    r("US", "NM", "New Mexico", US_M),
    r("US", "NY", "New York", US_E),
    r("US", "NC", "North Carolina", US_E),
    r("US", "ND", "North Dakota", US_MC),
    r("US", "OH", "Ohio", US_E),
    r("US", "OK", "Oklahoma", US_C),
    r("US", "OR", "Oregon", US_PM),               // most of Malheur County is Mountain
    r("US", "PA", "Pennsylvania", US_E),
    r("US", "RI", "Rhode Island", US_E),
    r("US", "SC", "South Carolina", US_E),
    r("US", "SD", "South Dakota", US_MC),
    r("US", "TN", "Tennessee", US_CE),
    r("US", "TX", "Texas", US_MC),                // El Paso and Hudspeth are Mountain
    r("US", "UT", "Utah", US_M),
    r("US", "VT", "Vermont", US_E),
    r("US", "VA", "Virginia", US_E),
    r("US", "WA", "Washington", US_P),
    r("US", "WV", "West Virginia", US_E),
    r("US", "WI", "Wisconsin", US_C),
    r("US", "WY", "Wyoming", US_M),
    // US outlying areas (also separate ISO 3166-1 entries).
    r("US", "AS", "American Samoa", &[-660]),
    r("US", "GU", "Guam", &[600]),
    r("US", "MP", "Northern Mariana Islands", &[600]),
    r("US", "PR", "Puerto Rico", &[-240]),
    r("US", "UM", "United States Minor Outlying Islands", &[-720, -660, -600, -300, 720]),
    r("US", "VI", "U.S. Virgin Islands", &[-240]),
    // Canada: provinces and territories.
    r("CA", "AB", "Alberta", US_M),
    r("CA", "BC", "British Columbia", US_PM),     // NE BC and Creston on MST all year, East Kootenay on MST/MDT
    r("CA", "MB", "Manitoba", US_C),
    r("CA", "NB", "New Brunswick", CA_ATL),
    r("CA", "NL", "Newfoundland and Labrador", &[-240, -210, -180, -150]),
    r("CA", "NS", "Nova Scotia", CA_ATL),
    r("CA", "NT", "Northwest Territories", US_M),
    r("CA", "NU", "Nunavut", &[-420, -360, -300, -240]),
    r("CA", "ON", "Ontario", US_CE),              // NW Ontario Central; Atikokan EST all year
    r("CA", "PE", "Prince Edward Island", CA_ATL),
    r("CA", "QC", "Quebec", &[-300, -240, -180]), // Blanc-Sablon AST all year; Magdalen Islands Atlantic with DST
    r("CA", "SK", "Saskatchewan", &[-420, -360]), // CST all year; Lloydminster on Mountain time with DST
    r("CA", "YT", "Yukon", &[-420]),
    // Australia: states and territories.
    r("AU", "ACT", "Australian Capital Territory", &[600, 660]),
    r("AU", "NSW", "New South Wales", &[570, 600, 630, 660]), // Broken Hill on ACST/ACDT; Lord Howe +10:30/+11
    r("AU", "NT", "Northern Territory", &[570]),
    r("AU", "QLD", "Queensland", &[600]),
    r("AU", "SA", "South Australia", &[570, 630]),
    r("AU", "TAS", "Tasmania", &[600, 660]),
    r("AU", "VIC", "Victoria", &[600, 660]),
    r("AU", "WA", "Western Australia", &[480, 525]), // Eucla area unofficially +08:45
    // Brazil: states and the Federal District.
    r("BR", "AC", "Acre", &[-300]),
    r("BR", "AL", "Alagoas", BR_BRT),
    r("BR", "AP", "Amapá", BR_BRT),
    r("BR", "AM", "Amazonas", &[-300, -240]),     // far west on Acre time
    r("BR", "BA", "Bahia", BR_BRT),
    r("BR", "CE", "Ceará", BR_BRT),
    r("BR", "DF", "Distrito Federal", BR_BRT),
    r("BR", "ES", "Espírito Santo", BR_BRT),
    r("BR", "GO", "Goiás", BR_BRT),
    r("BR", "MA", "Maranhão", BR_BRT),
    r("BR", "MT", "Mato Grosso", BR_AMT),
    r("BR", "MS", "Mato Grosso do Sul", BR_AMT),
    r("BR", "MG", "Minas Gerais", BR_BRT),
    r("BR", "PA", "Pará", BR_BRT),
    r("BR", "PB", "Paraíba", BR_BRT),
    r("BR", "PR", "Paraná", BR_BRT),
    r("BR", "PE", "Pernambuco", &[-180, -120]),   // Fernando de Noronha -02
    r("BR", "PI", "Piauí", BR_BRT),
    r("BR", "RJ", "Rio de Janeiro", BR_BRT),
    r("BR", "RN", "Rio Grande do Norte", BR_BRT),
    r("BR", "RS", "Rio Grande do Sul", BR_BRT),
    r("BR", "RO", "Rondônia", BR_AMT),
    r("BR", "RR", "Roraima", BR_AMT),
    r("BR", "SC", "Santa Catarina", BR_BRT),
    r("BR", "SP", "São Paulo", BR_BRT),
    r("BR", "SE", "Sergipe", BR_BRT),
    r("BR", "TO", "Tocantins", BR_BRT),
    // Mexico: states and Mexico City (no DST since 2022 except US-border municipalities).
    r("MX", "AGU", "Aguascalientes", MX_CST),
    r("MX", "BCN", "Baja California", &[-480, -420]),
    r("MX", "BCS", "Baja California Sur", &[-420]),
    r("MX", "CAM", "Campeche", MX_CST),
    r("MX", "CHP", "Chiapas", MX_CST),
    r("MX", "CHH", "Chihuahua", &[-420, -360, -300]), // Ciudad Juárez Mountain with DST; Ojinaga Central with DST
    r("MX", "CMX", "Ciudad de México", MX_CST),
    r("MX", "COA", "Coahuila", MX_BORDER),
    r("MX", "COL", "Colima", MX_CST),
    r("MX", "DUR", "Durango", MX_CST),
    r("MX", "GUA", "Guanajuato", MX_CST),
    r("MX", "GRO", "Guerrero", MX_CST),
    r("MX", "HID", "Hidalgo", MX_CST),
    r("MX", "JAL", "Jalisco", MX_CST),
    r("MX", "MEX", "México", MX_CST),
    r("MX", "MIC", "Michoacán", MX_CST),
    r("MX", "MOR", "Morelos", MX_CST),
    r("MX", "NAY", "Nayarit", &[-420, -360]),     // Bahía de Banderas on Central time
    r("MX", "NLE", "Nuevo León", MX_BORDER),
    r("MX", "OAX", "Oaxaca", MX_CST),
    r("MX", "PUE", "Puebla", MX_CST),
    r("MX", "QUE", "Querétaro", MX_CST),
    r("MX", "ROO", "Quintana Roo", &[-300]),
    r("MX", "SLP", "San Luis Potosí", MX_CST),
    r("MX", "SIN", "Sinaloa", &[-420]),
    r("MX", "SON", "Sonora", &[-420]),
    r("MX", "TAB", "Tabasco", MX_CST),
    r("MX", "TAM", "Tamaulipas", MX_BORDER),
    r("MX", "TLA", "Tlaxcala", MX_CST),
    r("MX", "VER", "Veracruz", MX_CST),
    r("MX", "YUC", "Yucatán", MX_CST),
    r("MX", "ZAC", "Zacatecas", MX_CST),
    // Russia: major federal subjects (no DST since 2014).
    r("RU", "KGD", "Kaliningrad Oblast", &[120]),
    r("RU", "MOW", "Moscow", RU_MSK),
    r("RU", "MOS", "Moscow Oblast", RU_MSK),
    r("RU", "SPE", "Saint Petersburg", RU_MSK),
    r("RU", "LEN", "Leningrad Oblast", RU_MSK),
    r("RU", "NIZ", "Nizhny Novgorod Oblast", RU_MSK),
    r("RU", "TA", "Republic of Tatarstan", RU_MSK),
    r("RU", "ROS", "Rostov Oblast", RU_MSK),
    r("RU", "KDA", "Krasnodar Krai", RU_MSK),
    r("RU", "VGG", "Volgograd Oblast", RU_MSK),
    r("RU", "VOR", "Voronezh Oblast", RU_MSK),
    r("RU", "KIR", "Kirov Oblast", RU_MSK),
    r("RU", "ARK", "Arkhangelsk Oblast", RU_MSK),
    r("RU", "MUR", "Murmansk Oblast", RU_MSK),
    r("RU", "KO", "Komi Republic", RU_MSK),
    r("RU", "CE", "Chechen Republic", RU_MSK),
    r("RU", "DA", "Republic of Dagestan", RU_MSK),
    r("RU", "SAM", "Samara Oblast", RU_4),
    r("RU", "UD", "Udmurt Republic", RU_4),
    r("RU", "SAR", "Saratov Oblast", RU_4),
    r("RU", "ULY", "Ulyanovsk Oblast", RU_4),
    r("RU", "AST", "Astrakhan Oblast", RU_4),
    r("RU", "SVE", "Sverdlovsk Oblast", RU_5),
    r("RU", "CHE", "Chelyabinsk Oblast", RU_5),
    r("RU", "PER", "Perm Krai", RU_5),
    r("RU", "BA", "Republic of Bashkortostan", RU_5),
    r("RU", "TYU", "Tyumen Oblast", RU_5),
    r("RU", "KHM", "Khanty-Mansi Autonomous Okrug", RU_5),
    r("RU", "YAN", "Yamalo-Nenets Autonomous Okrug", RU_5),
    r("RU", "ORE", "Orenburg Oblast", RU_5),
    r("RU", "KGN", "Kurgan Oblast", RU_5),
    r("RU", "OMS", "Omsk Oblast", &[360]),
    r("RU", "NVS", "Novosibirsk Oblast", RU_7),
    r("RU", "TOM", "Tomsk Oblast", RU_7),
    r("RU", "KEM", "Kemerovo Oblast", RU_7),
    r("RU", "ALT", "Altai Krai", RU_7),
    r("RU", "AL", "Altai Republic", RU_7),
    r("RU", "KYA", "Krasnoyarsk Krai", RU_7),
    r("RU", "KK", "Republic of Khakassia", RU_7),
    r("RU", "TY", "Tuva Republic", RU_7),
    r("RU", "IRK", "Irkutsk Oblast", &[480]),
    r("RU", "BU", "Republic of Buryatia", &[480]),
    r("RU", "ZAB", "Zabaykalsky Krai", &[540]),
    r("RU", "AMU", "Amur Oblast", &[540]),
    r("RU", "SA", "Sakha (Yakutia) Republic", &[540, 600, 660]), // Yakutsk +9, Oymyakon district +10, Srednekolymsk +11
    r("RU", "YEV", "Jewish Autonomous Oblast", &[600]),
    r("RU", "KHA", "Khabarovsk Krai", &[600]),
    r("RU", "PRI", "Primorsky Krai", &[600]),
    r("RU", "MAG", "Magadan Oblast", &[660]),
    r("RU", "SAK", "Sakhalin Oblast", &[660]),
    r("RU", "KAM", "Kamchatka Krai", &[720]),
    r("RU", "CHU", "Chukotka Autonomous Okrug", &[720]),
    // Indonesia: provinces by zone (WIB +7, WITA +8, WIT +9).
    r("ID", "AC", "Aceh", ID_WIB),
    r("ID", "SU", "Sumatera Utara", ID_WIB),
    r("ID", "SB", "Sumatera Barat", ID_WIB),
    r("ID", "RI", "Riau", ID_WIB),
    r("ID", "KR", "Kepulauan Riau", ID_WIB),
    r("ID", "JA", "Jambi", ID_WIB),
    r("ID", "SS", "Sumatera Selatan", ID_WIB),
    r("ID", "BB", "Kepulauan Bangka Belitung", ID_WIB),
    r("ID", "BE", "Bengkulu", ID_WIB),
    r("ID", "LA", "Lampung", ID_WIB),
    r("ID", "JK", "Jakarta", ID_WIB),
    r("ID", "JB", "Jawa Barat", ID_WIB),
    r("ID", "BT", "Banten", ID_WIB),
    r("ID", "JT", "Jawa Tengah", ID_WIB),
    r("ID", "YO", "Yogyakarta", ID_WIB),
    r("ID", "JI", "Jawa Timur", ID_WIB),
    r("ID", "KB", "Kalimantan Barat", ID_WIB),
    r("ID", "KT", "Kalimantan Tengah", ID_WIB),
    r("ID", "BA", "Bali", ID_WITA),
    r("ID", "NB", "Nusa Tenggara Barat", ID_WITA),
    r("ID", "NT", "Nusa Tenggara Timur", ID_WITA),
    r("ID", "KS", "Kalimantan Selatan", ID_WITA),
    r("ID", "KI", "Kalimantan Timur", ID_WITA),
    r("ID", "KU", "Kalimantan Utara", ID_WITA),
    r("ID", "SA", "Sulawesi Utara", ID_WITA),
    r("ID", "ST", "Sulawesi Tengah", ID_WITA),
    r("ID", "SN", "Sulawesi Selatan", ID_WITA),
    r("ID", "SG", "Sulawesi Tenggara", ID_WITA),
    r("ID", "GO", "Gorontalo", ID_WITA),
    r("ID", "SR", "Sulawesi Barat", ID_WITA),
    r("ID", "MA", "Maluku", ID_WIT),
    r("ID", "MU", "Maluku Utara", ID_WIT),
    r("ID", "PA", "Papua", ID_WIT),
    r("ID", "PB", "Papua Barat", ID_WIT),
    r("ID", "PD", "Papua Barat Daya", ID_WIT),
    r("ID", "PE", "Papua Pegunungan", ID_WIT),
    r("ID", "PS", "Papua Selatan", ID_WIT),
    r("ID", "PT", "Papua Tengah", ID_WIT),
    // Other countries with an outlying zone.
    r("ES", "CN", "Canary Islands", &[0, 60]),
    r("PT", "20", "Azores", &[-60, 0]),
    r("PT", "30", "Madeira", &[0, 60]),
    r("EC", "W", "Galápagos", &[-360]),
    r("NZ", "CIT", "Chatham Islands", &[765, 825]),
    r("CL", "VS", "Valparaíso", &[-360, -300, -240, -180]), // includes Easter Island
    r("CL", "RM", "Santiago Metropolitan", &[-240, -180]),
    r("CL", "AI", "Aysén", &[-180]),
    r("CL", "MA", "Magallanes", &[-180]),
];

/// Other names for regions: (country, region code, alias).
#[rustfmt::skip]
static REGION_ALIASES: &[(&str, &str, &str)] = &[
    ("US", "DC", "Washington DC"), ("US", "HI", "Hawaiʻi"),
    ("CA", "NL", "Newfoundland"), ("CA", "NL", "Labrador"), ("CA", "PE", "PEI"), ("CA", "YT", "Yukon Territory"),
    ("CA", "NT", "NWT"),
    ("BR", "DF", "Federal District"), ("BR", "DF", "Brasília"),
    ("MX", "CMX", "Mexico City"), ("MX", "CMX", "CDMX"), ("MX", "CMX", "Distrito Federal"), ("MX", "CMX", "DF"),
    ("MX", "MEX", "Estado de México"), ("MX", "MEX", "State of Mexico"), ("MX", "COA", "Coahuila de Zaragoza"),
    ("MX", "MIC", "Michoacán de Ocampo"), ("MX", "VER", "Veracruz de Ignacio de la Llave"),
    ("RU", "MOW", "Moscow City"), ("RU", "MOW", "Москва"), ("RU", "MOW", "Moskva"),
    ("RU", "SPE", "Санкт-Петербург"), ("RU", "SPE", "Petersburg"), ("RU", "SPE", "Sankt-Peterburg"),
    ("RU", "KGD", "Kaliningrad"), ("RU", "NIZ", "Nizhny Novgorod"), ("RU", "TA", "Tatarstan"), ("RU", "TA", "Kazan"),
    ("RU", "ROS", "Rostov"), ("RU", "ROS", "Rostov-on-Don"), ("RU", "KDA", "Krasnodar"), ("RU", "KDA", "Sochi"),
    ("RU", "VGG", "Volgograd"), ("RU", "VOR", "Voronezh"), ("RU", "KIR", "Kirov"), ("RU", "ARK", "Arkhangelsk"),
    ("RU", "MUR", "Murmansk"), ("RU", "KO", "Komi"), ("RU", "CE", "Chechnya"), ("RU", "CE", "Grozny"),
    ("RU", "DA", "Dagestan"), ("RU", "DA", "Makhachkala"), ("RU", "SAM", "Samara"), ("RU", "SAM", "Tolyatti"),
    ("RU", "UD", "Udmurtia"), ("RU", "UD", "Izhevsk"), ("RU", "SAR", "Saratov"), ("RU", "ULY", "Ulyanovsk"),
    ("RU", "AST", "Astrakhan"), ("RU", "SVE", "Sverdlovsk"), ("RU", "SVE", "Yekaterinburg"),
    ("RU", "SVE", "Ekaterinburg"), ("RU", "SVE", "Екатеринбург"), ("RU", "CHE", "Chelyabinsk"), ("RU", "PER", "Perm"),
    ("RU", "BA", "Bashkortostan"), ("RU", "BA", "Bashkiria"), ("RU", "BA", "Ufa"), ("RU", "TYU", "Tyumen"),
    ("RU", "KHM", "Khanty-Mansi"), ("RU", "KHM", "Yugra"), ("RU", "KHM", "Surgut"), ("RU", "YAN", "Yamal"),
    ("RU", "ORE", "Orenburg"), ("RU", "KGN", "Kurgan"), ("RU", "OMS", "Omsk"), ("RU", "NVS", "Novosibirsk"),
    ("RU", "NVS", "Новосибирск"), ("RU", "TOM", "Tomsk"), ("RU", "KEM", "Kemerovo"), ("RU", "KEM", "Kuzbass"),
    ("RU", "KEM", "Novokuznetsk"), ("RU", "ALT", "Barnaul"), ("RU", "KYA", "Krasnoyarsk"), ("RU", "KYA", "Norilsk"),
    ("RU", "KK", "Khakassia"), ("RU", "KK", "Abakan"), ("RU", "TY", "Tuva"), ("RU", "TY", "Kyzyl"),
    ("RU", "IRK", "Irkutsk"), ("RU", "BU", "Buryatia"), ("RU", "BU", "Ulan-Ude"), ("RU", "ZAB", "Chita"),
    ("RU", "ZAB", "Transbaikal"), ("RU", "AMU", "Amur"), ("RU", "AMU", "Blagoveshchensk"), ("RU", "SA", "Yakutia"),
    ("RU", "SA", "Sakha"), ("RU", "SA", "Sakha Republic"), ("RU", "SA", "Yakutsk"), ("RU", "YEV", "Birobidzhan"),
    ("RU", "KHA", "Khabarovsk"), ("RU", "PRI", "Primorye"), ("RU", "PRI", "Primorsky"), ("RU", "PRI", "Vladivostok"),
    ("RU", "PRI", "Владивосток"), ("RU", "MAG", "Magadan"), ("RU", "SAK", "Sakhalin"), ("RU", "SAK", "Kuril Islands"),
    ("RU", "KAM", "Kamchatka"), ("RU", "KAM", "Petropavlovsk-Kamchatsky"), ("RU", "CHU", "Chukotka"),
    ("ID", "JK", "DKI Jakarta"), ("ID", "YO", "Special Region of Yogyakarta"), ("ID", "YO", "Jogja"),
    ("ID", "SU", "North Sumatra"), ("ID", "SB", "West Sumatra"), ("ID", "SS", "South Sumatra"),
    ("ID", "KR", "Riau Islands"), ("ID", "BB", "Bangka Belitung"), ("ID", "JB", "West Java"),
    ("ID", "JT", "Central Java"), ("ID", "JI", "East Java"), ("ID", "KB", "West Kalimantan"),
    ("ID", "KT", "Central Kalimantan"), ("ID", "NB", "West Nusa Tenggara"), ("ID", "NT", "East Nusa Tenggara"),
    ("ID", "KS", "South Kalimantan"), ("ID", "KI", "East Kalimantan"), ("ID", "KU", "North Kalimantan"),
    ("ID", "SA", "North Sulawesi"), ("ID", "ST", "Central Sulawesi"), ("ID", "SN", "South Sulawesi"),
    ("ID", "SG", "Southeast Sulawesi"), ("ID", "SR", "West Sulawesi"), ("ID", "MU", "North Maluku"),
    ("ID", "PB", "West Papua"), ("ID", "PD", "Southwest Papua"), ("ID", "PE", "Highland Papua"),
    ("ID", "PS", "South Papua"), ("ID", "PT", "Central Papua"),
    ("ES", "CN", "Canarias"), ("ES", "CN", "Islas Canarias"), ("ES", "CN", "Canaries"),
    ("PT", "20", "Açores"), ("PT", "20", "Região Autónoma dos Açores"), ("PT", "30", "Região Autónoma da Madeira"),
    ("EC", "W", "Galapagos Islands"), ("EC", "W", "Islas Galápagos"),
    ("NZ", "CIT", "Chatham Islands Territory"), ("NZ", "CIT", "Rēkohu"), ("NZ", "CIT", "Wharekauri"),
    ("CL", "VS", "Easter Island"), ("CL", "VS", "Rapa Nui"), ("CL", "VS", "Isla de Pascua"),
    ("CL", "RM", "Santiago"), ("CL", "RM", "Región Metropolitana"), ("CL", "AI", "Aisén"),
    ("CL", "AI", "Aysén del General Carlos Ibáñez del Campo"), ("CL", "MA", "Magallanes y de la Antártica Chilena"),
    ("CL", "MA", "Punta Arenas"),
];

/// ISO 639-1 to ISO 639-3 (macrolanguage code where one exists).
#[rustfmt::skip]
static ISO639_1: &[(&str, &str)] = &[
    ("aa", "aar"), ("af", "afr"), ("ak", "aka"), ("am", "amh"), ("ar", "ara"), ("as", "asm"), ("ay", "aym"),
    ("az", "aze"), ("be", "bel"), ("bg", "bul"), ("bi", "bis"), ("bm", "bam"), ("bn", "ben"), ("bo", "bod"),
    ("bs", "bos"), ("ca", "cat"), ("ch", "cha"), ("cs", "ces"), ("cy", "cym"), ("da", "dan"), ("de", "deu"),
    ("dv", "div"), ("dz", "dzo"), ("ee", "ewe"), ("el", "ell"), ("en", "eng"), ("es", "spa"), ("et", "est"),
    ("eu", "eus"), ("fa", "fas"), ("ff", "ful"), ("fi", "fin"), ("fj", "fij"), ("fo", "fao"), ("fr", "fra"),
    ("ga", "gle"), ("gd", "gla"), ("gl", "glg"), ("gn", "grn"), ("gu", "guj"), ("gv", "glv"), ("ha", "hau"),
    ("he", "heb"), ("hi", "hin"), ("ho", "hmo"), ("hr", "hrv"), ("ht", "hat"), ("hu", "hun"), ("hy", "hye"),
    ("id", "ind"), ("ig", "ibo"), ("in", "ind"), ("is", "isl"), ("it", "ita"), ("iw", "heb"), ("ja", "jpn"),
    ("jv", "jav"), ("ka", "kat"), ("kg", "kon"), ("kk", "kaz"), ("kl", "kal"), ("km", "khm"), ("kn", "kan"),
    ("ko", "kor"), ("ku", "kur"), ("ky", "kir"), ("la", "lat"), ("lb", "ltz"), ("lg", "lug"), ("ln", "lin"),
    ("lo", "lao"), ("lt", "lit"), ("lv", "lav"), ("mg", "mlg"), ("mh", "mah"), ("mi", "mri"), ("mk", "mkd"),
    ("ml", "mal"), ("mn", "mon"), ("mo", "ron"), ("mr", "mar"), ("ms", "msa"), ("mt", "mlt"), ("my", "mya"),
    ("na", "nau"), ("nb", "nor"), ("nd", "nde"), ("ne", "nep"), ("nl", "nld"), ("nn", "nor"), ("no", "nor"),
    ("nr", "nbl"), ("ny", "nya"), ("om", "orm"), ("or", "ori"), ("pa", "pan"), ("pl", "pol"), ("ps", "pus"),
    ("pt", "por"), ("qu", "que"), ("rm", "roh"), ("rn", "run"), ("ro", "ron"), ("ru", "rus"), ("rw", "kin"),
    ("sd", "snd"), ("sg", "sag"), ("si", "sin"), ("sk", "slk"), ("sl", "slv"), ("sm", "smo"), ("sn", "sna"),
    ("so", "som"), ("sq", "sqi"), ("sr", "srp"), ("ss", "ssw"), ("st", "sot"), ("su", "sun"), ("sv", "swe"),
    ("sw", "swa"), ("ta", "tam"), ("te", "tel"), ("tg", "tgk"), ("th", "tha"), ("ti", "tir"), ("tk", "tuk"),
    ("tl", "tgl"), ("tn", "tsn"), ("to", "ton"), ("tr", "tur"), ("ts", "tso"), ("tw", "aka"), ("ty", "tah"),
    ("ug", "uig"), ("uk", "ukr"), ("ur", "urd"), ("uz", "uzb"), ("ve", "ven"), ("vi", "vie"), ("wo", "wol"),
    ("xh", "xho"), ("yi", "yid"), ("yo", "yor"), ("zh", "zho"), ("zu", "zul"),
];

/// ISO 639-2/B codes and individual-language codes mapped to the ISO 639-3
/// (macro)language code used in [`COUNTRIES`].
#[rustfmt::skip]
static ISO639_3_ALIASES: &[(&str, &str)] = &[
    // ISO 639-2/B bibliographic codes.
    ("alb", "sqi"), ("arm", "hye"), ("baq", "eus"), ("bur", "mya"), ("chi", "zho"), ("cze", "ces"), ("dut", "nld"),
    ("fre", "fra"), ("geo", "kat"), ("ger", "deu"), ("gre", "ell"), ("ice", "isl"), ("mac", "mkd"), ("mao", "mri"),
    ("may", "msa"), ("per", "fas"), ("rum", "ron"), ("slo", "slk"), ("tib", "bod"), ("wel", "cym"), ("mol", "ron"),
    // Members of macrolanguages.
    ("cmn", "zho"), ("yue", "zho"), ("wuu", "zho"), ("nan", "zho"), ("hak", "zho"), ("hsn", "zho"), ("gan", "zho"),
    ("cdo", "zho"), ("cjy", "zho"),
    ("arb", "ara"), ("arz", "ara"), ("ary", "ara"), ("arq", "ara"), ("aeb", "ara"), ("apc", "ara"), ("ajp", "ara"),
    ("acm", "ara"), ("afb", "ara"), ("ayl", "ara"), ("apd", "ara"), ("acq", "ara"), ("ars", "ara"), ("mey", "ara"),
    ("pga", "ara"), ("shu", "ara"),
    ("zsm", "msa"), ("zlm", "msa"), ("pes", "fas"), ("prs", "fas"), ("swh", "swa"), ("swc", "swa"), ("nob", "nor"),
    ("nno", "nor"), ("ekk", "est"), ("lvs", "lav"), ("azj", "aze"), ("azb", "aze"), ("uzn", "uzb"), ("uzs", "uzb"),
    ("khk", "mon"), ("als", "sqi"), ("aln", "sqi"), ("pbu", "pus"), ("pbt", "pus"), ("pst", "pus"), ("ckb", "kur"),
    ("kmr", "kur"), ("sdh", "kur"), ("gaz", "orm"), ("hae", "orm"), ("quz", "que"), ("quy", "que"), ("gug", "grn"),
    ("plt", "mlg"), ("npi", "nep"), ("ory", "ori"), ("ayr", "aym"), ("fuv", "ful"), ("fuc", "ful"), ("fuf", "ful"),
    ("ffm", "ful"), ("pnb", "pan"),
];

/// Folds common Latin (including Vietnamese) and Greek accented letters and
/// Cyrillic `ё` to their base letters. Input is already lower case.
const fn fold(ch: char) -> Option<&'static str> {
    Some(match ch {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'ạ' | 'ả' | 'ấ' | 'ầ' | 'ẩ' | 'ẫ'
        | 'ậ' | 'ắ' | 'ằ' | 'ẳ' | 'ẵ' | 'ặ' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' | 'ẹ' | 'ẻ' | 'ẽ' | 'ế' | 'ề' | 'ể'
        | 'ễ' | 'ệ' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' | 'ỉ' | 'ị' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'ơ' | 'ọ' | 'ỏ' | 'ố' | 'ồ' | 'ổ'
        | 'ỗ' | 'ộ' | 'ớ' | 'ờ' | 'ở' | 'ỡ' | 'ợ' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'ư' | 'ụ' | 'ủ' | 'ứ' | 'ừ'
        | 'ử' | 'ữ' | 'ự' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' | 'ỳ' | 'ỵ' | 'ỷ' | 'ỹ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'ά' => "α",
        'έ' => "ε",
        'ή' => "η",
        'ί' | 'ϊ' | 'ΐ' => "ι",
        'ό' => "ο",
        'ύ' | 'ϋ' | 'ΰ' => "υ",
        'ώ' => "ω",
        'ς' => "σ",
        'ё' => "е",
        _ => return None,
    })
}

/// Normalises a name for matching: lower case, accents folded, dots and
/// apostrophes dropped, other punctuation as spaces, `&` as "and",
/// "st"/"ste" as "saint"/"sainte", a leading or trailing "the" dropped,
/// whitespace collapsed.
fn norm(s: &str) -> String {
    let mut flat = String::with_capacity(s.len());
    for ch in s.chars().flat_map(char::to_lowercase) {
        match ch {
            // Dots, apostrophes and combining diacritics vanish.
            '.' | '\'' | '’' | '‘' | 'ʼ' | 'ʻ' | '`' | '´' | '\u{300}'..='\u{36f}' => {}
            ',' | '-' | '‐' | '‑' | '–' | '—' | '_' | '/' | '(' | ')' | '[' | ']' | ':' | ';'
            | '"' => {
                flat.push(' ');
            }
            '&' => flat.push_str(" and "),
            c if c.is_whitespace() => flat.push(' '),
            c => match fold(c) {
                Some(f) => flat.push_str(f),
                None => flat.push(c),
            },
        }
    }
    let mut words: Vec<&str> = flat
        .split_whitespace()
        .map(|w| match w {
            "st" => "saint",
            "ste" => "sainte",
            other => other,
        })
        .collect();
    if words.len() > 1 && words.first() == Some(&"the") {
        words.remove(0);
    }
    if words.len() > 1 && words.last() == Some(&"the") {
        words.pop();
    }
    words.join(" ")
}

/// Normalised name or alias -> index into [`COUNTRIES`].
fn name_index() -> &'static HashMap<String, usize> {
    static INDEX: OnceLock<HashMap<String, usize>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut map = HashMap::new();
        for (i, country) in COUNTRIES.iter().enumerate() {
            for name in core::iter::once(&country.name).chain(country.aliases) {
                map.entry(norm(name)).or_insert(i);
            }
        }
        map
    })
}

fn is_upper_alpha3(s: &str) -> bool {
    s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase())
}

/// Country by ISO 3166-1 alpha-2 code, any case (`"us"`, `"US"`).
#[must_use]
pub fn by_code(code: &str) -> Option<&'static Country> {
    let code = code.trim();
    if code.len() != 2 {
        return None;
    }
    let upper = code.to_ascii_uppercase();
    COUNTRIES
        .binary_search_by(|c| c.code.cmp(upper.as_str()))
        .ok()
        .and_then(|i| COUNTRIES.get(i))
}

/// Country by ISO 3166-1 alpha-3 code, any case (`"kor"`, `"DEU"`).
#[must_use]
pub fn by_alpha3(code: &str) -> Option<&'static Country> {
    let code = code.trim();
    ALPHA3
        .iter()
        .find(|(_, a3)| a3.eq_ignore_ascii_case(code))
        .and_then(|(a2, _)| by_code(a2))
}

/// Country by alpha-2 code (any case), name or alias.
///
/// Trims, ignores case, accents, dots and a leading "the". Three upper-case
/// letters are also tried as an alpha-3 code. Ambiguous names such as
/// "Korea" or "Congo" give `None` (see [`candidates`]).
#[must_use]
pub fn lookup(s: &str) -> Option<&'static Country> {
    let trimmed = s.trim();
    let alpha3 = Some(trimmed)
        .filter(|t| is_upper_alpha3(t))
        .and_then(by_alpha3);
    if alpha3.is_some() {
        return alpha3;
    }
    let key = norm(trimmed);
    if key.is_empty() {
        return None;
    }
    let alpha2 = Some(key.as_str())
        .filter(|k| k.len() == 2)
        .and_then(by_code);
    if alpha2.is_some() {
        return alpha2;
    }
    name_index().get(&key).and_then(|&i| COUNTRIES.get(i))
}

/// Every country a name may refer to: one country when [`lookup`] resolves
/// it, all of them for ambiguous names ("Korea" gives `[KR, KP]`), none
/// otherwise.
#[must_use]
pub fn candidates(s: &str) -> Vec<&'static Country> {
    if let Some(c) = lookup(s) {
        return vec![c];
    }
    let key = norm(s);
    AMBIGUOUS
        .iter()
        .find(|(name, _)| norm(name) == key)
        .map(|(_, codes)| codes.iter().filter_map(|c| by_code(c)).collect())
        .unwrap_or_default()
}

/// Region of a country (the country given by code, name or alias) by ISO
/// 3166-2 suffix (`"TX"`, also `"US-TX"`), name or alias, case-insensitive.
#[must_use]
pub fn region(country: &str, s: &str) -> Option<&'static Region> {
    let country = lookup(country)?;
    region_of(country.code, s)
}

fn region_of(cc: &'static str, s: &str) -> Option<&'static Region> {
    let t = s.trim();
    let has_prefix =
        t.get(..2).is_some_and(|p| p.eq_ignore_ascii_case(cc)) && t.get(2..3) == Some("-");
    let code = if has_prefix {
        t.get(3..).unwrap_or(t)
    } else {
        t
    };
    let in_country = || REGIONS.iter().filter(move |r| r.country == cc);
    if let Some(found) = in_country().find(|r| r.code.eq_ignore_ascii_case(code)) {
        return Some(found);
    }
    let key = norm(t);
    if key.is_empty() {
        return None;
    }
    if let Some(found) = in_country().find(|r| norm(r.name) == key) {
        return Some(found);
    }
    let alias_code = REGION_ALIASES
        .iter()
        .find(|(c, _, alias)| *c == cc && norm(alias) == key)
        .map(|(_, code, _)| *code)?;
    in_country().find(|r| r.code == alias_code)
}

/// All listed regions of a country (given by code, name or alias).
pub fn regions_of(country: &str) -> impl Iterator<Item = &'static Region> + use<> {
    let code = lookup(country).map(|c| c.code);
    REGIONS.iter().filter(move |r| Some(r.country) == code)
}

/// Countries whose calling code is the longest prefix of `digits_after_plus`.
///
/// Non-digits are ignored. Shared codes give every sharing country, the main
/// one first: `"1415..."` gives US, then CA and the other NANP members.
#[must_use]
pub fn by_calling_code(digits_after_plus: &str) -> Vec<&'static Country> {
    let digits: String = digits_after_plus
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    let best = COUNTRIES
        .iter()
        .flat_map(|c| c.calling_codes.iter())
        .filter(|cc| digits.starts_with(**cc))
        .map(|cc| cc.len())
        .max();
    let Some(best) = best else {
        return Vec::new();
    };
    let matches = |cc: &&str| cc.len() == best && digits.starts_with(*cc);
    let mut found: Vec<&'static Country> = COUNTRIES
        .iter()
        .filter(|c| c.calling_codes.iter().any(matches))
        .collect();
    if let Some((_, main)) = MAIN_FOR_CODE.iter().find(|(cc, _)| matches(cc)) {
        crate::sort::by_key(&mut found, |c| c.code != *main);
    }
    found
}

/// UTC offsets (minutes, DST included) for a country (code, name or alias),
/// narrowed to the region when one is given and known; `None` for an
/// unknown country.
#[must_use]
pub fn offsets_for(country: &str, region: Option<&str>) -> Option<&'static [i16]> {
    let c = lookup(country)?;
    let narrowed = region.and_then(|r| region_of(c.code, r)).map(|r| r.offsets);
    Some(narrowed.unwrap_or(c.offsets))
}

/// Canonical ISO 639-3 code for a language tag.
///
/// Accepts ISO 639-1 (`"ko"`), ISO 639-2/B (`"ger"`), ISO 639-3 (`"kor"`,
/// individual languages folded into their macrolanguage: `"cmn"` -> `"zho"`)
/// and BCP 47 tags (`"zh-Hant-TW"`, `"en_US"`). `None` if it is not such a
/// code.
#[must_use]
pub fn canonical_language(tag: &str) -> Option<String> {
    let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
    if !primary.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let lower = primary.to_ascii_lowercase();
    match lower.len() {
        2 => ISO639_1
            .iter()
            .find(|(two, _)| *two == lower)
            .map(|(_, three)| (*three).to_string()),
        3 => Some(
            ISO639_3_ALIASES
                .iter()
                .find(|(alias, _)| *alias == lower)
                .map_or_else(|| lower.clone(), |(_, three)| (*three).to_string()),
        ),
        _ => None,
    }
}

/// Whether `lang_iso639_3` (any form accepted by [`canonical_language`]) is
/// widely spoken natively in `country`.
#[must_use]
pub fn country_speaks(country: &Country, lang_iso639_3: &str) -> bool {
    canonical_language(lang_iso639_3).is_some_and(|l| country.languages.contains(&l.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeSet, HashMap};

    fn get(code: &str) -> &'static Country {
        by_code(code).unwrap_or_else(|| panic!("missing {code}"))
    }

    fn codes(list: &[&Country]) -> Vec<&'static str> {
        list.iter().map(|c| c.code).collect()
    }

    fn is_valid_offsets(offsets: &[i16]) -> bool {
        !offsets.is_empty()
            && offsets.windows(2).all(|w| w[0] < w[1])
            && offsets
                .iter()
                .all(|o| (-720..=840).contains(o) && o % 15 == 0)
    }

    #[test]
    fn covers_every_iso_country() {
        assert!(COUNTRIES.len() >= 249, "{}", COUNTRIES.len());
        assert_eq!(COUNTRIES.len(), 250); // 249 ISO 3166-1 entries + XK
    }

    #[test]
    fn codes_are_unique_sorted_upper_case() {
        for w in COUNTRIES.windows(2) {
            assert!(w[0].code < w[1].code, "{} !< {}", w[0].code, w[1].code);
        }
        for c in COUNTRIES {
            assert_eq!(c.code.len(), 2, "{}", c.code);
            assert!(c.code.bytes().all(|b| b.is_ascii_uppercase()), "{}", c.code);
            assert!(!c.name.is_empty());
        }
    }

    #[test]
    fn every_field_is_well_formed() {
        for c in COUNTRIES {
            assert!(
                is_valid_offsets(c.offsets),
                "{} offsets {:?}",
                c.code,
                c.offsets
            );
            assert!(!c.calling_codes.is_empty(), "{}", c.code);
            for cc in c.calling_codes {
                assert!((1..=3).contains(&cc.len()), "{} {cc}", c.code);
                assert!(
                    cc.bytes().all(|b| b.is_ascii_digit()) && !cc.starts_with('0'),
                    "{} {cc}",
                    c.code
                );
            }
            assert!(!c.currencies.is_empty(), "{}", c.code);
            for cur in c.currencies {
                assert!(
                    cur.len() == 3 && cur.bytes().all(|b| b.is_ascii_uppercase()),
                    "{} {cur}",
                    c.code
                );
            }
            assert!(!c.languages.is_empty(), "{}", c.code);
            for l in c.languages {
                assert!(
                    l.len() == 3 && l.bytes().all(|b| b.is_ascii_lowercase()),
                    "{} {l}",
                    c.code
                );
            }
            let unique: BTreeSet<_> = c.languages.iter().collect();
            assert_eq!(
                unique.len(),
                c.languages.len(),
                "{} duplicate language",
                c.code
            );
            let (min, max) = c.nsn_len;
            assert!(min >= 4 && min <= max, "{} {:?}", c.code, c.nsn_len);
            for cc in c.calling_codes {
                assert!(
                    cc.len() + usize::from(max) <= 15,
                    "{} exceeds E.164 15 digits",
                    c.code
                );
            }
        }
    }

    #[test]
    fn alpha3_table_is_complete_and_unique() {
        assert_eq!(ALPHA3.len(), COUNTRIES.len());
        let mut seen = BTreeSet::new();
        for (a2, a3) in ALPHA3 {
            assert!(by_code(a2).is_some(), "{a2}");
            assert!(is_upper_alpha3(a3), "{a3}");
            assert!(seen.insert(*a3), "duplicate {a3}");
        }
        for c in COUNTRIES {
            assert!(c.alpha3().is_some(), "{}", c.code);
        }
        assert_eq!(get("KR").alpha3(), Some("KOR"));
        assert_eq!(get("KP").alpha3(), Some("PRK"));
    }

    #[test]
    fn names_and_aliases_never_collide_across_countries() {
        let mut owner: HashMap<String, &str> = HashMap::new();
        let ambiguous: BTreeSet<String> = AMBIGUOUS.iter().map(|(n, _)| norm(n)).collect();
        for c in COUNTRIES {
            for name in core::iter::once(&c.name).chain(c.aliases) {
                let key = norm(name);
                assert!(!key.is_empty(), "{} {name}", c.code);
                assert!(
                    !ambiguous.contains(&key),
                    "{} alias {name} is ambiguous",
                    c.code
                );
                if let Some(prev) = owner.insert(key.clone(), c.code) {
                    assert_eq!(prev, c.code, "{key:?} used by {prev} and {}", c.code);
                }
                // A two-letter key would be read as an alpha-2 code first.
                if key.len() == 2 {
                    assert_eq!(by_code(&key).map_or(c.code, |o| o.code), c.code, "{name}");
                }
                // An upper-case three-letter alias that is an alpha-3 code must be the same country.
                if is_upper_alpha3(name) {
                    assert_eq!(by_alpha3(name).map_or(c.code, |o| o.code), c.code, "{name}");
                }
            }
        }
    }

    #[test]
    fn spot_offsets() {
        assert_eq!(get("IN").offsets, &[330]);
        assert_eq!(get("NP").offsets, &[345]);
        assert_eq!(get("KP").offsets, &[540]);
        assert_eq!(get("KR").offsets, &[540]);
        assert_eq!(get("JP").offsets, &[540]);
        assert_eq!(get("CN").offsets, &[480]);
        assert_eq!(get("DE").offsets, &[60, 120]);
        assert_eq!(get("IR").offsets, &[210]);
        assert_eq!(get("AF").offsets, &[270]);
        assert_eq!(get("MM").offsets, &[390]);
        assert_eq!(get("KZ").offsets, &[300]);
        let ru = get("RU").offsets;
        assert_eq!((ru.first(), ru.last()), (Some(&120), Some(&720)));
        assert_eq!(ru.len(), 11);
        let us = get("US");
        assert!(us.uses_offset(-300) && us.uses_offset(-600) && !us.uses_offset(600));
        let au = get("AU");
        assert!(au.uses_offset(570) && au.uses_offset(630) && au.uses_offset(525));
        assert!(get("NZ").uses_offset(765));
        assert!(get("KI").uses_offset(840));
        assert!(get("CA").uses_offset(-210) && get("CA").uses_offset(-150));
    }

    #[test]
    fn spot_codes_currencies_languages() {
        assert_eq!(get("US").calling_codes, &["1"]);
        assert_eq!(get("RU").calling_codes, &["7"]);
        assert_eq!(get("GB").calling_codes, &["44"]);
        assert_eq!(get("KP").calling_codes, &["850"]);
        assert_eq!(get("US").nsn_len, (10, 10));
        assert_eq!(get("DE").nsn_len, (6, 13));
        assert_eq!(get("GB").nsn_len, (9, 10));
        assert_eq!(get("KR").nsn_len, (8, 10));
        assert_eq!(get("JP").nsn_len, (9, 10));
        assert_eq!(get("PA").currencies, &["PAB", "USD"]);
        assert!(get("EC").uses_currency("usd"));
        assert!(get("DE").uses_currency("EUR") && !get("DE").uses_currency("USD"));
        assert_eq!(get("KR").languages, &["kor"]);
        assert_eq!(get("CH").languages, &["deu", "fra", "ita", "roh"]);
    }

    #[test]
    fn lookup_by_code_name_alias() {
        let code = |s: &str| lookup(s).map(|c| c.code);
        assert_eq!(code("us"), Some("US"));
        assert_eq!(code(" US "), Some("US"));
        assert_eq!(code("usa"), Some("US"));
        assert_eq!(code("U.S."), Some("US"));
        assert_eq!(code("U.S.A."), Some("US"));
        assert_eq!(code("UNITED STATES OF AMERICA"), Some("US"));
        assert_eq!(code("The United States"), Some("US"));
        assert_eq!(code("America"), Some("US"));
        assert_eq!(code("미국"), Some("US"));
        assert_eq!(code("UK"), Some("GB"));
        assert_eq!(code("u.k."), Some("GB"));
        assert_eq!(code("Great Britain"), Some("GB"));
        assert_eq!(code("England"), Some("GB"));
        assert_eq!(code("Scotland"), Some("GB"));
        assert_eq!(code("South Korea"), Some("KR"));
        assert_eq!(code("korea, republic of"), Some("KR"));
        assert_eq!(code("Republic of Korea"), Some("KR"));
        assert_eq!(code("한국"), Some("KR"));
        assert_eq!(code("대한민국"), Some("KR"));
        assert_eq!(code("North Korea"), Some("KP"));
        assert_eq!(code("DPRK"), Some("KP"));
        assert_eq!(code("Democratic People’s Republic of Korea"), Some("KP"));
        assert_eq!(code("Deutschland"), Some("DE"));
        assert_eq!(code("日本"), Some("JP"));
        assert_eq!(code("Nippon"), Some("JP"));
        assert_eq!(code("中国"), Some("CN"));
        assert_eq!(code("Россия"), Some("RU"));
        assert_eq!(code("РОССИЯ"), Some("RU"));
        assert_eq!(code("the Netherlands"), Some("NL"));
        assert_eq!(code("Gambia, The"), Some("GM"));
        assert_eq!(code("Cote d'Ivoire"), Some("CI"));
        assert_eq!(code("côte d’ivoire"), Some("CI"));
        assert_eq!(code("St. Lucia"), Some("LC"));
        assert_eq!(code("St Kitts & Nevis"), Some("KN"));
        assert_eq!(code("Bosnia & Herzegovina"), Some("BA"));
        assert_eq!(code("Turkey"), Some("TR"));
        assert_eq!(code("Turkiye"), Some("TR"));
        assert_eq!(code("Viet Nam"), Some("VN"));
        assert_eq!(code("Việt Nam"), Some("VN"));
        assert_eq!(code("Curacao"), Some("CW"));
        assert_eq!(code("Sao Tome and Principe"), Some("ST"));
        assert_eq!(code("Guinea Bissau"), Some("GW"));
        assert_eq!(code("Taiwan"), Some("TW"));
        assert_eq!(code("Republic of China"), Some("TW"));
        assert_eq!(code("People's Republic of China"), Some("CN"));
        assert_eq!(code("Georgia"), Some("GE"));
        assert_eq!(code("KOR"), Some("KR"));
        assert_eq!(code("PRK"), Some("KP"));
        assert_eq!(code("DEU"), Some("DE"));
        assert_eq!(code("and"), None); // lower-case words are not alpha-3 codes
        assert_eq!(code(""), None);
        assert_eq!(code("   "), None);
        assert_eq!(code("Atlantis"), None);
        assert_eq!(code("XX"), None);
    }

    #[test]
    fn korea_alone_is_never_north_korea() {
        for s in ["Korea", "korea", "KOREA", "the Korea", "Corea", "Corée"] {
            assert_eq!(lookup(s), None, "{s}");
            assert_eq!(codes(&candidates(s)), ["KR", "KP"], "{s}");
        }
        assert_eq!(codes(&candidates("Congo")), ["CD", "CG"]);
        assert_eq!(codes(&candidates("Virgin Islands")), ["VG", "VI"]);
        assert_eq!(codes(&candidates("South Korea")), ["KR"]);
        assert!(candidates("Atlantis").is_empty());
    }

    #[test]
    fn calling_codes_longest_prefix() {
        assert_eq!(codes(&by_calling_code("82101234567")), ["KR"]);
        assert_eq!(codes(&by_calling_code("+82 10-1234-5678")), ["KR"]);
        assert_eq!(codes(&by_calling_code("850212345678")), ["KP"]);
        let nanp = codes(&by_calling_code("12125551234"));
        assert_eq!(nanp.first(), Some(&"US"));
        assert!(nanp.contains(&"CA") && nanp.contains(&"JM") && nanp.contains(&"PR"));
        assert_eq!(nanp.len(), 26);
        assert_eq!(
            codes(&by_calling_code("447911123456")),
            ["GB", "GG", "IM", "JE"]
        );
        assert_eq!(codes(&by_calling_code("77012345678")), ["RU", "KZ"]);
        assert_eq!(codes(&by_calling_code("3584012345")), ["FI", "AX"]);
        assert_eq!(codes(&by_calling_code("390612345678")), ["IT", "VA"]);
        assert_eq!(codes(&by_calling_code("3790612345")), ["VA"]);
        assert_eq!(codes(&by_calling_code("8613812345678")), ["CN"]);
        assert_eq!(codes(&by_calling_code("85291234567")), ["HK"]);
        assert_eq!(codes(&by_calling_code("2470123")), ["SH"]);
        assert!(by_calling_code("").is_empty());
        assert!(by_calling_code("999123").is_empty());
        assert!(by_calling_code("0123").is_empty());
    }

    #[test]
    fn shared_calling_codes_have_a_main_country() {
        let mut users: HashMap<&str, Vec<&str>> = HashMap::new();
        for c in COUNTRIES {
            for cc in c.calling_codes {
                users.entry(cc).or_default().push(c.code);
            }
        }
        for (cc, list) in &users {
            if list.len() > 1 {
                let main = MAIN_FOR_CODE.iter().find(|(m, _)| m == cc);
                assert!(
                    main.is_some_and(|(_, m)| list.contains(m)),
                    "shared {cc}: {list:?}"
                );
            }
        }
        for (cc, main) in MAIN_FOR_CODE {
            assert!(get(main).calling_codes.contains(cc), "{cc} {main}");
        }
    }

    #[test]
    fn regions_are_well_formed() {
        let us_outlying = ["AS", "GU", "MP", "PR", "UM", "VI"];
        let mut seen = BTreeSet::new();
        for r in REGIONS {
            let country = get(r.country);
            assert!(
                seen.insert((r.country, r.code)),
                "duplicate {}-{}",
                r.country,
                r.code
            );
            assert!(
                is_valid_offsets(r.offsets),
                "{}-{} {:?}",
                r.country,
                r.code,
                r.offsets
            );
            if r.country == "US" && us_outlying.contains(&r.code) {
                assert_eq!(r.offsets, get(r.code).offsets, "US-{}", r.code);
            } else {
                for o in r.offsets {
                    assert!(
                        country.uses_offset(*o),
                        "{}-{} offset {o} not in country",
                        r.country,
                        r.code
                    );
                }
            }
        }
        let mut names = BTreeSet::new();
        for r in REGIONS {
            assert!(
                names.insert((r.country, norm(r.name))),
                "duplicate name {}",
                r.name
            );
        }
        for (cc, code, alias) in REGION_ALIASES {
            let target = region(cc, code).map(|r| r.code);
            assert_eq!(target, Some(*code), "alias target {cc}-{code}");
            assert_eq!(
                region(cc, alias).map(|r| r.code),
                Some(*code),
                "alias {alias}"
            );
        }
    }

    #[test]
    fn regions_cover_their_countries() {
        let us_outlying = ["AS", "GU", "MP", "PR", "UM", "VI"];
        for (cc, count) in [
            ("US", 51),
            ("CA", 13),
            ("AU", 8),
            ("BR", 27),
            ("MX", 32),
            ("ID", 38),
        ] {
            let n = regions_of(cc)
                .filter(|r| !(cc == "US" && us_outlying.contains(&r.code)))
                .count();
            assert_eq!(n, count, "{cc}");
        }
        for cc in ["US", "CA", "AU", "BR", "MX", "RU", "ID"] {
            let union: BTreeSet<i16> = regions_of(cc)
                .filter(|r| !(cc == "US" && us_outlying.contains(&r.code)))
                .flat_map(|r| r.offsets.iter().copied())
                .collect();
            let all: BTreeSet<i16> = get(cc).offsets.iter().copied().collect();
            assert_eq!(union, all, "{cc}");
        }
    }

    #[test]
    fn region_lookup() {
        let offs = |c: &str, r: &str| region(c, r).map(|r| r.offsets);
        let tx = offs("US", "Texas").unwrap_or_default();
        assert!(tx.contains(&-360) && tx.contains(&-300) && tx.contains(&-420));
        assert_eq!(offs("US", "HI"), Some(&[-600][..]));
        assert_eq!(offs("us", "hawaii"), Some(&[-600][..]));
        assert_eq!(offs("USA", "US-HI"), Some(&[-600][..]));
        assert_eq!(region("US", "Georgia").map(|r| r.code), Some("GA"));
        assert_eq!(region("US", "Washington, D.C.").map(|r| r.code), Some("DC"));
        assert_eq!(offs("RU", "Primorsky Krai"), Some(&[600][..]));
        assert_eq!(offs("Russia", "Vladivostok"), Some(&[600][..]));
        assert_eq!(offs("RU", "Yakutia"), Some(&[540, 600, 660][..]));
        assert_eq!(offs("RU", "Kaliningrad"), Some(&[120][..]));
        assert_eq!(offs("RU", "St. Petersburg"), Some(&[180][..]));
        assert_eq!(offs("RU", "Yekaterinburg"), Some(&[300][..]));
        assert_eq!(offs("RU", "Novosibirsk"), Some(&[420][..]));
        assert_eq!(offs("RU", "Kamchatka"), Some(&[720][..]));
        assert_eq!(offs("CA", "Québec"), Some(&[-300, -240, -180][..]));
        assert_eq!(offs("CA", "quebec"), Some(&[-300, -240, -180][..]));
        assert_eq!(offs("CA", "NL"), Some(&[-240, -210, -180, -150][..]));
        assert_eq!(offs("AU", "nsw"), Some(&[570, 600, 630, 660][..]));
        assert_eq!(offs("AU", "Queensland"), Some(&[600][..]));
        assert_eq!(offs("BR", "Sao Paulo"), Some(&[-180][..]));
        assert_eq!(offs("BR", "Acre"), Some(&[-300][..]));
        assert_eq!(offs("MX", "Mexico City"), Some(&[-360][..]));
        assert_eq!(offs("MX", "Quintana Roo"), Some(&[-300][..]));
        assert_eq!(offs("ID", "Bali"), Some(&[480][..]));
        assert_eq!(offs("ID", "Jakarta"), Some(&[420][..]));
        assert_eq!(offs("ID", "Papua"), Some(&[540][..]));
        assert_eq!(offs("ID", "West Java"), Some(&[420][..]));
        assert_eq!(
            offs("CL", "Easter Island"),
            Some(&[-360, -300, -240, -180][..])
        );
        assert_eq!(region("US", "Ontario"), None);
        assert_eq!(region("Atlantis", "TX"), None);
    }

    #[test]
    fn offsets_for_country_or_region() {
        let tx = offsets_for("US", Some("TX")).unwrap_or_default();
        assert!(tx.contains(&-360) && !tx.contains(&-480));
        assert_eq!(offsets_for("US", None), Some(get("US").offsets));
        assert_eq!(offsets_for("US", Some("Atlantis")), Some(get("US").offsets));
        assert_eq!(
            offsets_for("Germany", Some("Bavaria")),
            Some(&[60, 120][..])
        );
        assert_eq!(offsets_for("Japan", None), Some(&[540][..]));
        assert_eq!(offsets_for("Atlantis", None), None);
        assert_eq!(offsets_for("Korea", None), None);
    }

    #[test]
    fn languages() {
        assert!(country_speaks(get("US"), "eng"));
        assert!(country_speaks(get("US"), "spa"));
        assert!(country_speaks(get("US"), "en-US"));
        assert!(!country_speaks(get("US"), "kor"));
        assert!(country_speaks(get("KR"), "kor"));
        assert!(country_speaks(get("KR"), "ko"));
        assert!(country_speaks(get("KR"), "KO-kr"));
        assert!(country_speaks(get("KP"), "kor"));
        assert!(!country_speaks(get("JP"), "kor"));
        assert!(country_speaks(get("JP"), "ja"));
        assert!(country_speaks(get("CH"), "fr"));
        assert!(country_speaks(get("CH"), "ger"));
        assert!(country_speaks(get("CN"), "cmn"));
        assert!(country_speaks(get("TW"), "zh-Hant-TW"));
        assert!(country_speaks(get("HK"), "yue"));
        assert!(country_speaks(get("EG"), "arz"));
        assert!(country_speaks(get("NO"), "nb"));
        assert!(country_speaks(get("IN"), "hin"));
        assert!(!country_speaks(get("IN"), ""));
        assert!(!country_speaks(get("IN"), "not a language"));
        assert_eq!(canonical_language("en_GB").as_deref(), Some("eng"));
        assert_eq!(canonical_language("iw").as_deref(), Some("heb"));
        assert_eq!(canonical_language("xx"), None);
        assert_eq!(canonical_language("tok").as_deref(), Some("tok"));
        // Every language code in the table is reachable from itself.
        for c in COUNTRIES {
            for l in c.languages {
                assert!(country_speaks(c, l), "{} {l}", c.code);
            }
        }
        let korean: Vec<_> = COUNTRIES
            .iter()
            .filter(|c| country_speaks(c, "kor"))
            .map(|c| c.code)
            .collect();
        assert_eq!(korean, ["KP", "KR"]);
    }
}
