//! Tables leaving the academy: as CSV (UTF-8 with a byte-order mark, so spreadsheets show
//! Indic text) or as an XLSX workbook (bold header on a coloured row, column widths, the
//! header frozen). One table, two formats.

use rust_xlsxwriter::{Color, Format, FormatBorder, Workbook, Worksheet};

/// A cell: text or a number.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Number(f64),
}

impl Cell {
    pub(crate) fn text(&self) -> String {
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
        let mut rows = vec![self.headers.clone()];
        rows.extend(
            self.rows
                .iter()
                .map(|r| r.iter().map(Cell::text).collect::<Vec<_>>()),
        );
        csv_rows(&rows, true)
    }

    pub fn xlsx(&self) -> Result<Vec<u8>, String> {
        let mut workbook = Workbook::new();
        let sheet = workbook.add_worksheet();
        let widths: Vec<usize> = (0..self.headers.len())
            .map(|c| {
                self.rows
                    .iter()
                    .filter_map(|r| r.get(c))
                    .map(|cell| cell.text().chars().count())
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        start_sheet(sheet, &self.name, &self.headers, &widths)?;
        for (r, row) in self.rows.iter().enumerate() {
            write_row(sheet, r as u32 + 1, row)?;
        }
        workbook.save_to_buffer().map_err(|e| e.to_string())
    }
}

/// Rows as CSV, the first with a byte-order mark when `bom`.
pub fn csv_rows(rows: &[Vec<String>], bom: bool) -> Result<Vec<u8>, String> {
    let start = if bom {
        b"\xEF\xBB\xBF".to_vec()
    } else {
        Vec::new()
    };
    let mut out = csv::Writer::from_writer(start);
    for row in rows {
        out.write_record(row).map_err(|e| e.to_string())?;
    }
    out.into_inner().map_err(|e| e.to_string())
}

/// Names the sheet, writes the styled header, sets each column's width from its widest
/// value and freezes the header.
fn start_sheet(
    sheet: &mut Worksheet,
    name: &str,
    headers: &[String],
    widest: &[usize],
) -> Result<(), String> {
    let name: String = name
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
    for (c, title) in headers.iter().enumerate() {
        let col = c as u16;
        let widest = widest.get(c).copied().unwrap_or(0);
        let width = widest.max(title.chars().count()).clamp(8, 60) as f64 + 2.0;
        sheet
            .set_column_width(col, width)
            .map_err(|e| e.to_string())?;
        sheet
            .write_string_with_format(0, col, title, &header)
            .map_err(|e| e.to_string())?;
    }
    sheet.set_freeze_panes(1, 0).map_err(|e| e.to_string())?;
    Ok(())
}

fn write_row(sheet: &mut Worksheet, row: u32, cells: &[Cell]) -> Result<(), String> {
    for (c, cell) in cells.iter().enumerate() {
        let col = c as u16;
        match cell {
            Cell::Text(t) => sheet.write_string(row, col, t),
            Cell::Number(n) => sheet.write_number(row, col, *n),
        }
        .map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// A workbook written a row at a time in constant memory, for tables of any length: each row
/// goes to a temporary file as it is written.
pub struct SheetWriter {
    workbook: Workbook,
    next: u32,
}

/// The last row number a worksheet has (Excel's limit).
const LAST_ROW: u32 = 1_048_575;

impl SheetWriter {
    pub fn new(name: &str, headers: &[String]) -> Result<Self, String> {
        let mut workbook = Workbook::new();
        let sheet = workbook
            .add_worksheet_with_constant_memory()
            .map_err(|e| e.to_string())?;
        // Columns sized for their usual content: a name, codes and dates, small counts.
        let widths: Vec<usize> = headers
            .iter()
            .enumerate()
            .map(|(c, _)| if c == 1 { 28 } else { 12 })
            .collect();
        start_sheet(sheet, name, headers, &widths)?;
        Ok(Self { workbook, next: 1 })
    }

    /// Writes a row; false when the sheet is full (Excel's row limit), so the caller stops.
    pub fn push(&mut self, row: &[Cell]) -> Result<bool, String> {
        if self.next > LAST_ROW {
            return Ok(false);
        }
        let sheet = self
            .workbook
            .worksheet_from_index(0)
            .map_err(|e| e.to_string())?;
        write_row(sheet, self.next, row)?;
        self.next += 1;
        Ok(true)
    }

    /// Saves the workbook to a temporary file, removed when the returned path is dropped.
    pub fn finish(mut self) -> Result<tempfile::TempPath, String> {
        let path = tempfile::NamedTempFile::new()
            .map_err(|e| e.to_string())?
            .into_temp_path();
        self.workbook.save(&path).map_err(|e| e.to_string())?;
        Ok(path)
    }
}

/// Pages of rows as a table is read, or the error that stopped it.
pub type Pages = tokio::sync::mpsc::Receiver<Result<Vec<Vec<Cell>>, String>>;

/// A CSV body written as pages of rows arrive. A database error mid-way ends the download
/// with an error, so the client sees a failed download rather than a short file.
pub fn csv_body(headers: Vec<String>, rx: Pages) -> axum::body::Body {
    let head = csv_rows(&[headers], true);
    let first = futures_util::stream::iter([head.map_err(std::io::Error::other)]);
    let rest = futures_util::stream::unfold(rx, |mut rx| async move {
        let page = rx.recv().await?;
        let bytes = page
            .and_then(|rows| {
                let text: Vec<Vec<String>> = rows
                    .iter()
                    .map(|r| r.iter().map(Cell::text).collect())
                    .collect();
                csv_rows(&text, false)
            })
            .map_err(std::io::Error::other);
        Some((bytes, rx))
    });
    use futures_util::StreamExt;
    axum::body::Body::from_stream(first.chain(rest))
}

/// An XLSX body: rows go into a workbook in constant-memory mode (each row written out to a
/// temporary file as it comes), then the finished file is sent in pieces.
pub async fn xlsx_body(
    name: String,
    headers: Vec<String>,
    mut rx: Pages,
) -> Result<axum::body::Body, crate::WebError> {
    let path = tokio::task::spawn_blocking(move || -> Result<tempfile::TempPath, String> {
        let mut sheet = SheetWriter::new(&name, &headers)?;
        while let Some(page) = rx.blocking_recv() {
            for row in page? {
                if !sheet.push(&row)? {
                    break;
                }
            }
        }
        sheet.finish()
    })
    .await
    .map_err(|e| crate::WebError::Internal(e.to_string()))?
    .map_err(crate::WebError::Internal)?;
    let file = tokio::fs::File::open(&path)
        .await
        .map_err(|e| crate::WebError::Internal(e.to_string()))?;
    // The path lives as long as the stream: the file is removed when the download ends.
    let chunks = futures_util::stream::unfold((file, path), |(mut file, path)| async move {
        use tokio::io::AsyncReadExt;
        let mut buf = vec![0u8; 64 * 1024];
        match file.read(&mut buf).await {
            Ok(0) => None,
            Ok(n) => {
                buf.truncate(n);
                Some((Ok::<_, std::io::Error>(buf), (file, path)))
            }
            Err(e) => Some((Err(e), (file, path))),
        }
    });
    Ok(axum::body::Body::from_stream(chunks))
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
