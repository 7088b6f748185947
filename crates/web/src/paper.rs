//! Printed pages as PDF: session rosters and test answer sheets, A4, with names in Latin,
//! Devanagari, Odia and Bengali shaped correctly. krilla draws a single-script run with one
//! font; this module cuts each line into runs by script, measures each run with rustybuzz,
//! and draws it with the font for its script (Noto; Lohit for Odia, see assets/fonts).

use std::sync::{Arc, LazyLock};

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};
use krilla::Document;

/// A4 in points.
pub const A4: (f32, f32) = (595.0, 842.0);

struct Face {
    bytes: &'static [u8],
    font: Font,
}

impl Face {
    fn load(bytes: &'static [u8]) -> Face {
        let font = Font::new(Arc::new(bytes.to_vec()).into(), 0).expect("a bundled font loads");
        Face { bytes, font }
    }

    fn has(&self, c: char) -> bool {
        rustybuzz::Face::from_slice(self.bytes, 0).is_some_and(|f| f.glyph_index(c).is_some())
    }

    /// The width of `text` at `size`, as rustybuzz shapes it (the same shaping krilla uses).
    fn width(&self, text: &str, size: f32) -> f32 {
        let Some(face) = rustybuzz::Face::from_slice(self.bytes, 0) else {
            return 0.0;
        };
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        let shaped = rustybuzz::shape(&face, &[], buffer);
        let units: i32 = shaped.glyph_positions().iter().map(|p| p.x_advance).sum();
        units as f32 * size / f32::from(face.units_per_em() as u16)
    }
}

struct Faces {
    latin: Face,
    bold: Face,
    devanagari: Face,
    bengali: Face,
    odia: Face,
}

static FACES: LazyLock<Faces> = LazyLock::new(|| Faces {
    latin: Face::load(include_bytes!("../assets/fonts/NotoSans-Regular.ttf")),
    bold: Face::load(include_bytes!("../assets/fonts/NotoSans-Bold.ttf")),
    devanagari: Face::load(include_bytes!(
        "../assets/fonts/NotoSansDevanagari-Regular.ttf"
    )),
    bengali: Face::load(include_bytes!(
        "../assets/fonts/NotoSansBengali-Regular.ttf"
    )),
    odia: Face::load(include_bytes!("../assets/fonts/Lohit-Odia.ttf")),
});

/// The face a character's script needs, if it is one of the Indic scripts.
fn indic_face(c: char) -> Option<&'static Face> {
    match c as u32 {
        0x0900..=0x097F | 0xA8E0..=0xA8FF | 0x1CD0..=0x1CFF => Some(&FACES.devanagari),
        0x0980..=0x09FF => Some(&FACES.bengali),
        0x0B00..=0x0B7F => Some(&FACES.odia),
        _ => None,
    }
}

/// Cuts a line into runs that one face can draw. Spaces, digits and punctuation stay with
/// the run they are in when its face has them, so a name's clusters are never split.
fn runs(text: &str, bold: bool) -> Vec<(&'static Face, String)> {
    let base: &'static Face = if bold { &FACES.bold } else { &FACES.latin };
    let mut out: Vec<(&'static Face, String)> = Vec::new();
    for c in text.chars() {
        // Spaces come from the Latin face: Lohit Odia's space is next to nothing wide.
        let face = match indic_face(c) {
            Some(f) => f,
            None => match out.last() {
                Some((f, _))
                    if !std::ptr::eq(*f, base)
                        && !c.is_whitespace()
                        && !c.is_alphabetic()
                        && f.has(c) =>
                {
                    f
                }
                _ => base,
            },
        };
        match out.last_mut() {
            Some((f, run)) if std::ptr::eq(*f, face) => run.push(c),
            // Combining marks belong to the cluster before them.
            Some((_, run)) if is_mark(c) => run.push(c),
            _ => out.push((face, c.to_string())),
        }
    }
    out
}

/// Combining marks, joiners and the Indic vowel signs and viramas that close a cluster.
fn is_mark(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x200C | 0x200D
        | 0x0900..=0x0903 | 0x093A..=0x094F | 0x0951..=0x0957 | 0x0962 | 0x0963
        | 0x0981..=0x0983 | 0x09BC | 0x09BE..=0x09CD | 0x09D7 | 0x09E2 | 0x09E3
        | 0x0B01..=0x0B03 | 0x0B3C | 0x0B3E..=0x0B4D | 0x0B55..=0x0B57 | 0x0B62 | 0x0B63)
}

/// A page being drawn, with y growing downwards from the top edge.
pub struct Sheet<'a> {
    surface: Surface<'a>,
}

impl Sheet<'_> {
    /// Writes `text` with its left end at `x` and its baseline at `y`; returns its width.
    pub fn text(&mut self, x: f32, y: f32, size: f32, text: &str, bold: bool) -> f32 {
        let mut at = x;
        self.surface.set_fill(Some(Fill {
            paint: rgb::Color::new(20, 20, 20).into(),
            ..Default::default()
        }));
        for (face, run) in runs(text, bold) {
            self.surface.draw_text(
                Point::from_xy(at, y),
                face.font.clone(),
                size,
                &run,
                false,
                TextDirection::Auto,
            );
            at += face.width(&run, size);
        }
        at - x
    }

    /// Writes `text`, cut with "…" to fit `width` (never inside a cluster's marks).
    pub fn text_fit(&mut self, x: f32, y: f32, size: f32, text: &str, width: f32, bold: bool) {
        if measure(text, size, bold) <= width {
            self.text(x, y, size, text, bold);
            return;
        }
        let chars: Vec<char> = text.chars().collect();
        let cut = |mut keep: usize| {
            // Never end on a combining mark or virama: it belongs to the letter before it.
            while keep > 0 && keep < chars.len() && is_mark(chars[keep]) {
                keep -= 1;
            }
            chars[..keep].iter().collect::<String>() + "…"
        };
        // The longest prefix that fits, found by halving: shaping is the costly part.
        let (mut fits, mut too_long) = (0, chars.len());
        while too_long - fits > 1 {
            let mid = (fits + too_long) / 2;
            if measure(&cut(mid), size, bold) <= width {
                fits = mid;
            } else {
                too_long = mid;
            }
        }
        let shown = cut(fits);
        self.text(x, y, size, &shown, bold);
    }

    /// An empty box (a tick box, a cell).
    pub fn square(&mut self, x: f32, y: f32, w: f32, h: f32) {
        self.rectangle(x, y, w, h, None, Some((rgb::Color::new(60, 60, 60), 0.8)));
    }

    /// Writes `text` centred on `x`.
    pub fn centred(&mut self, x: f32, y: f32, size: f32, text: &str, bold: bool) {
        let width = measure(text, size, bold);
        self.text(x - width / 2.0, y, size, text, bold);
    }

    /// A rectangle's outline, in the academy's purple.
    pub fn frame(&mut self, x: f32, y: f32, w: f32, h: f32) {
        self.rectangle(x, y, w, h, None, Some((rgb::Color::new(91, 42, 134), 1.5)));
    }

    /// A filled black square: one module of a QR code.
    pub fn filled(&mut self, x: f32, y: f32, w: f32, h: f32) {
        self.rectangle(x, y, w, h, Some(rgb::Color::new(0, 0, 0)), None);
    }

    /// A rectangle, filled and/or outlined (colour, width).
    fn rectangle(
        &mut self,
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        fill: Option<rgb::Color>,
        stroke: Option<(rgb::Color, f32)>,
    ) {
        let mut path = PathBuilder::new();
        if let Some(rect) = Rect::from_xywh(x, y, w, h) {
            path.push_rect(rect);
        }
        let Some(path) = path.finish() else { return };
        self.surface.set_fill(fill.map(|c| Fill {
            paint: c.into(),
            ..Default::default()
        }));
        self.surface.set_stroke(stroke.map(|(c, width)| Stroke {
            paint: c.into(),
            width,
            opacity: NormalizedF32::ONE,
            ..Default::default()
        }));
        self.surface.draw_path(&path);
        self.surface.set_stroke(None);
    }

    /// The academy's seal: a ring with a five-pointed star, centred on (x, y).
    pub fn seal(&mut self, x: f32, y: f32, r: f32) {
        let mut ring = PathBuilder::new();
        let steps = 72;
        for i in 0..=steps {
            let a = i as f32 / steps as f32 * std::f32::consts::TAU;
            let (px, py) = (x + r * a.cos(), y + r * a.sin());
            if i == 0 {
                ring.move_to(px, py);
            } else {
                ring.line_to(px, py);
            }
        }
        ring.close();
        let mut star = PathBuilder::new();
        for i in 0..10 {
            let a = -std::f32::consts::FRAC_PI_2 + i as f32 * std::f32::consts::PI / 5.0;
            let radius = if i % 2 == 0 { r * 0.6 } else { r * 0.25 };
            let (px, py) = (x + radius * a.cos(), y + radius * a.sin());
            if i == 0 {
                star.move_to(px, py);
            } else {
                star.line_to(px, py);
            }
        }
        star.close();
        let purple = rgb::Color::new(91, 42, 134);
        if let Some(path) = ring.finish() {
            self.surface.set_fill(None);
            self.surface.set_stroke(Some(Stroke {
                paint: purple.into(),
                width: 3.0,
                ..Default::default()
            }));
            self.surface.draw_path(&path);
            self.surface.set_stroke(None);
        }
        if let Some(path) = star.finish() {
            self.surface.set_fill(Some(Fill {
                paint: purple.into(),
                ..Default::default()
            }));
            self.surface.draw_path(&path);
        }
    }

    /// A thin rule across the page.
    pub fn rule(&mut self, x: f32, y: f32, w: f32) {
        let mut path = PathBuilder::new();
        path.move_to(x, y);
        path.line_to(x + w, y);
        if let Some(path) = path.finish() {
            self.surface.set_stroke(Some(Stroke {
                paint: rgb::Color::new(180, 180, 180).into(),
                width: 0.5,
                ..Default::default()
            }));
            self.surface.draw_path(&path);
            self.surface.set_stroke(None);
        }
    }
}

/// The width `text` takes.
pub fn measure(text: &str, size: f32, bold: bool) -> f32 {
    runs(text, bold)
        .iter()
        .map(|(face, run)| face.width(run, size))
        .sum()
}

/// A document of pages of `size`, each drawn by `draw(page number from 0, sheet)`.
pub fn document(
    size: (f32, f32),
    pages: usize,
    mut draw: impl FnMut(usize, &mut Sheet<'_>),
) -> Result<Vec<u8>, String> {
    let mut document = Document::new();
    for n in 0..pages.max(1) {
        let settings = PageSettings::from_wh(size.0, size.1).ok_or("page size")?;
        let mut page = document.start_page_with(settings);
        {
            let mut sheet = Sheet {
                surface: page.surface(),
            };
            draw(n, &mut sheet);
            sheet.surface.finish();
        }
        page.finish();
    }
    document.finish().map_err(|e| format!("{e:?}"))
}

/// The first page of a PDF drawn as a PNG, `scale` pixels per PDF point: what a phone shows
/// and shares as a picture. Uses only the fonts the PDF embeds.
pub fn render_png(pdf: Vec<u8>, scale: f32) -> Result<Vec<u8>, String> {
    use hayro::hayro_interpret::InterpreterSettings;
    use hayro::hayro_syntax::Pdf;
    use hayro::vello_cpu::color::palette::css::WHITE;
    let pdf = Pdf::new(pdf).map_err(|e| format!("reading the PDF: {e:?}"))?;
    let page = pdf.pages().first().ok_or("the PDF has no page")?;
    let pixmap = hayro::render(
        page,
        &hayro::RenderCache::new(),
        &InterpreterSettings::default(),
        &hayro::RenderSettings::default(),
        &hayro::PixmapSettings {
            x_scale: scale,
            y_scale: scale,
            bg_color: WHITE,
        },
    );
    pixmap
        .into_png()
        .map_err(|e| format!("writing the PNG: {e:?}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_cut_into_runs_by_script() {
        let r = runs("Name: प्रियंका मुर्मू (JH-0000001)", false);
        let texts: Vec<&str> = r.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(texts.first(), Some(&"Name: "));
        assert!(
            texts.contains(&"प्रियंका") && texts.contains(&"मुर्मू"),
            "{texts:?}"
        );
        let odia = runs("ପ୍ରିୟଙ୍କା", false);
        assert_eq!(
            odia.len(),
            1,
            "one Odia word is one run: its clusters are never split"
        );
    }

    #[test]
    fn long_text_is_cut_to_fit_without_splitting_a_cluster() {
        let long = "प्रियंका मुर्मू ".repeat(20);
        let pdf = document(A4, 1, |_, s| {
            s.text_fit(40.0, 60.0, 12.0, &long, 100.0, false)
        })
        .unwrap();
        assert!(pdf.starts_with(b"%PDF"));
        let url = "http://127.0.0.1:8080/verify/01a21d02-f314-742b-a920-2b4b2d00437c";
        document(A4, 1, |_, s| s.text_fit(40.0, 60.0, 8.0, url, 20.0, false)).unwrap();
    }

    #[test]
    fn a_document_is_a_pdf() {
        let pdf = document(A4, 2, |n, s| {
            s.text(40.0, 60.0, 14.0, &format!("Page {n}: প্রিয়াঙ্কা মুর্মু"), false);
        })
        .unwrap();
        assert!(pdf.starts_with(b"%PDF"));
    }
}
