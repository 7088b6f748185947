//! Problems found in a file of rows (a CSV import), each named by its row (the header is
//! row 1, as a spreadsheet numbers them) and column.

/// One problem in one cell, or in a whole row when `column` is empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub row: u64,
    pub column: String,
    pub message: String,
}

impl RowError {
    pub fn new(row: u64, column: &str, message: impl Into<String>) -> Self {
        RowError {
            row,
            column: column.to_string(),
            message: message.into(),
        }
    }
}

impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.column.is_empty() {
            write!(f, "row {}: {}", self.row, self.message)
        } else {
            write!(
                f,
                "row {}, column {}: {}",
                self.row, self.column, self.message
            )
        }
    }
}
