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

use std::cell::{Cell, RefCell};
use std::time::Duration;

use changyue_core::settling::{Settling, LONG};
use leptos::prelude::{request_animation_frame, set_timeout};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::adapters::dom;

const BODY: &str = ".article-body";
const SETTLING: &str = "data-settling";
const SETTLED: &str = "data-settled";
/// What the body keeps from before while its blocks settle.
const KEPT: [&str; 2] = ["font-size", "letter-spacing"];
/// Quiet after the last change before the rest settle, so that a run of 放大 presses only ever
/// lays out the blocks near the window.
const QUIET: Duration = Duration::from_millis(600);

/// A settle under way: the article's body and how far it has gone (in core's order).
struct Settle {
    body: Element,
    order: Settling,
}

thread_local! {
    static SETTLE: RefCell<Option<Settle>> = const { RefCell::new(None) };
    /// Counts the changes: a timer or a frame of an earlier change finds it moved on and stops.
    static CHANGE: Cell<u32> = const { Cell::new(0) };
}

/// Called just before a change of the text scale alone. On a long article the blocks near the
/// window take the new size at once and the others later. A settle already under way goes on
/// from the size the blocks had before it.
pub fn hold_far_blocks() {
    let change = CHANGE.with(|c| c.get().wrapping_add(1));
    CHANGE.with(|c| c.set(change));
    let under_way = SETTLE.with(|s| s.borrow_mut().take()).filter(|s| s.body.is_connected());
    let settle = match under_way {
        Some(settle) => {
            let (first, last) = near_window(&settle.body);
            mark(&settle.body, first..last);
            settle
        }
        None => {
            let Some(body) = long_body() else { return };
            // Measured before anything is marked, while the page's layout is still clean.
            let (first, last) = near_window(&body);
            keep_style(&body);
            let _ = body.set_attribute(SETTLING, "");
            mark(&body, first..last);
            Settle { body, order: Settling::from_near(first..last) }
        }
    };
    SETTLE.with(|s| *s.borrow_mut() = Some(settle));
    set_timeout(move || step(change), QUIET);
}

/// Every block takes the page's settings now: called before any other change, and before
/// printing, so that nothing is left at an older size.
pub fn settle_now() {
    CHANGE.with(|c| c.set(c.get().wrapping_add(1)));
    finish();
}

fn mark(body: &Element, range: std::ops::Range<u32>) {
    let blocks = body.children();
    for index in range {
        if let Some(block) = blocks.item(index) {
            let _ = block.set_attribute(SETTLED, "");
        }
    }
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

/// Settles the next blocks, below the window first, and asks for another frame until all are,
/// as long as no later change has come.
fn step(change: u32) {
    if CHANGE.with(Cell::get) != change {
        return;
    }
    let done = SETTLE.with(|s| {
        let mut s = s.borrow_mut();
        let settle = s.as_mut()?;
        if !settle.body.is_connected() {
            *s = None;
            return None;
        }
        let frame = settle.order.next_frame(settle.body.child_element_count());
        mark(&settle.body, frame.below);
        mark(&settle.body, frame.above);
        Some(frame.done)
    });
    let Some(done) = done else { return };
    // Blocks above the window that changed size have moved it (scroll anchoring): that is not
    // the reader scrolling.
    crate::reading_place::note_own_scroll();
    if done {
        finish();
    } else {
        request_animation_frame(move || step(change));
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
