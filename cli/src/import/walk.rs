//! A page's DOM as a reader sees it: lines of text (split where a block starts or ends and at
//! `<br>`), headings, images, quotes and lists, in order. Whether a line was all bold or centred is
//! kept, as CMS pages mark headings and captions only that way.

use dom_query::NodeRef;

pub enum Raw {
    /// One line, its whitespace as in the page (the gaps on an info line separate its fields).
    Text {
        raw: String,
        bold: bool,
        centred: bool,
    },
    Heading(String),
    Image {
        src: String,
        alt: String,
        caption: Option<String>,
        small: bool,
    },
    Quote(String),
    List {
        ordered: bool,
        items: Vec<String>,
    },
}

/// Elements whose content is never article text.
const SKIPPED: [&str; 19] = [
    "script", "style", "noscript", "iframe", "object", "embed", "video", "audio", "form", "button", "input",
    "select", "textarea", "svg", "canvas", "map", "template", "head", "title",
];
/// Elements that only wrap text inside a line.
const INLINE: [&str; 16] = [
    "span", "a", "font", "em", "i", "u", "sub", "sup", "small", "big", "label", "abbr", "cite", "q", "s",
    "ins",
];
/// Deeper than this, a page is hostile or broken: what is below is not read.
pub const MAX_DEPTH: usize = 200;

#[derive(Default)]
pub struct Walker {
    pub out: Vec<Raw>,
    line: String,
    bold_only: bool,
    has_text: bool,
    centred: bool,
}

fn is_centred(node: &NodeRef) -> bool {
    let align = node.attr("align").is_some_and(|a| a.eq_ignore_ascii_case("center"));
    let style = node.attr("style").map(|s| s.to_ascii_lowercase().replace(' ', "")).unwrap_or_default();
    align || style.contains("text-align:center")
}

fn name(node: &NodeRef) -> String {
    node.node_name().map(|n| n.to_ascii_lowercase()).unwrap_or_default()
}

impl Walker {
    pub fn walk(&mut self, node: &NodeRef, bold: bool, centred: bool, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        for child in node.children_it(false) {
            if child.is_text() {
                self.push_text(&child.text(), bold, centred);
                continue;
            }
            if !child.is_element() {
                continue;
            }
            let tag = name(&child);
            let here = centred || is_centred(&child);
            match tag.as_str() {
                t if SKIPPED.contains(&t) => {}
                "br" => self.flush(),
                "img" => {
                    self.flush();
                    self.out.push(image(&child, None));
                }
                "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                    self.flush();
                    let mut inner = Walker::default();
                    inner.walk(&child, true, here, depth + 1);
                    inner.flush();
                    for raw in inner.out {
                        match raw {
                            Raw::Text { raw, .. } => self.out.push(Raw::Heading(raw)),
                            other => self.out.push(other),
                        }
                    }
                }
                "blockquote" => {
                    self.flush();
                    self.out.push(Raw::Quote(text_within(&child, depth + 1)));
                }
                "ul" | "ol" => {
                    self.flush();
                    let items = child
                        .element_children()
                        .iter()
                        .filter(|li| name(li) == "li")
                        .map(|li| text_within(li, depth + 1))
                        .collect();
                    self.out.push(Raw::List { ordered: tag == "ol", items });
                }
                "figure" => {
                    self.flush();
                    let caption: String =
                        child.find(&["figcaption"]).iter().map(|c| text_within(c, depth + 1)).collect();
                    let caption = Some(caption).filter(|c| !c.trim().is_empty());
                    for img in &child.find(&["img"]) {
                        self.out.push(image(img, caption.clone()));
                    }
                }
                "b" | "strong" => self.walk(&child, true, here, depth + 1),
                t if INLINE.contains(&t) => self.walk(&child, bold, here, depth + 1),
                // Everything else (p, div, td, center, section, …) is a block of its own.
                _ => {
                    self.flush();
                    let start = self.out.len();
                    self.walk(&child, bold, here || tag == "center", depth + 1);
                    self.flush();
                    // A picture and one line in a wrapper of their own (`div.pic > img + p`):
                    // the line is its caption, as a centred line under it would be.
                    if let [Raw::Image { .. }, Raw::Text { centred, .. }] = &mut self.out[start..] {
                        *centred = true;
                    }
                }
            }
        }
    }

    fn push_text(&mut self, text: &str, bold: bool, centred: bool) {
        if !self.has_text && self.line.trim().is_empty() {
            self.bold_only = true;
            self.centred = centred;
        }
        self.line.push_str(text);
        if !text.chars().all(|c| c.is_whitespace() || c == '\u{3000}') {
            self.has_text = true;
            self.bold_only &= bold;
        }
    }

    pub fn flush(&mut self) {
        if self.has_text {
            let raw = std::mem::take(&mut self.line);
            self.out.push(Raw::Text { raw, bold: self.bold_only, centred: self.centred });
        }
        self.line.clear();
        self.has_text = false;
    }
}

fn image(node: &NodeRef, caption: Option<String>) -> Raw {
    let size = |name: &str| node.attr(name).and_then(|v| v.trim_end_matches("px").parse::<u32>().ok());
    let small = size("width").is_some_and(|w| w < 60) || size("height").is_some_and(|h| h < 60);
    Raw::Image {
        src: node.attr("src").map(|s| s.trim().to_owned()).unwrap_or_default(),
        alt: node.attr("alt").map(|a| a.to_string()).unwrap_or_default(),
        caption,
        small,
    }
}

/// What a walk from `node` finds.
pub fn walk_from(node: &NodeRef) -> Vec<Raw> {
    let mut walker = Walker::default();
    walker.walk(node, false, false, 0);
    walker.flush();
    walker.out
}

/// The text under `node` as one line, read as the walk reads (nothing from skipped elements).
fn text_within(node: &NodeRef, depth: usize) -> String {
    let mut walker = Walker::default();
    walker.walk(node, false, false, depth);
    walker.flush();
    walker.out.into_iter().flat_map(texts_of).collect::<Vec<_>>().join(" ")
}

fn texts_of(raw: Raw) -> Vec<String> {
    match raw {
        Raw::Text { raw, .. } | Raw::Heading(raw) | Raw::Quote(raw) => vec![raw],
        Raw::List { items, .. } => items,
        Raw::Image { .. } => vec![],
    }
}

/// Every line of text under `node`, as raw text.
pub fn lines(node: &NodeRef) -> Vec<String> {
    walk_from(node).into_iter().flat_map(texts_of).collect()
}

/// Whether no element under `node` is nested deeper than `limit` (looked at without recursion).
pub fn depth_within(node: &NodeRef, limit: usize) -> bool {
    let mut stack = vec![(*node, 0)];
    while let Some((next, depth)) = stack.pop() {
        if depth > limit {
            return false;
        }
        stack.extend(next.element_children().into_iter().map(|child| (child, depth + 1)));
    }
    true
}
