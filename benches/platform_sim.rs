//! A seeded simulation of platform logs (contract v1.1) for the HL5xx rules
//! and the platform identifiers of HL402: benign populations and the
//! patterns the advisories describe, with the rate of every hint on every
//! group.
//!
//! No public data set labels these patterns, so this is a simulation, and
//! the figures say what the rules do on the populations as modelled here —
//! not what they do on a real platform. Every parameter is below, in one
//! place; the populations are described in docs/evaluation.md.
//!
//!     cargo bench --bench platform_sim            # Markdown table
//!     cargo bench --bench platform_sim -- --n 200 --seed 7   # smaller, another seed
//!
//! Every profile is added to one corpus, then analysed again against all
//! others (as a platform re-scores an account on each login batch).

#![allow(clippy::indexing_slicing, clippy::expect_used, clippy::unwrap_used)]

use hirelens::{Corpus, Document, Level, Options, Report, Severity};
use serde_json::{Value, json};
use std::collections::BTreeMap;

/// SplitMix64: a small seeded generator (no dependency).
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn f(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next() % (hi - lo + 1)
    }
    fn chance(&mut self, p: f64) -> bool {
        self.f() < p
    }
    fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[(self.next() % v.len() as u64) as usize]
    }
}

/// Places: claimed country (and region), IANA zone, ISO code for ip_country.
#[derive(Clone, Copy)]
struct Place {
    country: &'static str,
    region: Option<&'static str>,
    zone: &'static str,
    ip: &'static str,
}

const fn pl(
    country: &'static str,
    region: Option<&'static str>,
    zone: &'static str,
    ip: &'static str,
) -> Place {
    Place {
        country,
        region,
        zone,
        ip,
    }
}

/// Where benign people live and claim to live.
const HOMES: &[Place] = &[
    pl("United States", Some("TX"), "America/Chicago", "US"),
    pl("United States", Some("CA"), "America/Los_Angeles", "US"),
    pl("United States", Some("NY"), "America/New_York", "US"),
    pl("United States", Some("AZ"), "America/Phoenix", "US"),
    pl("Germany", None, "Europe/Berlin", "DE"),
    pl("France", None, "Europe/Paris", "FR"),
    pl("United Kingdom", None, "Europe/London", "GB"),
    pl("Brazil", None, "America/Sao_Paulo", "BR"),
    pl("India", None, "Asia/Kolkata", "IN"),
    pl("Australia", Some("NSW"), "Australia/Sydney", "AU"),
    pl("Japan", None, "Asia/Tokyo", "JP"),
    pl("Canada", Some("ON"), "America/Toronto", "CA"),
];

/// Where travellers and nomads go.
const AWAY: &[Place] = &[
    pl("Thailand", None, "Asia/Bangkok", "TH"),
    pl("Indonesia", None, "Asia/Makassar", "ID"),
    pl("Mexico", None, "America/Mexico_City", "MX"),
    pl("Portugal", None, "Europe/Lisbon", "PT"),
    pl("Colombia", None, "America/Bogota", "CO"),
    pl("Vietnam", None, "Asia/Ho_Chi_Minh", "VN"),
    pl("Japan", None, "Asia/Tokyo", "JP"),
    pl("Spain", None, "Europe/Madrid", "ES"),
    pl("United States", Some("NY"), "America/New_York", "US"),
    pl("Australia", Some("NSW"), "Australia/Sydney", "AU"),
    pl("South Africa", None, "Africa/Johannesburg", "ZA"),
    pl("Argentina", None, "America/Argentina/Buenos_Aires", "AR"),
];

/// Cross-border commutes: (home, work country code).
const BORDERS: &[(Place, &str)] = &[
    (pl("France", None, "Europe/Paris", "FR"), "CH"),
    (pl("Germany", None, "Europe/Berlin", "DE"), "LU"),
    (pl("Canada", Some("ON"), "America/Toronto", "CA"), "US"),
    (pl("Netherlands", None, "Europe/Amsterdam", "NL"), "BE"),
];

/// Clocks far from the claims the patterns make (any zone 5+ hours away
/// from the claimed place); the simulation does not model where anyone is
/// from, only that the keyboard's clock is elsewhere.
const FAR_ZONES: &[(&str, &str, &str)] = &[
    ("Asia/Shanghai", "CN", ""),
    ("Asia/Vladivostok", "RU", "Primorsky Krai"),
    ("Asia/Seoul", "KR", ""),
    ("Asia/Bangkok", "TH", ""),
    ("Asia/Kolkata", "IN", ""),
    ("Asia/Dubai", "AE", ""),
    ("Europe/Moscow", "RU", "Moscow"),
    ("Africa/Lagos", "NG", ""),
];

/// Start of the simulated window: 90 days from 2026-01-10 (a DST change inside it for US/EU/AU).
const T0: i64 = 1_768_003_200; // 2026-01-10T00:00:00Z

fn ts(unix: i64) -> String {
    let days = unix.div_euclid(86_400);
    let rem = unix.rem_euclid(86_400);
    let (y, m, d) = hirelens::date::civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

struct Gen {
    rng: Rng,
    next_id: u64,
}

impl Gen {
    fn id(&mut self, p: &str) -> String {
        self.next_id += 1;
        format!("{p}-{}", self.next_id)
    }
    fn ip(&mut self) -> String {
        format!(
            "{}.{}.{}.{}",
            self.rng.range(11, 223),
            self.rng.range(0, 255),
            self.rng.range(0, 255),
            self.rng.range(1, 254)
        )
    }
    fn name(&mut self) -> String {
        let first = [
            "Ana", "Ben", "Chloe", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jun", "Kai", "Lea",
            "Mo", "Nia", "Oskar", "Pia",
        ];
        let last = [
            "Alder", "Brook", "Cole", "Dunn", "Ernst", "Frye", "Gale", "Holt", "Ives", "Judd",
            "Kerr", "Lowe", "Marsh", "Noor", "Orr", "Pike",
        ];
        format!(
            "{} {} {}",
            self.rng.pick(&first),
            self.rng.pick(&last),
            self.rng.range(1, 999)
        )
    }
    /// A working-hours start time (UTC) for a day, for a person on `zone`'s clock.
    fn work_time(&mut self, day: i64, std_offset_min: i64) -> i64 {
        let local_hour = self.rng.range(8, 20) as i64;
        T0 + day * 86_400 + (local_hour * 60 - std_offset_min + self.rng.range(0, 59) as i64) * 60
    }
}

fn std_offset(zone: &str) -> i64 {
    hirelens::geo::tz::zone(zone).map_or(0, |z| i64::from(z.std))
}

/// A clock from [`FAR_ZONES`] at least 5 hours (standard time, around the
/// day) from every offset the claimed country uses.
fn far_zone(g: &mut Gen, home: &Place) -> (&'static str, &'static str, &'static str) {
    let claimed: Vec<i64> = hirelens::geo::countries::lookup(home.country)
        .map(|c| c.offsets.iter().map(|o| i64::from(*o)).collect())
        .unwrap_or_default();
    let far: Vec<(&str, &str, &str)> = FAR_ZONES
        .iter()
        .copied()
        .filter(|(z, _, _)| {
            let o = std_offset(z);
            claimed.iter().all(|c| {
                let d = (o - c).rem_euclid(1440);
                d.min(1440 - d) >= 300
            })
        })
        .collect();
    *g.rng.pick(&far)
}

#[allow(clippy::too_many_arguments)]
fn session(
    at: i64,
    ip_country: &str,
    network: &str,
    ip: &str,
    device: &str,
    zone: &str,
    rd: bool,
    minutes: f64,
) -> Value {
    json!({"at": ts(at), "ip_country": ip_country, "network": network, "ip": ip, "device": device,
           "browser_timezone": zone, "browser_languages": ["en"], "remote_desktop": rd,
           "duration_minutes": minutes})
}

fn profile(id: &str, name: &str, home: &Place, sessions: Vec<Value>, extra: Value) -> Value {
    let mut p = json!({"kind": "profile", "id": id, "name": name,
        "location": {"country": home.country, "region": home.region}, "sessions": sessions});
    if let (Value::Object(m), Value::Object(e)) = (&mut p, extra) {
        m.extend(e);
    }
    p
}

type Group = (&'static str, bool, Vec<Value>);

fn commuters(g: &mut Gen, n: usize) -> Vec<Value> {
    (0..n)
        .map(|_| {
            let cross = g.rng.chance(0.4);
            let (home, work_c) = if cross {
                let (h, w) = *g.rng.pick(BORDERS);
                (h, w)
            } else {
                let h = *g.rng.pick(HOMES);
                (h, h.ip)
            };
            let (home_ip, work_ip) = (g.ip(), g.ip());
            let (laptop, phone) = (g.id("dev"), g.id("dev"));
            let off = std_offset(home.zone);
            let mut s = Vec::new();
            for day in 0..90 {
                if day % 7 >= 5 && g.rng.chance(0.7) {
                    continue;
                }
                let t = g.work_time(day, off);
                s.push(session(
                    t - 3600,
                    home.ip,
                    "residential",
                    &home_ip,
                    &laptop,
                    home.zone,
                    false,
                    30.0,
                ));
                s.push(session(
                    t, work_c, "business", &work_ip, &laptop, home.zone, false, 240.0,
                ));
                if g.rng.chance(0.3) {
                    s.push(session(
                        t + 1800,
                        home.ip,
                        "mobile",
                        &g.ip(),
                        &phone,
                        home.zone,
                        false,
                        5.0,
                    ));
                }
            }
            profile(&g.id("commuter"), &g.name(), &home, s, json!({}))
        })
        .collect()
}

/// Home most of the time, one or two trips of 3–10 days; laptops keep the
/// home clock 30 % of the time; phones roam through the home network; a
/// third use a VPN home for half of their trip sessions.
fn travellers(g: &mut Gen, n: usize) -> Vec<Value> {
    (0..n)
        .map(|_| {
            let home = *g.rng.pick(HOMES);
            let home_ip = g.ip();
            let (laptop, phone) = (g.id("dev"), g.id("dev"));
            let vpn_user = g.rng.chance(0.33);
            let mut trips = Vec::new();
            for _ in 0..g.rng.range(1, 2) {
                let start = g.rng.range(5, 75) as i64;
                trips.push((start, start + g.rng.range(3, 10) as i64, *g.rng.pick(AWAY)));
            }
            let mut s = Vec::new();
            for day in 0..90 {
                let trip = trips
                    .iter()
                    .find(|(a, b, _)| day >= *a && day < *b)
                    .map(|t| t.2);
                match trip {
                    Some(dest) if dest.ip != home.ip => {
                        let laptop_zone = if g.rng.chance(0.7) {
                            dest.zone
                        } else {
                            home.zone
                        };
                        let t = g.work_time(day, std_offset(dest.zone));
                        if vpn_user && g.rng.chance(0.5) {
                            s.push(session(
                                t,
                                home.ip,
                                "vpn",
                                &g.ip(),
                                &laptop,
                                laptop_zone,
                                false,
                                60.0,
                            ));
                        } else {
                            let net = if g.rng.chance(0.5) {
                                "business"
                            } else {
                                "residential"
                            };
                            s.push(session(
                                t,
                                dest.ip,
                                net,
                                &g.ip(),
                                &laptop,
                                laptop_zone,
                                false,
                                60.0,
                            ));
                        }
                        if g.rng.chance(0.5) {
                            s.push(session(
                                t + 600,
                                home.ip,
                                "mobile",
                                &g.ip(),
                                &phone,
                                dest.zone,
                                false,
                                5.0,
                            ));
                        }
                    }
                    _ => {
                        if g.rng.chance(0.6) {
                            let t = g.work_time(day, std_offset(home.zone));
                            s.push(session(
                                t,
                                home.ip,
                                "residential",
                                &home_ip,
                                &laptop,
                                home.zone,
                                false,
                                120.0,
                            ));
                        }
                    }
                }
            }
            profile(&g.id("traveller"), &g.name(), &home, s, json!({}))
        })
        .collect()
}

/// Claim a home country and live abroad, moving every 3–6 weeks; clocks
/// follow the place; 30 % use a VPN for 20–70 % of their sessions.
fn nomads(g: &mut Gen, n: usize) -> Vec<Value> {
    (0..n)
        .map(|_| {
            let home = *g.rng.pick(HOMES);
            let laptop = g.id("dev");
            let vpn_share = if g.rng.chance(0.3) {
                0.2 + 0.5 * g.rng.f()
            } else {
                0.0
            };
            let mut s = Vec::new();
            let mut day = 0i64;
            while day < 90 {
                let stay = g.rng.range(21, 42) as i64;
                let place = *g.rng.pick(AWAY);
                let ip = g.ip();
                for d in day..(day + stay).min(90) {
                    if !g.rng.chance(0.7) {
                        continue;
                    }
                    let t = g.work_time(d, std_offset(place.zone));
                    if g.rng.chance(vpn_share) {
                        let exit = if g.rng.chance(0.7) {
                            home.ip
                        } else {
                            g.rng.pick(AWAY).ip
                        };
                        s.push(session(
                            t,
                            exit,
                            "vpn",
                            &g.ip(),
                            &laptop,
                            place.zone,
                            false,
                            90.0,
                        ));
                    } else {
                        let net = *g.rng.pick(&["residential", "business", "mobile"]);
                        s.push(session(
                            t, place.ip, net, &ip, &laptop, place.zone, false, 90.0,
                        ));
                    }
                }
                day += stay;
            }
            profile(&g.id("nomad"), &g.name(), &home, s, json!({}))
        })
        .collect()
}

/// Home clock; most sessions through the company's VPN (classed `vpn` or
/// `business`), exiting in the head office's country, often another one.
fn corporate_vpn(g: &mut Gen, n: usize) -> Vec<Value> {
    (0..n)
        .map(|_| {
            let home = *g.rng.pick(HOMES);
            let hq = g.rng.pick(HOMES).ip;
            let exit_ip = g.ip();
            let class = if g.rng.chance(0.5) { "vpn" } else { "business" };
            let laptop = g.id("dev");
            let mut s = Vec::new();
            for day in 0..90 {
                if day % 7 >= 5 {
                    continue;
                }
                let t = g.work_time(day, std_offset(home.zone));
                if g.rng.chance(0.85) {
                    s.push(session(
                        t, hq, class, &exit_ip, &laptop, home.zone, false, 300.0,
                    ));
                } else {
                    s.push(session(
                        t,
                        home.ip,
                        "residential",
                        &g.ip(),
                        &laptop,
                        home.zone,
                        false,
                        60.0,
                    ));
                }
            }
            profile(&g.id("corpvpn"), &g.name(), &home, s, json!({}))
        })
        .collect()
}

/// Teams of 3–12 freelancers in one office: one business IP (sometimes two
/// in one /24), their own laptops, some evenings at home.
fn shared_office(g: &mut Gen, n: usize) -> Vec<Value> {
    let mut out = Vec::new();
    while out.len() < n {
        let home = *g.rng.pick(HOMES);
        let office = g.ip();
        let neighbour = {
            let (a, _) = office.rsplit_once('.').unwrap_or((&office, ""));
            format!("{a}.{}", g.rng.range(1, 254))
        };
        for _ in 0..g.rng.range(3, 12) {
            let laptop = g.id("dev");
            let home_ip = g.ip();
            let mut s = Vec::new();
            for day in 0..90 {
                if day % 7 >= 5 {
                    continue;
                }
                let t = g.work_time(day, std_offset(home.zone));
                let ip = if g.rng.chance(0.8) {
                    &office
                } else {
                    &neighbour
                };
                s.push(session(
                    t, home.ip, "business", ip, &laptop, home.zone, false, 420.0,
                ));
                if g.rng.chance(0.2) {
                    s.push(session(
                        t + 6 * 3600,
                        home.ip,
                        "residential",
                        &home_ip,
                        &laptop,
                        home.zone,
                        false,
                        60.0,
                    ));
                }
            }
            out.push(profile(&g.id("office"), &g.name(), &home, s, json!({})));
        }
    }
    out.truncate(n);
    out
}

/// Households of two freelancers sharing one payout account, often one
/// computer and always one home connection; they never review each other.
fn family_payout(g: &mut Gen, n: usize) -> Vec<Value> {
    let mut out = Vec::new();
    while out.len() < n {
        let home = *g.rng.pick(HOMES);
        let home_ip = g.ip();
        let account = format!("DE{:020}", g.rng.next());
        let shared_pc = g.rng.chance(0.5).then(|| g.id("dev"));
        let surname = g.name();
        for k in 0..2 {
            let device = shared_pc.clone().unwrap_or_else(|| g.id("dev"));
            let mut s = Vec::new();
            for day in 0..90 {
                if g.rng.chance(0.5) {
                    continue;
                }
                let t = g.work_time(day, std_offset(home.zone));
                s.push(session(
                    t,
                    home.ip,
                    "residential",
                    &home_ip,
                    &device,
                    home.zone,
                    false,
                    120.0,
                ));
            }
            let name = format!("{} {}", ["Sam", "Alex"][k], surname);
            let payouts = json!([{"method": "bank", "account": account, "holder_name": surname, "country": home.ip}]);
            out.push(profile(
                &g.id("family"),
                &name,
                &home,
                s,
                json!({"payouts": payouts}),
            ));
        }
    }
    out.truncate(n);
    out
}

// ---- patterns the advisories describe ----

/// Claims a Western location; nearly every session through a VPN or VPS
/// exiting in the claimed country; the browser's clock 5+ hours away;
/// 0–10 % of sessions slip out without the VPN.
fn vpn_worker(g: &mut Gen, n: usize) -> Vec<Value> {
    (0..n)
        .map(|_| {
            let home = *g.rng.pick(&HOMES[..7]);
            let (zone, real, _) = far_zone(g, &home);
            let laptop = g.id("dev");
            let slip = 0.1 * g.rng.f();
            let mut s = Vec::new();
            for day in 0..90 {
                if !g.rng.chance(0.8) {
                    continue;
                }
                let t = g.work_time(day, std_offset(zone));
                if g.rng.chance(slip) {
                    s.push(session(
                        t,
                        real,
                        "residential",
                        &g.ip(),
                        &laptop,
                        zone,
                        false,
                        120.0,
                    ));
                } else {
                    let net = if g.rng.chance(0.8) { "vpn" } else { "hosting" };
                    s.push(session(
                        t,
                        home.ip,
                        net,
                        &g.ip(),
                        &laptop,
                        zone,
                        false,
                        240.0,
                    ));
                }
            }
            let bids = json!({"sent": g.rng.range(50, 900), "won": g.rng.range(0, 8)});
            profile(
                &g.id("vpnworker"),
                &g.name(),
                &home,
                s,
                json!({"bids": bids}),
            )
        })
        .collect()
}

/// Laptops kept at one residence in the claimed country (3–8 accounts per
/// farm, one home connection), each reached by remote desktop, online for
/// days; the clock is the laptop's, in the claimed country.
fn laptop_farm(g: &mut Gen, n: usize) -> Vec<Value> {
    let mut out = Vec::new();
    while out.len() < n {
        let home = *g.rng.pick(&HOMES[..4]);
        let farm_ip = g.ip();
        for _ in 0..g.rng.range(3, 8) {
            let laptop = g.id("dev");
            let rd_share = 0.7 + 0.3 * g.rng.f();
            let mut s = Vec::new();
            let mut day = 0;
            while day < 90 {
                let t = T0 + day * 86_400 + g.rng.range(0, 86_399) as i64;
                let long = g.rng.chance(0.3);
                let minutes = if long {
                    1440.0 + 3000.0 * g.rng.f()
                } else {
                    60.0 + 600.0 * g.rng.f()
                };
                s.push(session(
                    t,
                    home.ip,
                    "residential",
                    &farm_ip,
                    &laptop,
                    home.zone,
                    g.rng.chance(rd_share),
                    minutes,
                ));
                day += if long { 3 } else { 1 };
            }
            out.push(profile(&g.id("farm"), &g.name(), &home, s, json!({})));
        }
    }
    out.truncate(n);
    out
}

/// One account used by a person in the claimed country and by another far
/// away (both on home connections), on the same days, hours apart.
fn shared_account(g: &mut Gen, n: usize) -> Vec<Value> {
    (0..n)
        .map(|_| {
            let home = *g.rng.pick(&HOMES[..7]);
            let (zone, real, region) = far_zone(g, &home);
            let (d1, d2) = (g.id("dev"), g.id("dev"));
            let (ip1, ip2) = (g.ip(), g.ip());
            let mut s = Vec::new();
            for day in 0..90 {
                if !g.rng.chance(0.5) {
                    continue;
                }
                let t = T0 + day * 86_400 + g.rng.range(0, 80_000) as i64;
                s.push(session(
                    t,
                    home.ip,
                    "residential",
                    &ip1,
                    &d1,
                    home.zone,
                    false,
                    30.0,
                ));
                if let Some(last) = s.last_mut() {
                    last["ip_region"] = json!(home.region);
                }
                let later = t + g.rng.range(600, 3 * 3600) as i64;
                s.push(session(
                    later,
                    real,
                    "residential",
                    &ip2,
                    &d2,
                    zone,
                    false,
                    240.0,
                ));
                if let Some(last) = s.last_mut() {
                    last["ip_region"] = json!(region);
                }
            }
            profile(&g.id("shared"), &g.name(), &home, s, json!({}))
        })
        .collect()
}

/// One operator, 3–6 accounts under different names on one device.
fn one_device(g: &mut Gen, n: usize) -> Vec<Value> {
    let mut out = Vec::new();
    while out.len() < n {
        let home = *g.rng.pick(&HOMES[..7]);
        let device = g.id("dev");
        for _ in 0..g.rng.range(3, 6) {
            let mut s = Vec::new();
            for day in 0..90 {
                if !g.rng.chance(0.3) {
                    continue;
                }
                let t = g.work_time(day, std_offset(home.zone));
                s.push(session(
                    t,
                    home.ip,
                    "vpn",
                    &g.ip(),
                    &device,
                    home.zone,
                    false,
                    60.0,
                ));
            }
            out.push(profile(&g.id("multi"), &g.name(), &home, s, json!({})));
        }
    }
    out.truncate(n);
    out
}

/// A freelancer and a "client" account of the same party (shared payout
/// account or device); the client leaves 3–6 top reviews within two weeks.
/// Only the freelancers are measured; the clients are in the corpus.
fn self_dealing(g: &mut Gen, n: usize, clients: &mut Vec<Value>) -> Vec<Value> {
    (0..n)
        .map(|_| {
            let home = *g.rng.pick(HOMES);
            let cid = g.id("client");
            let device = g.id("dev");
            let account = format!("GB{:018}", g.rng.next() % 1_000_000_000_000_000_000);
            let by_device = g.rng.chance(0.5);
            let mk = |g: &mut Gen, dev: &str| -> Vec<Value> {
                (0..20)
                    .map(|d| {
                        let t = g.work_time(d * 4, std_offset(home.zone));
                        session(t, home.ip, "residential", &g.ip(), dev, home.zone, false, 60.0)
                    })
                    .collect()
            };
            let cdev = if by_device { device.clone() } else { g.id("dev") };
            let cs = mk(g, &cdev);
            let cpay = if by_device { json!([]) } else { json!([{"account": account}]) };
            clients.push(profile(&cid, &g.name(), &home, cs, json!({"payouts": cpay})));
            let start = g.rng.range(0, 70) as i64;
            let reviews: Vec<Value> = (0..g.rng.range(3, 6))
                .map(|_| json!({"client_id": cid, "rating": 5, "at": ts(T0 + (start * 86_400) + g.rng.range(0, 13 * 86_400) as i64)}))
                .collect();
            let fdev = if by_device { device } else { g.id("dev") };
            let fs = mk(g, &fdev);
            let fpay = json!([{"account": account}]);
            profile(&g.id("selfdeal"), &g.name(), &home, fs, json!({"payouts": fpay, "reviews": reviews}))
        })
        .collect()
}

/// By design at most `low`: a VPN alone, bid volume alone.
fn vpn_only(g: &mut Gen, n: usize) -> Vec<Value> {
    (0..n)
        .map(|_| {
            let home = *g.rng.pick(HOMES);
            let laptop = g.id("dev");
            let s = (0..40)
                .map(|d| {
                    let t = g.work_time(d * 2, std_offset(home.zone));
                    session(
                        t,
                        g.rng.pick(HOMES).ip,
                        "vpn",
                        &g.ip(),
                        &laptop,
                        home.zone,
                        false,
                        60.0,
                    )
                })
                .collect();
            profile(&g.id("vpnonly"), &g.name(), &home, s, json!({}))
        })
        .collect()
}

fn bid_volume(g: &mut Gen, n: usize) -> Vec<Value> {
    (0..n)
        .map(|_| {
            let home = *g.rng.pick(HOMES);
            let sent = g.rng.range(200, 1500);
            let bids = json!({"sent": sent, "won": sent / 100, "since": "2025-06"});
            profile(
                &g.id("bids"),
                &g.name(),
                &home,
                vec![],
                json!({"bids": bids}),
            )
        })
        .collect()
}

const CODES: &[&str] = &[
    "HL501", "HL502", "HL503", "HL504", "HL505", "HL506", "HL507", "HL508", "HL509", "HL402",
];

fn main() {
    let mut n = 1000usize;
    let mut seed = 2026u64;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--n" => n = args.next().and_then(|v| v.parse().ok()).unwrap_or(n),
            "--seed" => seed = args.next().and_then(|v| v.parse().ok()).unwrap_or(seed),
            _ => {} // `cargo bench` passes --bench
        }
    }
    let mut g = Gen {
        rng: Rng(seed),
        next_id: 0,
    };
    let mut clients = Vec::new();
    let groups: Vec<Group> = vec![
        (
            "commuters (40 % cross a border)",
            false,
            commuters(&mut g, n),
        ),
        (
            "travellers (1–2 trips, roaming phones, 1/3 VPN home)",
            false,
            travellers(&mut g, n),
        ),
        (
            "digital nomads (30 % on a VPN 20–70 % of the time)",
            false,
            nomads(&mut g, n),
        ),
        (
            "corporate VPN users (exit often abroad)",
            false,
            corporate_vpn(&mut g, n),
        ),
        (
            "shared-office teams (3–12 on one IP)",
            false,
            shared_office(&mut g, n),
        ),
        (
            "family payout accounts (2 per account)",
            false,
            family_payout(&mut g, n),
        ),
        (
            "pattern: VPN into the claimed country, far clock",
            true,
            vpn_worker(&mut g, n),
        ),
        (
            "pattern: laptop farm (3–8 per residence)",
            true,
            laptop_farm(&mut g, n),
        ),
        (
            "pattern: one account, two people far apart",
            true,
            shared_account(&mut g, n),
        ),
        (
            "pattern: 3–6 accounts on one device",
            true,
            one_device(&mut g, n),
        ),
        (
            "pattern: self-dealing reviews",
            true,
            self_dealing(&mut g, n, &mut clients),
        ),
        ("by design ≤ low: VPN only", false, vpn_only(&mut g, n)),
        (
            "by design ≤ low: bid volume only",
            false,
            bid_volume(&mut g, n),
        ),
    ];
    let docs = |v: &[Value]| -> Vec<Document> {
        v.iter()
            .map(|d| Document::from_value(d.clone()).expect("simulated documents are valid"))
            .collect()
    };
    let mut corpus = Corpus::with_key(b"platform simulation");
    for d in docs(&clients) {
        corpus.add(d);
    }
    for (_, _, v) in &groups {
        for d in docs(v) {
            corpus.add(d);
        }
    }
    let options = Options::default();
    println!("Seed {seed}, {n} profiles per group, 90 days of sessions each.\n");
    print!("| group | n | medium+ | high |");
    for c in CODES {
        print!(" {c} |");
    }
    println!();
    print!("|---|---|---|---|");
    for _ in CODES {
        print!("---|");
    }
    println!();
    let (mut hints_checked, mut evidence_failures) = (0usize, 0usize);
    for (name, _pattern, v) in &groups {
        let reports: Vec<Report> = docs(v)
            .into_iter()
            .map(|d| corpus.analyze(d, &options))
            .collect();
        let m = reports.len().max(1) as f64;
        let medium = reports.iter().filter(|r| r.level >= Level::Medium).count();
        let high = reports.iter().filter(|r| r.level >= Level::High).count();
        print!(
            "| {name} | {} | {:.1} % | {:.1} % |",
            reports.len(),
            100.0 * medium as f64 / m,
            100.0 * high as f64 / m
        );
        for c in CODES {
            let mut by: BTreeMap<Severity, usize> = BTreeMap::new();
            for r in &reports {
                if let Some(s) = r
                    .hints
                    .iter()
                    .filter(|h| h.code == *c)
                    .map(|h| h.severity)
                    .max()
                {
                    *by.entry(s).or_default() += 1;
                }
            }
            let any: usize = by.values().sum();
            let med: usize = by.range(Severity::Medium..).map(|(_, k)| k).sum();
            if any == 0 {
                print!(" · |");
            } else if med == 0 {
                print!(" {:.0} % |", 100.0 * any as f64 / m);
            } else {
                print!(
                    " {:.0} % ({:.0} % med+) |",
                    100.0 * any as f64 / m,
                    100.0 * med as f64 / m
                );
            }
        }
        println!();
        // every platform hint names the sessions (or reviews, or bids) it rests on
        for r in &reports {
            for h in r.hints.iter().filter(|h| h.code.starts_with("HL5")) {
                hints_checked += 1;
                let wants = match h.code.as_str() {
                    "HL507" | "HL508" => "reviews[",
                    "HL509" => "bids.",
                    _ => "sessions[",
                };
                if !h.evidence.iter().any(|e| e.field.starts_with(wants)) {
                    evidence_failures += 1;
                }
            }
        }
    }
    println!(
        "\nEvidence: {hints_checked} platform hints checked, {evidence_failures} without the sessions, reviews or bids they rest on."
    );
}
