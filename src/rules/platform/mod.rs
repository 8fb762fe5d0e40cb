//! Platform rules (HL5xx): what the platform itself logs about a profile —
//! sessions, networks, devices, payouts, reviews and bids (contract v1.1).
//!
//! Every hint states counts from the platform's own data and names the
//! sessions (or reviews) it rests on; none names the country a session
//! came from, only whether it was the *claimed* one. The family's cap
//! ([`Family::Platform`](crate::report::Family)) keeps platform logs alone
//! at `medium` at most.

use super::Rule;
use super::consistency::claims::{self, ClaimedCountry, offset_distance};
use crate::analysis::Analysis;
use crate::geo::tz::{self, Zone};
use crate::report::Evidence;

pub mod anonymising_network;
pub mod bid_volume;
pub mod impossible_travel;
pub mod linked_reviewer;
pub mod long_sessions;
pub mod outside_country;
pub mod remote_desktop;
pub mod review_burst;
pub mod session_clock;

/// The rules of this family (the registry line for each rule file).
pub static RULES: &[&Rule] = &[
    &outside_country::RULE,
    &session_clock::RULE,
    &impossible_travel::RULE,
    &anonymising_network::RULE,
    &remote_desktop::RULE,
    &long_sessions::RULE,
    &review_burst::RULE,
    &linked_reviewer::RULE,
    &bid_volume::RULE,
];

/// Where the subject says they are: the claimed country (and region) and
/// the stated UTC offset, with their evidence.
pub struct Claim<'a> {
    pub country: Option<ClaimedCountry<'a>>,
    pub stated: Option<(i32, Evidence)>,
}

impl Claim<'_> {
    pub fn of<'a>(a: &'a Analysis) -> Option<Claim<'a>> {
        let country = claims::claimed_country(a);
        let stated = claims::stated_offset(a);
        (country.is_some() || stated.is_some()).then_some(Claim { country, stated })
    }

    /// Offsets the claimed location uses at `unix` (empty without a location).
    pub fn location_offsets_at(&self, unix: i64) -> Vec<i16> {
        let Some(c) = &self.country else {
            return Vec::new();
        };
        let region = c.region.as_ref().map(|(_, r)| r.offsets);
        let mut v: Vec<i16> = Vec::new();
        for (k, co) in c.countries.iter().enumerate() {
            for o in tz::country_offsets_at(co, if k == 0 { region } else { None }, unix) {
                if !v.contains(&o) {
                    v.push(o);
                }
            }
        }
        v
    }

    /// Whether a browser clock in `zone` at `unix` fits the claim: an offset
    /// the claimed location uses at that moment, or the stated offset as
    /// one of the zone's offsets of the year (the stated offset was read at
    /// an unknown date, so either side of daylight saving fits).
    pub fn fits(&self, zone: &Zone, unix: i64) -> bool {
        let now = zone.offsets_at(unix);
        if let Some((s, _)) = &self.stated {
            if zone.offsets().iter().any(|o| i32::from(*o) == *s) {
                return true;
            }
        }
        let loc = self.location_offsets_at(unix);
        now.iter().any(|o| loc.contains(o))
    }

    /// Minutes between the zone's clock at `unix` and the nearest claimed offset.
    pub fn distance(&self, zone: &Zone, unix: i64) -> i32 {
        let mut claimed: Vec<i32> = self
            .location_offsets_at(unix)
            .iter()
            .map(|o| i32::from(*o))
            .collect();
        if let Some((s, _)) = &self.stated {
            claimed.push(*s);
        }
        zone.offsets_at(unix)
            .iter()
            .flat_map(|o| {
                claimed
                    .iter()
                    .map(move |c| offset_distance(i32::from(*o), *c))
            })
            .min()
            .unwrap_or(0)
    }

    /// Evidence for the claim itself.
    pub fn evidence(&self) -> Vec<Evidence> {
        let mut v = Vec::new();
        if let Some(c) = &self.country {
            v.push(c.field.evidence_all());
        }
        if let Some((_, e)) = &self.stated {
            v.push(e.clone());
        }
        v
    }
}

/// "1 session" / "3 sessions".
pub fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// Run one rule on a JSON document (tests only).
#[cfg(test)]
pub(crate) fn test_run(rule: &'static Rule, doc: serde_json::Value) -> Vec<crate::Hint> {
    super::consistency::test_run(rule, doc)
}
