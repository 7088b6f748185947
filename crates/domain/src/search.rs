//! How text is searched: the key a word is indexed and looked up by, the terms of a query and
//! the snippet that shows a match.
//!
//! Hindi, Odia and Bengali are written in three scripts laid out in parallel by Unicode (each
//! block follows the old ISCII order), and much of their vocabulary is shared: सुरक्षा, ସୁରକ୍ଷା
//! and সুরক্ষা are the same word, "safety". Folding Odia and Bengali letters onto their
//! Devanagari places lets a search typed in one script find the word written in the others.
//! Words keep their vowel signs and virama (the database tokenizers are set up to keep them
//! too), so an Indic word is never cut into meaningless pieces.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

const DEVANAGARI: u32 = 0x0900;
const BENGALI: u32 = 0x0980;
const ODIA: u32 = 0x0B00;
const NUKTA: char = '\u{093C}';

/// The searchable form of a text: NFC, lower case, Bengali and Odia letters on their Devanagari
/// places, nukta and zero-width joiners dropped. Word boundaries are kept as they were.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.nfc().flat_map(char::to_lowercase) {
        match fold_char(c) {
            Some(NUKTA) | None => {}
            Some(f) => out.push(f),
        }
    }
    out
}

/// One character's folded form; `None` drops it.
fn fold_char(c: char) -> Option<char> {
    let code = c as u32;
    let shifted = |from: u32| char::from_u32(code - from + DEVANAGARI);
    match c {
        '\u{200C}' | '\u{200D}' => None,
        // Odia WA and Bengali/Assamese RA and WA have no parallel place.
        '\u{0B71}' | '\u{09F1}' => Some('व'),
        '\u{09F0}' => Some('र'),
        // Bengali khanda ta is a dead t.
        '\u{09CE}' => Some('त'),
        '\u{0B5F}' => Some('य'),
        '\u{0981}'..='\u{09EF}' => shifted(BENGALI).map(digit),
        '\u{0B01}'..='\u{0B6F}' => shifted(ODIA).map(digit),
        _ => Some(digit(c)),
    }
}

/// Devanagari digits (and so Bengali and Odia ones, once shifted) as ASCII digits.
fn digit(c: char) -> char {
    match c {
        '\u{0966}'..='\u{096F}' => char::from(b'0' + (c as u32 - 0x0966) as u8),
        _ => c,
    }
}

/// Whether `c` belongs inside a word: letters, digits and combining marks (vowel signs,
/// virama, anusvara), the same classes the SQLite tokenizer keeps.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

/// Little words that nearly every post has ("is", "in", "and" in the four languages). A
/// query drops them when it has other words: they narrow nothing and would make the
/// database rank most of the index.
const COMMON: &[&str] = &[
    // Hindi
    "है",
    "हैं",
    "था",
    "थी",
    "थे",
    "हो",
    "में",
    "की",
    "के",
    "का",
    "को",
    "से",
    "पर",
    "और",
    "या",
    "भी",
    "तो",
    "ही",
    "एक",
    "यह",
    "वह",
    "ये",
    "वो",
    "कि",
    "क्या",
    "कैसे",
    "जो",
    "हम",
    "मैं",
    "आप",
    "मुझे",
    "मेरा",
    "मेरी",
    "लिए",
    "कर",
    "करें",
    "करना",
    // Bengali (folded onto Devanagari places when compared)
    "আর",
    "ও",
    "কি",
    "এই",
    "সেই",
    "করে",
    "হয়",
    "আমি",
    "আমার",
    "আছে",
    "যে",
    "থেকে",
    "জন্য",
    // Odia
    "ଓ",
    "ଆଉ",
    "କି",
    "ଏହି",
    "ସେ",
    "ରେ",
    "ର",
    "ମୁଁ",
    "ମୋର",
    "ଅଛି",
    "ପାଇଁ",
    "ଯେ",
    // English
    "the",
    "a",
    "an",
    "of",
    "in",
    "on",
    "to",
    "and",
    "or",
    "is",
    "are",
    "for",
    "with",
    "what",
    "how",
    "i",
    "my",
    "it",
    "do",
    "can",
];

/// Whether a term also matches the words it starts: only terms of three letters or more, so
/// that one or two letters never stand for half the index.
pub fn is_prefix_term(term: &str) -> bool {
    term.chars().count() >= 3
}

/// The words of a query, folded, without repeats and without little common words (unless
/// the query has nothing else), at most eight of them.
pub fn terms(query: &str) -> Vec<String> {
    let folded = fold(query);
    let mut out: Vec<String> = Vec::new();
    for word in folded.split(|c: char| !is_word_char(c)) {
        if !word.is_empty() && !out.iter().any(|w| w == word) {
            out.push(word.to_string());
        }
    }
    let common = |w: &String| COMMON.iter().any(|c| fold(c) == *w);
    if out.iter().any(|w| !common(w)) {
        out.retain(|w| !common(w));
    }
    out.truncate(8);
    out
}

/// Whether a word (as written) matches one of the query's terms.
fn matches_term(word: &str, terms: &[String]) -> bool {
    let f = fold(word);
    terms.iter().any(|t| {
        if is_prefix_term(t) {
            f.starts_with(t.as_str())
        } else {
            f == *t
        }
    })
}

/// A piece of a snippet: text, and whether it matched the search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    pub hit: bool,
}

/// About `words` words of `text` around its first match, with every word that starts with a
/// term marked. Words are compared folded, so an Odia word matches a Devanagari term.
pub fn snippet(text: &str, terms: &[String], words: usize) -> Vec<Piece> {
    // Split into alternating runs of word and non-word characters.
    let mut runs: Vec<(&str, bool)> = Vec::new();
    let mut start = 0;
    let mut in_word = None;
    for (i, c) in text.char_indices() {
        let w = is_word_char(c);
        if in_word != Some(w) {
            if let Some(prev) = in_word {
                runs.push((&text[start..i], prev));
            }
            start = i;
            in_word = Some(w);
        }
    }
    if let Some(prev) = in_word {
        runs.push((&text[start..], prev));
    }
    let matches = |word: &str| matches_term(word, terms);
    let word_runs: Vec<usize> = (0..runs.len()).filter(|i| runs[*i].1).collect();
    let first = word_runs
        .iter()
        .position(|i| matches(runs[*i].0))
        .unwrap_or(0);
    let from_word = first.saturating_sub(words / 3);
    let to_word = (from_word + words).min(word_runs.len());
    let (Some(&from), Some(&to)) = (
        word_runs.get(from_word),
        word_runs.get(to_word.saturating_sub(1)),
    ) else {
        return Vec::new();
    };
    let mut pieces: Vec<Piece> = Vec::new();
    if from > 0 {
        pieces.push(Piece {
            text: "… ".into(),
            hit: false,
        });
    }
    for (text, is_word) in &runs[from..=to] {
        let hit = *is_word && matches(text);
        match pieces.last_mut() {
            Some(last) if !last.hit && !hit => last.text.push_str(text),
            _ => pieces.push(Piece {
                text: text.to_string(),
                hit,
            }),
        }
    }
    if to + 1 < runs.len() {
        pieces.push(Piece {
            text: " …".into(),
            hit: false,
        });
    }
    pieces
}

/// Text from the HTML the content renderer writes: tags dropped, the five entities it uses
/// decoded, block ends turned into spaces.
pub fn text_of_html(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    let decoded = out
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_word_in_three_scripts_folds_to_one_key() {
        assert_eq!(fold("ସୁରକ୍ଷା"), "सुरक्षा");
        assert_eq!(fold("সুরক্ষা"), "सुरक्षा");
        assert_eq!(fold("सुरक्षा"), "सुरक्षा");
        assert_eq!(fold("১০৮ ୧୦୮ १०८"), "108 108 108");
    }

    #[test]
    fn nukta_and_joiners_do_not_split_or_change_a_word() {
        // ड़ written with a nukta, and a word with a zero-width joiner inside.
        assert_eq!(fold("पढ़ाई"), "पढाई");
        assert_eq!(fold("क्\u{200D}ष"), "क्ष");
    }

    #[test]
    fn query_terms_keep_indic_words_whole() {
        assert_eq!(terms("खान सुरक्षा, safety!"), ["खान", "सुरक्षा", "safety"]);
        assert_eq!(terms("ସୁରକ୍ଷା"), ["सुरक्षा"]);
        assert!(terms("  ,, ").is_empty());
        assert_eq!(terms("b c d e f g h j k l").len(), 8);
    }

    #[test]
    fn little_common_words_are_dropped_unless_alone() {
        assert_eq!(terms("खदान में सुरक্ষা"), ["खदान", "सुरक्षा"]);
        assert_eq!(terms("the mine"), ["mine"]);
        assert_eq!(terms("है"), ["है"]);
        assert!(is_prefix_term("धूल") && !is_prefix_term("ढो"));
    }

    #[test]
    fn snippets_mark_matches_in_any_script() {
        let text = "ଖଣି ରେ ସୁରକ୍ଷା ପାଇଁ ମାସ୍କ ପିନ୍ଧନ୍ତୁ";
        let pieces = snippet(text, &terms("सुरक्षा"), 30);
        let hits: Vec<&str> = pieces
            .iter()
            .filter(|p| p.hit)
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(hits, ["ସୁରକ୍ଷା"]);
        let joined: String = pieces.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(joined, text);
    }

    #[test]
    fn long_texts_are_cut_around_the_first_match() {
        let text = (0..100)
            .map(|i| {
                if i == 60 {
                    "dust".to_string()
                } else {
                    format!("w{i}")
                }
            })
            .collect::<Vec<_>>()
            .join(" ");
        let pieces = snippet(&text, &terms("dust"), 12);
        let joined: String = pieces.iter().map(|p| p.text.as_str()).collect();
        assert!(joined.starts_with("… w56"), "{joined}");
        assert!(joined.ends_with(" …"));
        assert!(pieces.iter().any(|p| p.hit && p.text == "dust"));
    }

    #[test]
    fn html_becomes_plain_text() {
        assert_eq!(
            text_of_html("<h2>Dust</h2><p>Wet drilling &amp; masks</p>"),
            "Dust Wet drilling & masks"
        );
    }
}
