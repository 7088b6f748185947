//! Reporting periods as people name them: a year (`2026`), a quarter (`2026-Q3`, the
//! calendar quarter) or a month (`2026-11`), in India's time.

use time::{Date, Month, OffsetDateTime};

use crate::field::IST;
use crate::{Invalid, Problem};

/// A named period and the instants it runs from (inclusive) and to (exclusive).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    pub name: String,
    pub from: OffsetDateTime,
    pub to: OffsetDateTime,
}

fn start(year: i32, month: u8) -> Option<OffsetDateTime> {
    let month = Month::try_from(month).ok()?;
    Some(
        Date::from_calendar_date(year, month, 1)
            .ok()?
            .midnight()
            .assume_offset(IST),
    )
}

fn add_months(year: i32, month: u8, n: u8) -> (i32, u8) {
    let zero_based = i32::from(month) - 1 + i32::from(n);
    (year + zero_based / 12, (zero_based % 12 + 1) as u8)
}

/// The month (`YYYY-MM`) `at` falls in, in India's time.
pub fn month_of(at: OffsetDateTime) -> String {
    let local = at.to_offset(IST);
    format!("{:04}-{:02}", local.year(), u8::from(local.month()))
}

impl Period {
    pub fn parse(field: &'static str, input: &str) -> Result<Period, Invalid> {
        let bad = || Invalid::new(field, Problem::NotAllowed);
        let text = input.trim().to_uppercase();
        let (year, rest) = text
            .split_once('-')
            .map(|(y, r)| (y, Some(r)))
            .unwrap_or((text.as_str(), None));
        let year: i32 = year
            .parse()
            .ok()
            .filter(|y| (2000..=2100).contains(y))
            .ok_or_else(bad)?;
        let (first, months) = match rest {
            None => (1, 12),
            Some(q) if q.starts_with('Q') => {
                let n: u8 = q[1..]
                    .parse()
                    .ok()
                    .filter(|n| (1..=4).contains(n))
                    .ok_or_else(bad)?;
                ((n - 1) * 3 + 1, 3)
            }
            Some(m) => (
                m.parse()
                    .ok()
                    .filter(|m| (1..=12).contains(m))
                    .ok_or_else(bad)?,
                1,
            ),
        };
        let (end_year, end_month) = add_months(year, first, months);
        Ok(Period {
            name: text.clone(),
            from: start(year, first).ok_or_else(bad)?,
            to: start(end_year, end_month).ok_or_else(bad)?,
        })
    }

    /// The first and last month (`YYYY-MM`, India time) of the period, both inclusive: the
    /// keys reports count by.
    pub fn months(&self) -> (String, String) {
        (
            month_of(self.from),
            month_of(self.to - time::Duration::nanoseconds(1)),
        )
    }

    /// The quarter `at` falls in.
    pub fn quarter_of(at: OffsetDateTime) -> Period {
        let local = at.to_offset(IST);
        let q = (u8::from(local.month()) - 1) / 3 + 1;
        Period::parse("period", &format!("{}-Q{q}", local.year())).expect("a valid quarter")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_cover_years_quarters_and_months() {
        let q = Period::parse("p", "2026-q4").unwrap();
        assert_eq!(q.from.to_offset(IST).date().to_string(), "2026-10-01");
        assert_eq!(q.to.to_offset(IST).date().to_string(), "2027-01-01");
        let m = Period::parse("p", "2026-02").unwrap();
        assert_eq!(m.to.to_offset(IST).date().to_string(), "2026-03-01");
        assert_eq!(
            Period::parse("p", "2026").unwrap().to.to_offset(IST).year(),
            2027
        );
        for bad in ["26", "2026-Q5", "2026-13", "soon"] {
            assert!(Period::parse("p", bad).is_err(), "{bad}");
        }
    }
}
