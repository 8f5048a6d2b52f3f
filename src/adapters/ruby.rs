//! 拼音 over the article's characters. Each annotated character becomes
//! `<ruby>行<rt lang="zh-Latn-pinyin" aria-hidden="true" data-pinyin="háng"></rt></ruby>`, and CSS
//! draws the syllable from the attribute. No text node holds a syllable, so the element's text
//! stays exactly its characters: a screen reader, read-aloud, the sentence highlight, 指读 and a
//! copy all meet the characters only. Taking 拼音 away puts each element's one text node back.

use changyue_core::pinyin::Piece;
use changyue_core::startup::PRERENDERED_ID;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

use crate::adapters::dom;

/// Marks an element whose characters carry 拼音 (and what `remove_all` looks for).
const SHOWN: &str = "data-pinyin-shown";
/// The language tag of Hanyu Pinyin romanisation (BCP 47: `zh-Latn-pinyin`).
const PINYIN_LANG: &str = "zh-Latn-pinyin";

/// The app's article (not the pre-rendered copy that may still stand beside it while the app
/// takes over), or `None` when no article is shown.
pub fn article() -> Option<Element> {
    dom::query_all::<Element>(".article")
        .into_iter()
        .find(|a| a.closest(&format!("#{PRERENDERED_ID}")).ok().flatten().is_none())
}

/// The elements that hold the article's texts, in the order of core's `pinyin::texts_of`: the
/// title, the summary (`None` when there is none), then each body block's text element, each
/// item of a list, an image's caption (`None` for an image without one).
pub fn text_elements(article: &Element) -> Vec<Option<Element>> {
    let one = |selector: &str| article.query_selector(selector).ok().flatten();
    let mut all = vec![one("h1"), one(".article-summary p")];
    let blocks = article.query_selector_all(".article-body > *").ok();
    let blocks = blocks
        .map(|list| (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).collect());
    let blocks: Vec<Element> = blocks.unwrap_or_default();
    for block in blocks {
        match block.tag_name().as_str() {
            "BLOCKQUOTE" => all.push(block.query_selector("p").ok().flatten()),
            "OL" | "UL" => {
                if let Ok(items) = block.query_selector_all("li") {
                    all.extend((0..items.length()).map(|i| items.item(i).and_then(|n| n.dyn_into().ok())));
                }
            }
            "FIGURE" => all.push(block.query_selector("figcaption").ok().flatten()),
            _ => all.push(Some(block)),
        }
    }
    all
}

/// Puts `pieces` (the element's own text, paired with its syllables) in place of the element's
/// text. The caller has checked that the element's text is the text the pieces were made from.
pub fn annotate(element: &Element, pieces: &[Piece]) {
    let Some(document) = element.owner_document() else { return };
    let fragment = document.create_document_fragment();
    for piece in pieces {
        let node: Option<web_sys::Node> = match piece {
            Piece::Plain(text) => Some(document.create_text_node(text).into()),
            Piece::Annotated { base, syllable } => ruby(&document, base, syllable).map(Into::into),
        };
        if let Some(node) = node {
            let _ = fragment.append_child(&node);
        }
    }
    element.set_text_content(None);
    let _ = element.append_child(&fragment);
    let _ = element.set_attribute(SHOWN, "");
}

fn ruby(document: &Document, base: &str, syllable: &str) -> Option<Element> {
    let ruby = document.create_element("ruby").ok()?;
    ruby.set_text_content(Some(base));
    let rt = document.create_element("rt").ok()?;
    rt.set_attribute("lang", PINYIN_LANG).ok()?;
    rt.set_attribute("aria-hidden", "true").ok()?;
    rt.set_attribute("data-pinyin", syllable).ok()?;
    ruby.append_child(&rt).ok()?;
    Some(ruby)
}

/// Takes 拼音 away from every element under `root` that carries it.
pub fn remove_all(root: &Element) {
    let Ok(shown) = root.query_selector_all(&format!("[{SHOWN}]")) else { return };
    for i in 0..shown.length() {
        if let Some(element) = shown.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            // The syllables are attributes, not text: the text is the characters alone.
            let text = element.text_content().unwrap_or_default();
            element.set_text_content(Some(&text));
            let _ = element.remove_attribute(SHOWN);
        }
    }
}
