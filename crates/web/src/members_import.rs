//! The members CSV's rows (`academy import members`): read and check every row, with the
//! row and column of each problem; nothing is written here. A library function, so that the
//! fuzz targets reach it too.

use std::collections::HashMap;

use academy_domain::organisation::org_name;
use academy_domain::{MemberCode, MemberDraft, MemberInput};
use academy_store::ImportRow;

/// The columns, in order, of both the import and the export.
pub const COLUMNS: [&str; 11] = [
    "member_code",
    "full_name",
    "phone",
    "gender",
    "birth_year",
    "state",
    "district",
    "village",
    "stakeholder_type",
    "preferred_language",
    "organisation",
];

pub use academy_domain::rows::RowError;

/// Reads and checks every row. Row numbers count the header as row 1.
/// Each good row comes back with its row number, for messages about it later.
pub fn parse_members(
    data: &[u8],
    this_year: i32,
    progress: &dyn Fn(),
) -> Result<Vec<(u64, ImportRow)>, Vec<RowError>> {
    let data = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(data);
    let err = |row: u64, column: &str, message: String| RowError {
        row,
        column: column.into(),
        message,
    };
    let header: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|c| c.trim().to_ascii_lowercase()).collect(),
        Err(e) => return Err(vec![err(1, "", format!("cannot read the header: {e}"))]),
    };
    let mut position = HashMap::new();
    let mut errors = Vec::new();
    for (i, name) in header.iter().enumerate() {
        if !COLUMNS.contains(&name.as_str()) {
            errors.push(err(
                1,
                name,
                format!("unknown column; the columns are {}", COLUMNS.join(",")),
            ));
        } else if position.insert(name.clone(), i).is_some() {
            errors.push(err(1, name, "this column appears twice".into()));
        }
    }
    for column in COLUMNS {
        if column != "member_code" && column != "organisation" && !position.contains_key(column) {
            errors.push(err(1, column, "this column is missing".into()));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    let mut rows = Vec::new();
    let mut seen_codes: HashMap<String, u64> = HashMap::new();
    let mut seen_phones: HashMap<String, u64> = HashMap::new();
    for (index, record) in reader.records().enumerate() {
        let row = index as u64 + 2;
        progress();
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                errors.push(err(row, "", format!("cannot read this row: {e}")));
                continue;
            }
        };
        if record.len() != header.len() {
            errors.push(err(
                row,
                "",
                format!(
                    "has {} cells, the header has {}",
                    record.len(),
                    header.len()
                ),
            ));
            continue;
        }
        let cell = |name: &str| {
            position
                .get(name)
                .and_then(|i| record.get(*i))
                .unwrap_or("")
                .to_string()
        };
        let input = MemberInput {
            full_name: cell("full_name"),
            phone: cell("phone"),
            gender: cell("gender"),
            birth_year: cell("birth_year"),
            state: cell("state"),
            district: cell("district"),
            village: cell("village"),
            stakeholder_type: cell("stakeholder_type"),
            preferred_language: cell("preferred_language"),
        };
        let before = errors.len();
        let code = match cell("member_code").trim() {
            "" => None,
            text => match MemberCode::parse("member_code", text) {
                Ok(code) => Some(code),
                Err(e) => {
                    errors.push(err(row, "member_code", format!("{text:?} {}", e.problem)));
                    None
                }
            },
        };
        let draft = match MemberDraft::check(&input, this_year) {
            Ok(d) => Some(d),
            Err(invalid) => {
                for e in invalid {
                    let value = cell(e.field);
                    errors.push(err(row, e.field, format!("{value:?} {}", e.problem)));
                }
                None
            }
        };
        let mut organisations = Vec::new();
        for name in cell("organisation")
            .split(';')
            .filter(|n| !n.trim().is_empty())
        {
            match org_name("organisation", name) {
                Ok(n) if !organisations.contains(&n) => organisations.push(n),
                Ok(_) => {}
                Err(e) => errors.push(err(row, "organisation", format!("{name:?} {}", e.problem))),
            }
        }
        if let Some(code) = &code {
            if let Some(first) = seen_codes.insert(code.to_string(), row) {
                errors.push(err(
                    row,
                    "member_code",
                    format!("{code} is also in row {first}"),
                ));
            }
        }
        if let Some(phone) = draft.as_ref().and_then(|d| d.phone.as_ref()) {
            if let Some(first) = seen_phones.insert(phone.as_str().to_string(), row) {
                errors.push(err(
                    row,
                    "phone",
                    format!("{} is also in row {first}", phone.display()),
                ));
            }
        }
        if let (Some(draft), true) = (draft, errors.len() == before) {
            rows.push((
                row,
                ImportRow {
                    code,
                    draft,
                    organisations,
                },
            ));
        }
    }
    if errors.is_empty() {
        Ok(rows)
    } else {
        Err(errors)
    }
}
