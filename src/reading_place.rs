//! Keeps the reader's place across a change of the reading settings: the block at the reading
//! line (the window's top, or the bottom of the 字号 bar when it shows) stays there, with the
//! same share of it read, and a focused element that was in view stays in view. The decisions
//! are `changyue_core::reading_place`; this measures and scrolls.

use std::cell::Cell;

pub use changyue_core::reading_place::FIXED_AT_TOP;
use changyue_core::reading_place::{block_at_line, scroll_to_keep, BlockSpan, BLOCKS};
use web_sys::Element;

use crate::adapters::dom;

thread_local! {
    /// Where our own scrolling left the page, so that the scroll event it causes is not taken
    /// for the reader's (the 字号 bar hides when the reader scrolls down).
    static OWN_SCROLL: Cell<Option<f64>> = const { Cell::new(None) };
}

/// Whether a scroll to `y` was ours, keeping the place; asking forgets it.
pub fn was_own_scroll(y: f64) -> bool {
    OWN_SCROLL.with(|own| own.take()).is_some_and(|own| (own - y).abs() < 1.0)
}

struct Place {
    block: Element,
    before: BlockSpan,
    /// The focused element, when it showed in the window.
    focus_in_view: Option<web_sys::HtmlElement>,
}

fn reading_line() -> f64 {
    let bar =
        dom::window().and_then(|w| w.document()).and_then(|d| d.query_selector(FIXED_AT_TOP).ok().flatten());
    bar.map(|bar| bar.get_bounding_client_rect().bottom().max(0.0)).unwrap_or(0.0)
}

fn span(element: &Element, line: f64) -> BlockSpan {
    let rect = element.get_bounding_client_rect();
    BlockSpan { top: rect.top() - line, height: rect.height() }
}

fn in_view(element: &Element) -> bool {
    let rect = element.get_bounding_client_rect();
    rect.height() > 0.0 && rect.bottom() > 0.0 && rect.top() < dom::viewport_height()
}

fn find_place() -> Option<Place> {
    let line = reading_line();
    let blocks: Vec<Element> = dom::query_all(BLOCKS);
    // Measured lazily: on a long article only the blocks down to the place are asked.
    let index = block_at_line(blocks.iter().map(|b| span(b, line)))?;
    let block = blocks[index].clone();
    let focus_in_view = dom::active_element().filter(|e| in_view(e));
    Some(Place { before: span(&block, line), block, focus_in_view })
}

/// Makes `change` (which restyles the page) and then scrolls so that the reader's place is
/// where it was. Natively, with no page, it only makes the change.
pub fn keeping_place(change: impl FnOnce()) {
    let place = find_place();
    change();
    let (Some(place), Some(window)) = (place, dom::window()) else { return };
    let after = span(&place.block, reading_line());
    if after.height > 0.0 {
        let delta = scroll_to_keep(place.before, after);
        if delta.abs() >= 0.5 {
            window.scroll_by_with_x_and_y(0.0, delta);
        }
    }
    // A control pressed near the top (放大 in the banner) must not leave the window.
    if let Some(focused) = place.focus_in_view.filter(|e| !in_view(e)) {
        dom::scroll_into_view_nearest(&focused);
    }
    // The browser may have scrolled too (a shorter page is clamped): whatever scroll event
    // comes for this position is the change's, not the reader's.
    note_own_scroll();
}

/// Whatever scroll event comes for the page's position now is ours, not the reader's.
pub fn note_own_scroll() {
    if let Some(end) = dom::window().and_then(|w| w.scroll_y().ok()) {
        OWN_SCROLL.with(|own| own.set(Some(end)));
    }
}

/// Where the reader is in the article's body: the block at the reading line, of how many, its
/// text, and whether the end of the last block is in the window (the article has been read).
pub struct BodyPlace {
    pub index: usize,
    pub count: usize,
    pub text: String,
    pub end_seen: bool,
}

/// The article's blocks, one element each (`ArticleBlock`); not the pre-rendered copy's while the
/// app takes over from it.
pub const BODY_BLOCKS: &str = ".article-body > *:not(#prerendered *)";

/// `None` when the article is not shown (the app's copy is still hidden while it takes over).
pub fn body_block_at_line() -> Option<BodyPlace> {
    let line = reading_line();
    let blocks: Vec<Element> = dom::query_all(BODY_BLOCKS);
    let last = blocks.last()?.get_bounding_client_rect();
    if last.height() == 0.0 && blocks.iter().all(|b| b.get_bounding_client_rect().height() == 0.0) {
        return None;
    }
    // Past every block (the footer at the top of the window): the last one was read.
    let index = block_at_line(blocks.iter().map(|b| span(b, line))).unwrap_or(blocks.len() - 1);
    Some(BodyPlace {
        index,
        count: blocks.len(),
        text: blocks[index].text_content().unwrap_or_default(),
        end_seen: last.height() > 0.0 && last.bottom() <= dom::viewport_height(),
    })
}
