//! A 字号 change on a long article lays out at once only the blocks near the window; the others
//! keep the size they had a moment longer and take the new one a few at a time in the frames
//! after, those below the window first.
//!
//! Why: laying out every block of the 190,000-character bench article at a new size took 252 ms
//! to the next frame at CPU 4x, nearly all of it the browser's layout of blocks out of sight.
//!
//! How: while `.article-body[data-settling]`, the body keeps the text size and letter spacing it
//! had (set on the element here) and only the blocks marked `data-settled` take the page's new
//! size (CSS). A block not marked has an unchanged style, so the browser has nothing to lay out
//! again; and its own style has no `var()`, which lets Chromium share one restyle among a
//! thousand paragraphs (with `var()` in it the restyle took 2.3 times as long). The blocks near
//! the window are marked first; once the reader has stopped changing the size, each frame marks
//! the next ones, and scroll anchoring keeps the window still as blocks above it change size.
//! Every block stays laid out all along, so find-in-page, the accessibility tree and 连读 reach
//! all of them (`content-visibility: auto` was as fast, but Chromium then leaves the text of
//! blocks out of sight out of its accessibility tree).

use std::cell::RefCell;
use std::time::Duration;

use leptos::prelude::{request_animation_frame, set_timeout};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::adapters::dom;

const BODY: &str = ".article-body";
const SETTLING: &str = "data-settling";
const SETTLED: &str = "data-settled";
/// What the body keeps from before while its blocks settle.
const KEPT: [&str; 2] = ["font-size", "letter-spacing"];
/// Below this many blocks an article lays out at once fast enough (the seed article has 24).
const LONG: u32 = 150;
/// Blocks laid out in one frame: about 15 ms of layout at CPU 4x on the bench's article.
const PER_FRAME: u32 = 40;
/// Quiet after the last change before the rest settle, so that a run of 放大 presses only ever
/// lays out the blocks near the window.
const QUIET: Duration = Duration::from_millis(600);

/// A settle under way: the article's body, where it started and how far it has gone each way.
struct Settle {
    body: Element,
    /// The next block to settle going down.
    below: u32,
    /// One past the next block to settle going up (0: none left).
    above: u32,
    /// Which change the waiting belongs to: a later change starts the quiet again.
    change: u32,
}

thread_local! {
    static SETTLE: RefCell<Option<Settle>> = const { RefCell::new(None) };
}

/// Called just before a change of the text scale alone. On a long article the blocks near the
/// window take the new size at once and the others later. A settle already under way goes on
/// from the size the blocks had before it.
pub fn hold_far_blocks() {
    let current = SETTLE.with(|s| s.borrow_mut().take()).filter(|s| s.body.is_connected());
    let Some(body) = current.as_ref().map(|s| s.body.clone()).or_else(long_body) else { return };
    // Measured before anything is marked, while the page's layout is still clean.
    let (first, last) = near_window(&body);
    let settle = match current {
        Some(settle) => settle,
        None => {
            keep_style(&body);
            let _ = body.set_attribute(SETTLING, "");
            Settle { body, below: 0, above: 0, change: 0 }
        }
    };
    let blocks = settle.body.children();
    for index in first..last {
        if let Some(block) = blocks.item(index) {
            let _ = block.set_attribute(SETTLED, "");
        }
    }
    let change = settle.change + 1;
    let below = if settle.change == 0 { last } else { settle.below };
    let above = if settle.change == 0 { first } else { settle.above };
    SETTLE.with(|s| *s.borrow_mut() = Some(Settle { below, above, change, ..settle }));
    set_timeout(move || settle_from(change), QUIET);
}

/// Sets on the body, as its own, the size and spacing it now inherits.
fn keep_style(body: &Element) {
    let (Some(window), Ok(element)) = (dom::window(), body.clone().dyn_into::<HtmlElement>()) else { return };
    let Ok(Some(computed)) = window.get_computed_style(body) else { return };
    for name in KEPT {
        if let Ok(value) = computed.get_property_value(name) {
            let _ = element.style().set_property(name, &value);
        }
    }
}

fn long_body() -> Option<Element> {
    dom::query_all::<Element>(BODY).into_iter().find(|b| b.child_element_count() >= LONG)
}

fn settle_from(change: u32) {
    if SETTLE.with(|s| s.borrow().as_ref().is_some_and(|s| s.change == change)) {
        request_animation_frame(step);
    }
}

/// Settles the next blocks, below the window first, and asks for another frame until all are.
fn step() {
    let done = SETTLE.with(|s| {
        let mut s = s.borrow_mut();
        let settle = s.as_mut()?;
        if !settle.body.is_connected() {
            *s = None;
            return None;
        }
        let blocks = settle.body.children();
        let count = blocks.length();
        for _ in 0..PER_FRAME {
            let index = if settle.below < count {
                settle.below += 1;
                settle.below - 1
            } else if settle.above > 0 {
                settle.above -= 1;
                settle.above
            } else {
                break;
            };
            if let Some(block) = blocks.item(index) {
                let _ = block.set_attribute(SETTLED, "");
            }
        }
        Some(settle.below >= count && settle.above == 0)
    });
    let Some(done) = done else { return };
    // Blocks above the window that changed size have moved it (scroll anchoring): that is not
    // the reader scrolling.
    crate::reading_place::note_own_scroll();
    if done {
        finish();
    } else {
        request_animation_frame(step);
    }
}

/// Every block has its new size: the body's kept style and the marks go, which changes no
/// block's size.
fn finish() {
    let Some(settle) = SETTLE.with(|s| s.borrow_mut().take()) else { return };
    let _ = settle.body.remove_attribute(SETTLING);
    if let Ok(body) = settle.body.clone().dyn_into::<HtmlElement>() {
        for name in KEPT {
            let _ = body.style().remove_property(name);
        }
    }
    let blocks = settle.body.children();
    for index in 0..blocks.length() {
        if let Some(block) = blocks.item(index) {
            let _ = block.remove_attribute(SETTLED);
        }
    }
}

/// The blocks from half a window above it to a window and a half below it, as `first..last`
/// (binary searches: the blocks are in order down the page).
fn near_window(body: &Element) -> (u32, u32) {
    let blocks = body.children();
    let height = dom::viewport_height();
    let first_below = |y: f64| {
        let (mut low, mut high) = (0, blocks.length());
        while low < high {
            let middle = (low + high) / 2;
            if blocks.item(middle).is_some_and(|b| b.get_bounding_client_rect().bottom() <= y) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        low
    };
    let first = first_below(-height / 2.0);
    let last = first_below(height * 2.5).max(first);
    (first, (last + 1).min(blocks.length()))
}
