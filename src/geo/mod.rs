//! Facts about countries: time zones, calling codes, currencies, languages.

pub mod countries;
pub mod tz;
