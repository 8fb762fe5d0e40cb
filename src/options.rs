//! Options for one analysis call.

use crate::date::Timestamp;
use crate::report::Severity;
use serde::Deserialize;

/// A user-supplied watchlist: contact details to flag when they appear.
/// Names are deliberately not accepted: many names on published lists belong
/// to victims of identity theft.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Watchlist {
    /// Shown in hints (`on watchlist: <label>`).
    pub label: Option<String>,
    pub emails: Vec<String>,
    pub handles: Vec<String>,
    pub wallets: Vec<String>,
    pub phones: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(default)]
pub struct Options {
    /// The reference time for date checks ("dates in the future"). Defaults
    /// to the latest timestamp in the document; the CLI and the JS package
    /// pass the current time.
    pub now: Option<Timestamp>,
    pub watchlist: Option<Watchlist>,
    /// Hints below this severity are left out of `hints` (they still count
    /// towards the score, so the level stays honest).
    pub min_severity: Option<Severity>,
}
