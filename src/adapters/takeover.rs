//! A pre-rendered page (`changyue render`, cli/) shows the article before the app starts. The
//! app renders hidden beside it (see `data-taking-over` in the stylesheet) and then takes its
//! place in one step, keeping the nodes the reader is reading: the title and the body's blocks
//! of the pre-rendered page move into the app's tree in place of the app's own, identical,
//! ones. So the `h1` and the paragraphs stay the same DOM nodes (a screen reader's place, a
//! text selection, a loaded image), and the text never disappears or jumps.
//!
//! Why not Leptos's `hydrate`: the app's first render depends on what this reader stored
//! (toolbar, tools, settings), which a page built for everybody cannot know, and a mismatch in
//! hydration leaves a dead page. Here a block that differs (an old page, a bad deploy) is
//! simply not adopted: the app's own copy of it is shown.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, Node};

use super::dom::{focus_element_without_scrolling, remove_root_attribute, set_root_attribute, window};

const PRERENDERED_ID: &str = "prerendered";

/// Everything keyboard focus can rest on, in the same order in the pre-rendered copy and the app.
const FOCUSABLE: &str = "a[href], button, input, [tabindex]";

/// The parts of a page that carry no event handlers and no reactive state (`ArticleView`,
/// `ArticleBlock`), so that a pre-rendered node can stand in for the app's identical one. Each
/// sits inside the app's own `<article>`, which goes as a whole when the reader leaves: an
/// adopted node is never left behind (the list's `h1`, at the top of its view, would be).
const ADOPTABLE: &str = "main article :is(h1, .article-summary, .article-body > *)";

fn prerendered() -> Option<Element> {
    window()?.document()?.get_element_by_id(PRERENDERED_ID)
}

pub fn begin_takeover() {
    if prerendered().is_some() {
        set_root_attribute("data-taking-over", "");
    }
}

/// Whether the pre-rendered article is still what the reader sees.
pub fn is_taking_over() -> bool {
    prerendered().is_some()
}

/// Replaces the pre-rendered copy by the app, adopting the copy's identical static nodes.
/// Focus on an adopted node stays; focus elsewhere in the copy moves to the same control or
/// link in the app (same markup, same order), so nobody is sent back to the top.
pub fn finish_takeover() {
    let Some(copy) = prerendered() else { return };
    let Some(window) = window() else { return };
    let Some(document) = window.document() else { return };
    let focused = document.active_element().filter(|f| copy.contains(Some(f)));
    let position = focused.as_ref().and_then(|f| {
        let nodes = copy.query_selector_all(FOCUSABLE).ok()?;
        (0..nodes.length()).position(|i| nodes.item(i).is_some_and(|n| n.is_same_node(Some(f))))
    });
    let selection = SavedSelection::take(&document);
    let scrolled = (window.scroll_x().unwrap_or(0.0), window.scroll_y().unwrap_or(0.0));
    let app = document.query_selector_all(&format!("body > :not(#{PRERENDERED_ID}) :is({ADOPTABLE})"));
    let ours = copy.query_selector_all(ADOPTABLE);
    if let (Ok(app), Ok(ours)) = (app, ours) {
        for i in 0..app.length().min(ours.length()) {
            if let (Some(theirs), Some(ours)) = (app.item(i), ours.item(i)) {
                adopt(&ours, &theirs);
            }
        }
    }
    copy.remove();
    remove_root_attribute("data-taking-over");
    // The page is laid out as before, but the browser may have clamped the scroll position
    // while the copy was losing its blocks.
    if (window.scroll_x().unwrap_or(0.0), window.scroll_y().unwrap_or(0.0)) != scrolled {
        window.scroll_to_with_x_and_y(scrolled.0, scrolled.1);
    }
    if let Some(selection) = selection {
        selection.restore(&document);
    }
    let focus_now = document.active_element();
    if focused.is_some() && focused == focus_now {
        return;
    }
    let target = match focused {
        // Adopted, but moving it took the focus away (a browser without `moveBefore`).
        Some(f) if f.is_connected() => Some(f),
        _ => position
            .and_then(|p| document.query_selector_all(FOCUSABLE).ok()?.item(p as u32)?.dyn_into().ok()),
    };
    if let Some(target) = target.and_then(|t| t.dyn_into::<HtmlElement>().ok()) {
        focus_element_without_scrolling(&target);
    }
}

/// Puts `ours` (pre-rendered) where `theirs` (the app's) is, if the two are the same markup.
fn adopt(ours: &Node, theirs: &Node) {
    let Some(parent) = theirs.parent_node() else { return };
    if !ours.is_equal_node(Some(theirs)) {
        return;
    }
    // `moveBefore` keeps focus and running state; `insertBefore` is the same move otherwise.
    let move_before = js_sys::Reflect::get(&parent, &JsValue::from_str("moveBefore"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let moved = move_before.is_some_and(|f| f.call2(&parent, ours, theirs).is_ok())
        || parent.insert_before(ours, Some(theirs)).is_ok();
    if moved {
        let _ = parent.remove_child(theirs);
    }
}

/// A selection's ends. Moving a node out of the document collapses a selection inside it;
/// the text nodes themselves move along, so the same ends can be set again.
struct SavedSelection {
    anchor: Node,
    anchor_offset: u32,
    focus: Node,
    focus_offset: u32,
}

impl SavedSelection {
    fn take(document: &web_sys::Document) -> Option<Self> {
        let selection = document.get_selection().ok()??;
        if selection.is_collapsed() {
            return None;
        }
        Some(Self {
            anchor: selection.anchor_node()?,
            anchor_offset: selection.anchor_offset(),
            focus: selection.focus_node()?,
            focus_offset: selection.focus_offset(),
        })
    }

    fn restore(self, document: &web_sys::Document) {
        if !(self.anchor.is_connected() && self.focus.is_connected()) {
            return;
        }
        if let Ok(Some(selection)) = document.get_selection() {
            let _ = selection.set_base_and_extent(
                &self.anchor,
                self.anchor_offset,
                &self.focus,
                self.focus_offset,
            );
        }
    }
}
