//! What the platform logs about a profile (contract v1.1): sessions,
//! payouts, reviews and bids, read by the HL5xx rules and by the corpus.
//!
//! Evidence for a session names the session (`sessions[3]`) and quotes its
//! time and network kind, never its IP country: the hints state how many
//! sessions came from outside the *claimed* country, never which country
//! they came from.

use crate::analysis::Analysis;
use crate::geo::countries::{self, Country};
use crate::model::{Network, Session};
use crate::report::Evidence;
use crate::text::utf16_len;

/// An IP address: IPv4 octets or IPv6 groups. (Parsed here rather than with
/// `std::net`, whose parser and IPv6 formatting cost the WebAssembly module
/// more than this does.)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ip {
    V4([u8; 4]),
    V6([u16; 8]),
}

fn parse_v4(s: &str) -> Option<[u8; 4]> {
    let mut o = [0u8; 4];
    let mut parts = s.split('.');
    for slot in &mut o {
        let p = parts.next()?;
        if p.is_empty() || p.len() > 3 || !p.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        *slot = p.parse().ok()?;
    }
    parts.next().is_none().then_some(o)
}

fn parse_v6_groups(s: &str, out: &mut Vec<u16>) -> Option<()> {
    if s.is_empty() {
        return Some(());
    }
    let parts: Vec<&str> = s.split(':').collect();
    for (k, p) in parts.iter().enumerate() {
        if k + 1 == parts.len() && p.contains('.') {
            let [a, b, c, d] = parse_v4(p)?;
            out.push(u16::from_be_bytes([a, b]));
            out.push(u16::from_be_bytes([c, d]));
        } else {
            if p.is_empty() || p.len() > 4 {
                return None;
            }
            out.push(u16::from_str_radix(p, 16).ok()?);
        }
    }
    Some(())
}

/// Parse an IP address as written by platforms (IPv4, IPv6, an IPv6 in brackets).
pub fn parse_ip(s: &str) -> Option<Ip> {
    let t = s.trim().trim_start_matches('[').trim_end_matches(']');
    if !t.contains(':') {
        return parse_v4(t).map(Ip::V4);
    }
    let (mut head, mut tail) = (Vec::new(), Vec::new());
    match t.split_once("::") {
        Some((l, r)) => {
            if r.contains("::") {
                return None;
            }
            parse_v6_groups(l, &mut head)?;
            parse_v6_groups(r, &mut tail)?;
            if head.len() + tail.len() > 7 {
                return None;
            }
        }
        None => {
            parse_v6_groups(t, &mut head)?;
            if head.len() != 8 {
                return None;
            }
        }
    }
    let mut g = [0u16; 8];
    for (slot, v) in g.iter_mut().zip(head.iter()) {
        *slot = *v;
    }
    for (slot, v) in g.iter_mut().rev().zip(tail.iter().rev()) {
        *slot = *v;
    }
    Some(Ip::V6(g))
}

impl Ip {
    /// A canonical form: dotted IPv4, or eight lower-case hex groups.
    pub fn canonical(self) -> String {
        match self {
            Ip::V4([a, b, c, d]) => format!("{a}.{b}.{c}.{d}"),
            Ip::V6(g) => {
                let parts: Vec<String> = g.iter().map(|x| format!("{x:x}")).collect();
                parts.join(":")
            }
        }
    }
}

/// The network prefix an address belongs to: `/24` for IPv4, `/64` for IPv6.
pub fn ip_prefix(ip: Ip) -> String {
    match ip {
        Ip::V4([a, b, c, _]) => format!("{a}.{b}.{c}.0/24"),
        Ip::V6([a, b, c, d, ..]) => format!("{a:x}:{b:x}:{c:x}:{d:x}::/64"),
    }
}

/// One session with what the rules need resolved.
#[derive(Debug, Clone, Copy)]
pub struct Sess<'a> {
    /// Index in `sessions`.
    pub i: usize,
    pub s: &'a Session,
    /// The session's IP country, when it names one country.
    pub country: Option<&'static Country>,
    pub network: Network,
}

impl Sess<'_> {
    /// Every UTC offset of the year where the network is: the session's
    /// `ip_region` when it resolves in its country, else the whole country.
    pub fn place_offsets(&self) -> Vec<i16> {
        let Some(c) = self.country else {
            return Vec::new();
        };
        self.s
            .ip_region
            .as_deref()
            .and_then(|r| countries::region(c.code, r))
            .map_or(c.offsets, |r| r.offsets)
            .to_vec()
    }

    /// Unix seconds of the session start.
    pub fn unix(&self) -> Option<i64> {
        self.s.at.map(|t| t.unix)
    }
}

/// The sessions of the analysed profile.
pub fn sessions<'a>(a: &Analysis<'a>) -> Vec<Sess<'a>> {
    let Some(p) = a.profile else {
        return Vec::new();
    };
    p.sessions
        .iter()
        .enumerate()
        .map(|(i, s)| Sess {
            i,
            s,
            country: s.ip_country.as_deref().and_then(countries::lookup),
            network: s.network.unwrap_or_default(),
        })
        .collect()
}

/// Evidence naming one session: `sessions[i]`, quoting its time and network.
pub fn session_evidence(a: &Analysis, s: &Session, i: usize) -> Evidence {
    let mut text =
        s.at.map_or_else(|| format!("session {}", i + 1), |t| t.to_rfc3339());
    if let Some(n) = s.network {
        text.push_str(" · ");
        text.push_str(n.as_str());
    }
    Evidence {
        field: format!("{}sessions[{i}]", a.profile_prefix),
        start: 0,
        end: utf16_len(&text),
        text,
    }
}

/// The most evidence items a hint lists one by one; the rest are named in
/// one more item listing their indices, so every session a hint rests on
/// is named.
pub const MAX_LISTED: usize = 50;

/// Evidence for a set of sessions (by index): one item each up to
/// [`MAX_LISTED`], then one item naming the remaining indices.
pub fn sessions_evidence(a: &Analysis, idx: &[usize]) -> Vec<Evidence> {
    let Some(p) = a.profile else {
        return Vec::new();
    };
    let mut out: Vec<Evidence> = idx
        .iter()
        .take(MAX_LISTED)
        .filter_map(|&i| p.sessions.get(i).map(|s| session_evidence(a, s, i)))
        .collect();
    if idx.len() > MAX_LISTED {
        let rest: Vec<String> = idx
            .iter()
            .skip(MAX_LISTED)
            .map(ToString::to_string)
            .collect();
        let text = format!("and sessions {}", rest.join(", "));
        out.push(Evidence {
            field: format!("{}sessions", a.profile_prefix),
            start: 0,
            end: utf16_len(&text),
            text,
        });
    }
    out
}

/// Evidence naming a whole value at a path.
pub fn value_evidence(path: String, text: String) -> Evidence {
    Evidence {
        field: path,
        start: 0,
        end: utf16_len(&text),
        text,
    }
}

/// What kind of platform identifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlatformIdent {
    Device,
    Ip,
    IpNetwork,
    PayoutAccount,
}

/// A platform identifier of the profile, before hashing: kind, canonical
/// form, what to show and the path it came from (the first occurrence).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub kind: PlatformIdent,
    pub canonical: String,
    pub display: String,
    pub path: String,
}

/// Devices, IP addresses and their /24 or /64 networks, payout accounts.
///
/// Addresses seen through a VPN, proxy, Tor or hosting provider are not
/// identifiers (thousands of strangers share an exit); mobile addresses are
/// kept exact only (carrier NAT shares whole prefixes). Digests the
/// platform sends (`ip_hash`, `account_hash`) match only themselves.
pub fn identifiers(a: &Analysis) -> Vec<Found> {
    let Some(p) = a.profile else {
        return Vec::new();
    };
    let pre = a.profile_prefix;
    let mut out: Vec<Found> = Vec::new();
    let mut push = |kind, canonical: String, display: String, path: String| {
        if canonical.is_empty()
            || out
                .iter()
                .any(|o| o.kind == kind && o.canonical == canonical)
        {
            return;
        }
        out.push(Found {
            kind,
            canonical,
            display,
            path,
        });
    };
    for (i, s) in p.sessions.iter().enumerate() {
        if let Some(d) = &s.device {
            let d = d.trim();
            if d.len() >= 4 {
                push(
                    PlatformIdent::Device,
                    d.to_owned(),
                    d.to_owned(),
                    format!("{pre}sessions[{i}].device"),
                );
            }
        }
        let net = s.network.unwrap_or_default();
        if net.is_anonymising() {
            continue;
        }
        if let Some((ip, raw)) =
            s.ip.as_deref()
                .and_then(|raw| Some((parse_ip(raw)?, raw.trim())))
        {
            let path = format!("{pre}sessions[{i}].ip");
            push(
                PlatformIdent::Ip,
                ip.canonical(),
                raw.to_owned(),
                path.clone(),
            );
            if net != Network::Mobile {
                let prefix = ip_prefix(ip);
                push(PlatformIdent::IpNetwork, prefix.clone(), prefix, path);
            }
        } else if let Some(h) = &s.ip_hash {
            let h = h.trim();
            push(
                PlatformIdent::Ip,
                format!("#{h}"),
                h.to_owned(),
                format!("{pre}sessions[{i}].ip_hash"),
            );
        }
    }
    for (i, py) in p.payouts.iter().enumerate() {
        if let Some(acc) = py
            .account
            .as_deref()
            .and_then(crate::corpus::ident::canonical_account)
        {
            push(
                PlatformIdent::PayoutAccount,
                acc,
                py.account.clone().unwrap_or_default(),
                format!("{pre}payouts[{i}].account"),
            );
        } else if let Some(h) = &py.account_hash {
            let h = h.trim();
            push(
                PlatformIdent::PayoutAccount,
                format!("#{h}"),
                h.to_owned(),
                format!("{pre}payouts[{i}].account_hash"),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes() {
        assert_eq!(
            ip_prefix(parse_ip("203.0.113.77").unwrap()),
            "203.0.113.0/24"
        );
        assert_eq!(
            ip_prefix(parse_ip("[2001:db8:abcd:12:1:2:3:4]").unwrap()),
            "2001:db8:abcd:12::/64"
        );
        assert!(parse_ip("300.1.1.1").is_none());
        assert!(parse_ip("example.com").is_none());
        assert!(parse_ip("1.2.3").is_none() && parse_ip("1.2.3.4.5").is_none());
        assert!(parse_ip("1::2::3").is_none() && parse_ip("1:2:3:4:5:6:7").is_none());
        assert!(parse_ip("12345::1").is_none() && parse_ip("::1:2:3:4:5:6:7:8").is_none());
        // one address, however it is written
        assert_eq!(
            parse_ip("2001:DB8:0:0:0:0:0:1").unwrap().canonical(),
            parse_ip("2001:db8::1").unwrap().canonical()
        );
        assert_eq!(
            parse_ip("::ffff:192.0.2.1").unwrap(),
            Ip::V6([0, 0, 0, 0, 0, 0xffff, 0xc000, 0x0201])
        );
        assert_eq!(parse_ip("::").unwrap(), Ip::V6([0; 8]));
        assert_eq!(parse_ip(" 192.0.2.01 ").unwrap().canonical(), "192.0.2.1");
    }

    #[test]
    fn identifiers_skip_anonymising_networks() {
        let doc = crate::Document::from_value(serde_json::json!({"kind":"profile",
            "sessions":[
                {"ip":"203.0.113.7","network":"residential","device":"dev-1"},
                {"ip":"198.51.100.9","network":"vpn","device":"dev-1"},
                {"ip":"192.0.2.5","network":"mobile"},
                {"ip_hash":"abc123","network":"business"}],
            "payouts":[{"account":"DE89 3704 0044 0532 0130 00"},{"account_hash":"ffee"}]}))
        .unwrap();
        let o = crate::Options::default();
        let a = Analysis::new(&doc, &o);
        let ids = identifiers(&a);
        let got: Vec<(PlatformIdent, &str)> =
            ids.iter().map(|f| (f.kind, f.canonical.as_str())).collect();
        assert_eq!(
            got,
            vec![
                (PlatformIdent::Device, "dev-1"),
                (PlatformIdent::Ip, "203.0.113.7"),
                (PlatformIdent::IpNetwork, "203.0.113.0/24"),
                (PlatformIdent::Ip, "192.0.2.5"),
                (PlatformIdent::Ip, "#abc123"),
                (PlatformIdent::PayoutAccount, "DE89370400440532013000"),
                (PlatformIdent::PayoutAccount, "#ffee"),
            ]
        );
        assert_eq!(ids[0].path, "sessions[0].device");
    }
}
