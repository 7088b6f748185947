//! Forms that carry a file (a post's picture, a library upload): read as multipart, the CSRF
//! token checked like every other form, the file cut off at its size limit instead of being
//! read whole.

use std::collections::HashMap;

use axum::extract::Multipart;

use crate::csrf::CsrfToken;
use crate::WebError;

/// The text fields and the one file of a multipart form.
#[derive(Debug, Default)]
pub struct Upload {
    pub fields: HashMap<String, String>,
    pub file: Option<Vec<u8>>,
    /// The file was larger than allowed; `file` holds nothing then.
    pub too_large: bool,
}

impl Upload {
    pub fn field(&self, name: &str) -> &str {
        self.fields.get(name).map(String::as_str).unwrap_or("")
    }

    pub fn checked(&self, name: &str) -> bool {
        !self.field(name).is_empty()
    }
}

/// Reads the form, keeping at most `max` bytes of the field `file_field`. An empty file field
/// (nothing chosen) gives `file: None`.
pub async fn read(
    mut form: Multipart,
    token: &CsrfToken,
    file_field: &str,
    max: usize,
) -> Result<Upload, WebError> {
    let mut upload = Upload::default();
    while let Some(mut field) = form.next_field().await.map_err(|_| WebError::StaleForm)? {
        let name = field.name().unwrap_or("").to_string();
        if name == file_field {
            let mut bytes = Vec::new();
            while let Some(chunk) = field.chunk().await.map_err(|_| WebError::StaleForm)? {
                if bytes.len() + chunk.len() > max {
                    upload.too_large = true;
                    bytes.clear();
                    break;
                }
                bytes.extend_from_slice(&chunk);
            }
            if !bytes.is_empty() {
                upload.file = Some(bytes);
            }
        } else {
            let text = field.text().await.map_err(|_| WebError::StaleForm)?;
            upload.fields.insert(name, text);
        }
    }
    let given = upload.field("csrf_token");
    if token.0.is_empty() || given != token.0 {
        return Err(WebError::StaleForm);
    }
    Ok(upload)
}
