//! Lesson Markdown to HTML. Images are rewritten to their media URLs with their width and
//! height (so the page does not jump while they load) and `loading="lazy"`; raw HTML is an
//! error, since lessons are also read aloud and must not carry markup of their own.

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd};

use crate::Image;

/// Renders `body`; `resolve` turns an image's path into its media. Problems come back with
/// their line within `body`.
pub fn render(
    body: &str,
    resolve: &mut dyn FnMut(&str) -> Result<Image, String>,
) -> Result<String, Vec<(usize, String)>> {
    let mut problems = Vec::new();
    let mut events = Vec::new();
    let mut image: Option<(Image, String)> = None;
    let line = |offset: usize| body[..offset.min(body.len())].matches('\n').count() + 1;
    for (event, range) in Parser::new_ext(body, Options::ENABLE_STRIKETHROUGH).into_offset_iter() {
        match event {
            Event::Html(_) | Event::InlineHtml(_) => {
                problems.push((
                    line(range.start),
                    "raw HTML is not allowed in a lesson".to_string(),
                ));
            }
            Event::Start(Tag::Image { dest_url, .. }) => match resolve(&dest_url) {
                Ok(found) => image = Some((found, String::new())),
                Err(message) => problems.push((line(range.start), message)),
            },
            Event::Start(Tag::Table(_)) => {
                problems.push((
                    line(range.start),
                    "tables do not read well aloud; write the rows as sentences".to_string(),
                ));
            }
            Event::Text(text) | Event::Code(text) if image.is_some() => {
                if let Some((_, alt)) = &mut image {
                    alt.push_str(&text);
                }
            }
            Event::End(TagEnd::Image) => {
                if let Some((img, alt)) = image.take() {
                    if alt.trim().is_empty() {
                        problems.push((
                            line(range.start),
                            "an image needs alt text in the lesson's language".to_string(),
                        ));
                    }
                    let size = if img.width > 0 {
                        format!(" width=\"{}\" height=\"{}\"", img.width, img.height)
                    } else {
                        String::new()
                    };
                    let html = format!(
                        "<img src=\"{}\" alt=\"{}\"{size} loading=\"lazy\">",
                        img.url,
                        escape(&alt)
                    );
                    events.push(Event::Html(CowStr::from(html)));
                }
            }
            _ if image.is_some() => {}
            other => events.push(other),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut html = String::with_capacity(body.len() * 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    Ok(html)
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn image(path: &str) -> Result<Image, String> {
        if path == "../images/mask.svg" {
            Ok(Image {
                url: "/media/abc.svg".into(),
                width: 64,
                height: 48,
            })
        } else {
            Err(format!("{path} does not exist"))
        }
    }

    #[test]
    fn images_get_their_media_url_size_and_alt_text() {
        let html = render(
            "Wear it.\n\n![A dust mask](../images/mask.svg)\n",
            &mut image,
        )
        .unwrap();
        assert!(html.contains("<img src=\"/media/abc.svg\" alt=\"A dust mask\" width=\"64\" height=\"48\" loading=\"lazy\">"), "{html}");
    }

    #[test]
    fn raw_html_and_missing_images_are_reported_with_their_lines() {
        let problems = render(
            "One.\n\n<script>x</script>\n\n![gone](../images/gone.svg)\n",
            &mut image,
        )
        .unwrap_err();
        assert_eq!(problems.iter().map(|p| p.0).collect::<Vec<_>>(), [3, 5]);
        assert!(problems[1].1.contains("does not exist"));
    }
}
