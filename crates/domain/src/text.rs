//! Text as the academy stores it: NFC-normalised, trimmed, inner runs of white space folded to
//! one space. Names typed on different phones in Devanagari, Odia or Bengali can arrive in
//! different Unicode forms; normalising once at the edge makes equality and search work.

use unicode_normalization::UnicodeNormalization;

use crate::{Invalid, Problem};

/// NFC, trimmed, with runs of white space (including newlines and tabs) folded to one space.
pub fn clean(input: &str) -> String {
    let nfc: String = input.nfc().collect();
    nfc.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A required piece of text of at most `max` characters, cleaned.
pub fn required(field: &'static str, input: &str, max: usize) -> Result<String, Invalid> {
    let value = clean(input);
    if value.is_empty() {
        return Err(Invalid::new(field, Problem::Required));
    }
    if value.chars().count() > max {
        return Err(Invalid::new(field, Problem::TooLong(max)));
    }
    Ok(value)
}

/// Optional text: empty input gives `None`.
pub fn optional(field: &'static str, input: &str, max: usize) -> Result<Option<String>, Invalid> {
    let value = clean(input);
    if value.is_empty() {
        return Ok(None);
    }
    if value.chars().count() > max {
        return Err(Invalid::new(field, Problem::TooLong(max)));
    }
    Ok(Some(value))
}

/// The key a name is searched by: cleaned and lower-cased (Indic scripts have no case, so
/// this only folds Latin letters).
pub fn search_key(input: &str) -> String {
    clean(input).to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decomposed_and_composed_devanagari_become_equal() {
        // क़ written as क + nukta (decomposed) and as the precomposed letter.
        let decomposed = "\u{0915}\u{093C}";
        let composed = "\u{0958}";
        assert_eq!(clean(decomposed), clean(composed));
    }

    #[test]
    fn white_space_is_folded() {
        assert_eq!(clean("  Sunita \t\n Murmu "), "Sunita Murmu");
    }

    #[test]
    fn required_text_names_its_field() {
        let err = required("full_name", "   ", 10).unwrap_err();
        assert_eq!(err.field, "full_name");
        assert_eq!(err.problem, Problem::Required);
        assert!(required("full_name", "abcdefghijk", 10).is_err());
    }
}
