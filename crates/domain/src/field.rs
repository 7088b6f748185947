//! Field work: cohorts (a group of members learning together with their facilitators) and
//! the group sessions they meet in.

use time::OffsetDateTime;
use uuid::Uuid;

use crate::{text, Errors, Invalid, Problem, State};

/// A cohort as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Cohort {
    pub id: Uuid,
    pub name: String,
    pub state: State,
    pub district: Option<String>,
    pub village: Option<String>,
    /// Often the cohort's Self Help Group.
    pub organisation: Option<Uuid>,
    /// Module ids in teaching order.
    pub modules: Vec<String>,
    pub created_at: OffsetDateTime,
}

/// A group session as stored. Times are instants; pages show them in India's time.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupSession {
    pub id: Uuid,
    pub cohort: Uuid,
    pub starts_at: OffsetDateTime,
    pub place: Option<String>,
    pub gps: Option<(f64, f64)>,
    pub facilitator: Uuid,
    pub module: Option<String>,
    pub lessons: Vec<String>,
    pub notes: Option<String>,
    /// When attendance was taken; None for a session still planned.
    pub held_at: Option<OffsetDateTime>,
}

/// India Standard Time, in which sessions are planned and shown.
pub const IST: time::UtcOffset = match time::UtcOffset::from_hms(5, 30, 0) {
    Ok(offset) => offset,
    Err(_) => time::UtcOffset::UTC,
};

pub const COHORT_NAME_MAX: usize = 120;
pub const NOTES_MAX: usize = 2_000;

/// Checks a cohort's name.
pub fn cohort_name(input: &str) -> Result<String, Invalid> {
    text::required("name", input, COHORT_NAME_MAX)
}

/// A place given as a GPS point: both numbers or neither, within India's bounds.
pub fn gps(latitude: &str, longitude: &str) -> Result<Option<(f64, f64)>, Invalid> {
    let (lat, lon) = (latitude.trim(), longitude.trim());
    if lat.is_empty() && lon.is_empty() {
        return Ok(None);
    }
    let parse = |field: &'static str, v: &str, range: std::ops::RangeInclusive<f64>| {
        v.parse::<f64>()
            .ok()
            .filter(|x| range.contains(x))
            .ok_or(Invalid::new(field, Problem::NotAllowed))
    };
    // India lies between about 6° and 37° north and 68° and 98° east.
    Ok(Some((
        parse("latitude", lat, 6.0..=37.5)?,
        parse("longitude", lon, 68.0..=98.0)?,
    )))
}

/// A session's date and time as typed (`2026-11-27`, `10:30`), in India's time.
pub fn session_start(date: &str, clock: &str) -> Result<OffsetDateTime, Vec<Invalid>> {
    let mut errors = Errors::default();
    let day = errors.keep(
        time::Date::parse(
            date.trim(),
            time::macros::format_description!("[year]-[month]-[day]"),
        )
        .map_err(|_| Invalid::new("date", Problem::NotAllowed)),
    );
    let at = errors.keep(
        time::Time::parse(
            clock.trim(),
            time::macros::format_description!("[hour]:[minute]"),
        )
        .map_err(|_| Invalid::new("time", Problem::NotAllowed)),
    );
    match (day, at) {
        (Some(day), Some(at)) => Ok(time::PrimitiveDateTime::new(day, at).assume_offset(IST)),
        _ => Err(errors.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_are_planned_in_india_time() {
        let start = session_start("2026-11-27", "10:30").unwrap();
        assert_eq!(start.to_offset(time::UtcOffset::UTC).hour(), 5);
        assert_eq!(start.to_offset(time::UtcOffset::UTC).minute(), 0);
        let errors = session_start("27/11/2026", "25:00").unwrap_err();
        assert_eq!(
            errors.iter().map(|e| e.field).collect::<Vec<_>>(),
            ["date", "time"]
        );
    }

    #[test]
    fn a_gps_point_needs_both_numbers_inside_india() {
        assert_eq!(gps("", "").unwrap(), None);
        assert_eq!(gps("24.47", "85.6").unwrap(), Some((24.47, 85.6)));
        assert_eq!(gps("24.47", "").unwrap_err().field, "longitude");
        assert_eq!(gps("51.5", "-0.1").unwrap_err().field, "latitude");
    }
}
