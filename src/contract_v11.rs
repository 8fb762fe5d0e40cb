//! Reading the v1.1 platform fields (`sessions`, `payouts`, `reviews`,
//! `bids`) from JSON by hand.
//!
//! The rest of the contract is read by serde's derived code; these four
//! fields are read here instead, because derived deserializers are
//! instantiated for every surface's deserializer and cost the WebAssembly
//! module more than this reader does for four small structs. The behaviour is the contract's: missing or
//! `null` is absent, unknown keys are ignored, a wrong type is an
//! [`InputError`] naming the full path.

use crate::date::{DATE_EXPECTED, PartialDate, TIMESTAMP_EXPECTED, Timestamp};
use crate::error::InputError;
use crate::model::{Bids, Network, Payout, Profile, Review, Session, value_kind};
use serde_json::{Map, Value};

/// The platform fields of one profile.
#[derive(Debug, Default)]
pub struct PlatformFields {
    pub sessions: Vec<Session>,
    pub payouts: Vec<Payout>,
    pub reviews: Vec<Review>,
    pub bids: Option<Bids>,
}

impl PlatformFields {
    pub fn apply(self, p: &mut Profile) {
        p.sessions = self.sessions;
        p.payouts = self.payouts;
        p.reviews = self.reviews;
        p.bids = self.bids;
    }
}

fn wrong(path: &str, expected: &str, v: &Value) -> InputError {
    InputError::new(
        path,
        format!("expected {expected}, found {}", value_kind(v)),
    )
}

struct Obj<'a> {
    map: &'a Map<String, Value>,
    path: &'a str,
}

impl Obj<'_> {
    #[inline(never)]
    fn get(&self, key: &str) -> Option<(&Value, String)> {
        match self.map.get(key) {
            None | Some(Value::Null) => None,
            Some(v) => Some((v, format!("{}.{key}", self.path))),
        }
    }
    #[inline(never)]
    fn string(&self, key: &str) -> Result<Option<String>, InputError> {
        match self.get(key) {
            None => Ok(None),
            Some((Value::String(s), _)) => Ok(Some(s.clone())),
            Some((v, p)) => Err(wrong(&p, "a string", v)),
        }
    }
    #[inline(never)]
    fn number(&self, key: &str) -> Result<Option<f64>, InputError> {
        match self.get(key) {
            None => Ok(None),
            Some((Value::Number(n), p)) => n
                .as_f64()
                .map(Some)
                .ok_or_else(|| InputError::new(p, "expected a number")),
            Some((v, p)) => Err(wrong(&p, "a number", v)),
        }
    }
    #[inline(never)]
    fn count(&self, key: &str) -> Result<Option<u32>, InputError> {
        match self.get(key) {
            None => Ok(None),
            Some((Value::Number(n), p)) => n
                .as_u64()
                .and_then(|x| u32::try_from(x).ok())
                .map(Some)
                .ok_or_else(|| {
                    InputError::new(
                        p,
                        format!("expected a whole number from 0 to {}, found {n}", u32::MAX),
                    )
                }),
            Some((v, p)) => Err(wrong(&p, "a whole number", v)),
        }
    }
    #[inline(never)]
    fn boolean(&self, key: &str) -> Result<Option<bool>, InputError> {
        match self.get(key) {
            None => Ok(None),
            Some((Value::Bool(b), _)) => Ok(Some(*b)),
            Some((v, p)) => Err(wrong(&p, "a boolean", v)),
        }
    }
    #[inline(never)]
    fn timestamp(&self, key: &str) -> Result<Option<Timestamp>, InputError> {
        match self.get(key) {
            None => Ok(None),
            Some((Value::String(s), p)) => Timestamp::parse(s)
                .map(Some)
                .ok_or_else(|| InputError::new(p, TIMESTAMP_EXPECTED)),
            Some((_, p)) => Err(InputError::new(p, TIMESTAMP_EXPECTED)),
        }
    }
    #[inline(never)]
    fn date(&self, key: &str) -> Result<Option<PartialDate>, InputError> {
        let Some((v, p)) = self.get(key) else {
            return Ok(None);
        };
        let d = match v {
            Value::String(s) => PartialDate::parse(s),
            Value::Number(n) => n
                .as_u64()
                .and_then(|y| i32::try_from(y).ok())
                .and_then(|y| PartialDate::parse(&y.to_string())),
            _ => None,
        };
        d.map(Some).ok_or_else(|| InputError::new(p, DATE_EXPECTED))
    }
    #[inline(never)]
    fn strings(&self, key: &str) -> Result<Vec<String>, InputError> {
        let Some((v, p)) = self.get(key) else {
            return Ok(Vec::new());
        };
        let Value::Array(a) = v else {
            return Err(wrong(&p, "an array", v));
        };
        a.iter()
            .enumerate()
            .map(|(i, x)| match x {
                Value::String(s) => Ok(s.clone()),
                other => Err(wrong(&format!("{p}[{i}]"), "a string", other)),
            })
            .collect()
    }
    #[inline(never)]
    fn network(&self, key: &str) -> Result<Option<Network>, InputError> {
        let Some(s) = self.string(key)? else {
            return Ok(None);
        };
        Network::ALL
            .into_iter()
            .find(|n| n.as_str() == s)
            .map(Some)
            .ok_or_else(|| {
                let all: Vec<String> = Network::ALL
                    .iter()
                    .map(|n| format!("{:?}", n.as_str()))
                    .collect();
                InputError::new(
                    format!("{}.{key}", self.path),
                    format!("unknown network {s:?}; expected one of {}", all.join(", ")),
                )
            })
    }
}

/// Each object of the array at `key`, with its path.
fn objects<T>(
    map: &Map<String, Value>,
    pre: &str,
    key: &str,
    mut each: impl FnMut(Obj<'_>) -> Result<T, InputError>,
) -> Result<Vec<T>, InputError> {
    let path = format!("{pre}{key}");
    let a = match map.get(key) {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Array(a)) => a,
        Some(v) => return Err(wrong(&path, "an array", v)),
    };
    let mut out = Vec::with_capacity(a.len());
    for (i, v) in a.iter().enumerate() {
        let p = format!("{path}[{i}]");
        let Value::Object(m) = v else {
            return Err(wrong(&p, "an object", v));
        };
        out.push(each(Obj { map: m, path: &p })?);
    }
    Ok(out)
}

/// Read the platform fields of the profile object `map` (path prefix `pre`,
/// `""` or `"profile."`). The derived reader skips them
/// (`#[serde(skip_deserializing)]` on [`Profile`]).
pub fn take(map: &Map<String, Value>, pre: &str) -> Result<PlatformFields, InputError> {
    let sessions = objects(map, pre, "sessions", |o| {
        Ok(Session {
            at: o.timestamp("at")?,
            ip_country: o.string("ip_country")?,
            ip_region: o.string("ip_region")?,
            network: o.network("network")?,
            asn: o.count("asn")?,
            ip: o.string("ip")?,
            ip_hash: o.string("ip_hash")?,
            device: o.string("device")?,
            browser_timezone: o.string("browser_timezone")?,
            browser_languages: o.strings("browser_languages")?,
            remote_desktop: o.boolean("remote_desktop")?,
            duration_minutes: o.number("duration_minutes")?,
        })
    })?;
    let payouts = objects(map, pre, "payouts", |o| {
        Ok(Payout {
            method: o.string("method")?,
            account: o.string("account")?,
            account_hash: o.string("account_hash")?,
            holder_name: o.string("holder_name")?,
            country: o.string("country")?,
            added_at: o.timestamp("added_at")?,
        })
    })?;
    let reviews = objects(map, pre, "reviews", |o| {
        Ok(Review {
            client_id: o.string("client_id")?,
            rating: o.number("rating")?,
            at: o.timestamp("at")?,
        })
    })?;
    let bids = match map.get("bids") {
        None | Some(Value::Null) => None,
        Some(Value::Object(m)) => {
            let path = format!("{pre}bids");
            let o = Obj {
                map: m,
                path: &path,
            };
            Some(Bids {
                sent: o.count("sent")?,
                won: o.count("won")?,
                since: o.date("since")?,
            })
        }
        Some(v) => return Err(wrong(&format!("{pre}bids"), "an object", v)),
    };
    Ok(PlatformFields {
        sessions,
        payouts,
        reviews,
        bids,
    })
}
