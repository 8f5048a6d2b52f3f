//! Shows which sentence is being read: the block that holds it carries `aria-current="true"`
//! (and a bar in the margin), and the sentence itself is painted through the CSS Custom
//! Highlight API where the browser has it. The article's DOM is never changed, so nothing
//! re-renders and a screen reader's reading position is not disturbed.

use std::ops::Range;

use js_sys::{Array, Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

use crate::adapters::dom;

/// The name CSS paints as `::highlight(changyue-sentence)`.
const HIGHLIGHT: &str = "changyue-sentence";
const CURRENT: &str = "aria-current";

fn registry() -> Option<JsValue> {
    dom::window()?;
    let css = Reflect::get(&js_sys::global(), &"CSS".into()).ok()?;
    let registry = Reflect::get(&css, &"highlights".into()).ok()?;
    registry.is_object().then_some(registry)
}

fn call(target: &JsValue, method: &str, args: &[JsValue]) -> Option<JsValue> {
    let function: Function = Reflect::get(target, &method.into()).ok()?.dyn_into().ok()?;
    function.apply(target, &args.iter().collect::<Array>()).ok()
}

/// Paints `span` (UTF-16 offsets into the text of `block`) as the sentence being read. An
/// article block also becomes `aria-current`; with `follow` (连读) the sentence is scrolled
/// into view when it is off screen. 指读 never moves the page under a resting pointer.
pub fn show(block: &Element, span: Range<u32>, follow: bool) {
    clear_current();
    if block.closest(".article").ok().flatten().is_some() {
        let _ = block.set_attribute(CURRENT, "true");
    }
    let range = text_range(block, span);
    if let (Some(registry), Some(range)) = (registry(), range.as_ref()) {
        let constructor = Reflect::get(&js_sys::global(), &"Highlight".into()).ok();
        let highlight = constructor
            .and_then(|c| c.dyn_into::<Function>().ok())
            .and_then(|c| Reflect::construct(&c, &Array::of1(range)).ok());
        if let Some(highlight) = highlight {
            call(&registry, "set", &[HIGHLIGHT.into(), highlight]);
        }
    }
    if !follow {
        return;
    }
    let rect = match &range {
        Some(range) => range.get_bounding_client_rect(),
        None => block.get_bounding_client_rect(),
    };
    // The bottom fifth may be under the 大字幕 bar.
    if rect.top() < 0.0 || rect.bottom() > dom::viewport_height() * 0.8 {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        block.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

pub fn clear() {
    clear_current();
    if let Some(registry) = registry() {
        call(&registry, "delete", &[HIGHLIGHT.into()]);
    }
}

fn clear_current() {
    for element in dom::query_all::<Element>(".article [aria-current=\"true\"]") {
        let _ = element.remove_attribute(CURRENT);
    }
}

/// A DOM range over UTF-16 offsets of an element's text, across however many text nodes it has.
fn text_range(block: &Element, span: Range<u32>) -> Option<web_sys::Range> {
    let document = block.owner_document()?;
    let walker = document.create_tree_walker_with_what_to_show(block, 0x4 /* SHOW_TEXT */).ok()?;
    let range = document.create_range().ok()?;
    let (mut seen, mut started) = (0u32, false);
    while let Some(node) = walker.next_node().ok().flatten() {
        let length = node.text_content().map(|t| t.encode_utf16().count() as u32).unwrap_or(0);
        if !started && span.start <= seen + length {
            range.set_start(&node, span.start - seen).ok()?;
            started = true;
        }
        if started && span.end <= seen + length {
            range.set_end(&node, span.end - seen).ok()?;
            return Some(range);
        }
        seen += length;
    }
    None
}
