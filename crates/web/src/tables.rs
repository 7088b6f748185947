//! Tables leaving the academy: as CSV (UTF-8 with a byte-order mark, so spreadsheets show
//! Indic text) or as an XLSX workbook (bold header on a coloured row, column widths, the
//! header frozen). One table, two formats.

use rust_xlsxwriter::{Color, Format, FormatBorder, Workbook};

/// A cell: text or a number.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Number(f64),
}

impl Cell {
    fn text(&self) -> String {
        match self {
            Cell::Text(t) => t.clone(),
            Cell::Number(n) if n.fract() == 0.0 => format!("{n:.0}"),
            Cell::Number(n) => format!("{n:.1}"),
        }
    }
}

impl From<String> for Cell {
    fn from(t: String) -> Self {
        Cell::Text(t)
    }
}

/// A table with a header row.
#[derive(Debug, Clone, Default)]
pub struct Table {
    pub name: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    pub fn csv(&self) -> Result<Vec<u8>, String> {
        let mut out = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
        out.write_record(&self.headers).map_err(|e| e.to_string())?;
        for row in &self.rows {
            out.write_record(row.iter().map(Cell::text))
                .map_err(|e| e.to_string())?;
        }
        out.into_inner().map_err(|e| e.to_string())
    }

    pub fn xlsx(&self) -> Result<Vec<u8>, String> {
        let mut workbook = Workbook::new();
        let sheet = workbook.add_worksheet();
        let name: String = self
            .name
            .chars()
            .filter(|c| !"[]:*?/\\".contains(*c))
            .take(31)
            .collect();
        sheet
            .set_name(if name.is_empty() { "Report" } else { &name })
            .map_err(|e| e.to_string())?;
        let header = Format::new()
            .set_bold()
            .set_background_color(Color::RGB(0xECE6F3))
            .set_border_bottom(FormatBorder::Thin);
        for (c, title) in self.headers.iter().enumerate() {
            let col = c as u16;
            sheet
                .write_string_with_format(0, col, title, &header)
                .map_err(|e| e.to_string())?;
            let widest = self
                .rows
                .iter()
                .filter_map(|r| r.get(c))
                .map(|cell| cell.text().chars().count())
                .max()
                .unwrap_or(0);
            let width = widest.max(title.chars().count()).clamp(8, 60) as f64 + 2.0;
            sheet
                .set_column_width(col, width)
                .map_err(|e| e.to_string())?;
        }
        for (r, row) in self.rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (row, col) = (r as u32 + 1, c as u16);
                match cell {
                    Cell::Text(t) => sheet.write_string(row, col, t),
                    Cell::Number(n) => sheet.write_number(row, col, *n),
                }
                .map_err(|e| e.to_string())?;
            }
        }
        sheet.set_freeze_panes(1, 0).map_err(|e| e.to_string())?;
        workbook.save_to_buffer().map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Table {
        Table {
            name: "Knowledge gain".into(),
            headers: vec!["Module".into(), "n".into()],
            rows: vec![vec![Cell::Text("स्वास्थ्य, सुरक्षा".into()), Cell::Number(12.0)]],
        }
    }

    #[test]
    fn a_csv_starts_with_a_byte_order_mark() {
        let csv = table().csv().unwrap();
        assert!(csv.starts_with(b"\xEF\xBB\xBFModule,n\n"));
        assert!(String::from_utf8(csv)
            .unwrap()
            .contains("\"स्वास्थ्य, सुरक्षा\",12"));
    }

    #[test]
    fn an_xlsx_is_a_zip_workbook() {
        let xlsx = table().xlsx().unwrap();
        assert!(xlsx.starts_with(b"PK"), "XLSX files are zip archives");
    }
}
