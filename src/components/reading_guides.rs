//! The reading guides: what follows the reader's pointer and keyboard focus (the 阅读尺, a band
//! with the rest of the page dimmed; the 十字线; the 大字幕 bar; 指读), and 行聚焦, a band of 1, 3
//! or 5 lines that stays across the middle of the window. None of it takes a pointer event or
//! focus, and the guides are hidden from screen readers (they repeat what is already there).

use changyue_core::reading_place::FIXED_AT_BOTTOM;
use leptos::ev;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;
use web_sys::{Element, EventTarget, HtmlElement};

use crate::adapters::dom;
use crate::read_aloud::{use_read_aloud, ReadAloud};
use crate::tools::{use_tools, Tools};

/// What a pointer or focus can rest on to be read or captioned.
const CAPTIONED: &str =
    "h1, h2, h3, p, li, figcaption, blockquote, dt, dd, td, th, a, button, label, select, .image-alt, .site-name";
/// How long the pointer must rest before 指读 speaks, so that passing over text is silent.
const POINT_REST: Duration = Duration::from_millis(450);

/// The element the reader is on, as it is read and captioned: a `<select>` by its chosen option.
fn element_of(target: Option<EventTarget>) -> Option<Element> {
    let element = target?.dyn_into::<Element>().ok()?.closest(CAPTIONED).ok().flatten()?;
    if element.tag_name() == "SELECT" {
        return element.query_selector("option:checked").ok().flatten();
    }
    Some(element)
}

fn words_of(element: &Element) -> String {
    let text = element.text_content().unwrap_or_default();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A focused element under the bars fixed at the bottom is scrolled up above them (WCAG
/// 2.4.11). A browser only scrolls focus into the window, and the element under a bar is in
/// the window; this runs a frame later, after the browser's own focus scrolling.
fn keep_above_fixed_bars(element: Element) {
    request_animation_frame(move || scroll_above_fixed_bars(&element));
}

fn scroll_above_fixed_bars(element: &Element) {
    let Some(bar) = element.owner_document().and_then(|d| d.query_selector(FIXED_AT_BOTTOM).ok().flatten())
    else {
        return;
    };
    // The dock's own buttons are where they should be.
    if element.closest(FIXED_AT_BOTTOM).ok().flatten().is_some() {
        return;
    }
    let bar_top = bar.get_bounding_client_rect().top();
    let rect = element.get_bounding_client_rect();
    let by = scroll_needed(rect.top(), rect.bottom(), bar_top);
    if by > 0.0 {
        if let Some(window) = dom::window() {
            window.scroll_by_with_x_and_y(0.0, by);
        }
    }
}

/// Room kept between a focused element and the bar below it, and above it at the window's top.
const FOCUS_MARGIN: f64 = 16.0;

/// How far to scroll so that a focused element from `top` to `bottom` (window coordinates) is
/// clear of a bar starting at `bar_top`. One that fits above the bar is shown whole. One that
/// does not (`<main>`, focused by 跳到正文 or by a press on its text) is left where it is while
/// its top shows above the bar: the page must not move under a reader's finger or mouse, nor
/// land them mid-article; its top is brought up only when the bar hides it.
fn scroll_needed(top: f64, bottom: f64, bar_top: f64) -> f64 {
    let room = bar_top - 2.0 * FOCUS_MARGIN;
    let by = if bottom - top <= room {
        bottom - bar_top + FOCUS_MARGIN
    } else if top < bar_top - FOCUS_MARGIN {
        0.0
    } else {
        top - FOCUS_MARGIN
    };
    by.max(0.0)
}

/// Where the guides are and what they say: where the pointer or focus is, and the words there.
#[derive(Clone, Copy)]
struct Followed {
    // Whole CSS px: a float would pull float formatting into the wasm for no visible gain.
    position: RwSignal<(i32, i32)>,
    caption: RwSignal<String>,
    resting_on: StoredValue<Option<Element>, LocalStorage>,
    /// Counts what focus has read: a rest that began before focus read something is not read
    /// after it (a control pressed with the mouse is read once, and focus moving on from it is
    /// not talked over when the pointer's rest comes due).
    focus_reads: StoredValue<u32>,
}

#[component]
pub fn ReadingGuides() -> impl IntoView {
    let tools = use_tools();
    let read_aloud = use_read_aloud();
    let followed = Followed {
        position: RwSignal::new((0, (dom::viewport_height() / 2.0) as i32)),
        caption: RwSignal::new(String::new()),
        resting_on: StoredValue::new_local(None),
        focus_reads: StoredValue::new(0),
    };
    follow_pointer_and_focus(tools, read_aloud, followed);
    guides(tools, read_aloud, followed)
}

/// The pointer's and focus's moves, and clicks while 连读 reads, for as long as the guides are
/// on the page.
fn follow_pointer_and_focus(tools: Tools, read_aloud: ReadAloud, followed: Followed) {
    let Followed { position, caption, focus_reads, .. } = followed;
    let guides_on = move || tools.with_untracked(|t| t.ruler || t.crosshair);
    let pointer_moved = window_event_listener(ev::pointermove, move |event| {
        if guides_on() {
            position.set((event.client_x(), event.client_y()));
        }
    });
    let pointer_over = window_event_listener(ev::pointerover, move |event| {
        pointer_rests(tools, read_aloud, followed, element_of(event.target()));
    });
    let focus_moved = window_event_listener(ev::focusin, move |event| {
        let Some(target) = event.target().and_then(|t| t.dyn_into::<HtmlElement>().ok()) else { return };
        let (captions, point_read) = tools.with_untracked(|t| (t.captions, t.point_read));
        if guides_on() {
            let rect = target.get_bounding_client_rect();
            position
                .set(((rect.left() + rect.width() / 2.0) as i32, (rect.top() + rect.height() / 2.0) as i32));
        }
        keep_above_fixed_bars(target.clone().into());
        let Some(element) = element_of(Some(target.into())) else { return };
        if captions {
            caption.set(words_of(&element));
        }
        if point_read && !read_aloud.is_reading_article() {
            focus_reads.update_value(|n| *n = n.wrapping_add(1));
            read_aloud.point_read(&element);
        }
    });
    // While reading 连读, a click on another paragraph goes on from there.
    let clicked = window_event_listener(ev::click, move |event| {
        jump_on_click(read_aloud, event.target());
    });
    on_cleanup(move || {
        pointer_moved.remove();
        pointer_over.remove();
        focus_moved.remove();
        clicked.remove();
    });
}

/// The pointer has come to `element` (none: off the text, a margin or a gap): 大字幕 shows it,
/// and 指读 reads it if the pointer rests there.
fn pointer_rests(tools: Tools, read_aloud: ReadAloud, followed: Followed, element: Option<Element>) {
    let Followed { caption, resting_on, focus_reads, .. } = followed;
    let Some(element) = element else {
        resting_on.set_value(None);
        return;
    };
    if resting_on.with_value(|e| e.as_ref() == Some(&element)) {
        return;
    }
    resting_on.set_value(Some(element.clone()));
    if tools.with_untracked(|t| t.captions) {
        caption.set(words_of(&element));
    }
    if tools.with_untracked(|t| t.point_read) && !read_aloud.is_reading_article() {
        let reads_then = focus_reads.get_value();
        set_timeout(
            move || {
                // Still there, focus read nothing meanwhile, and 连读 was not started
                // meanwhile (its button is under the pointer).
                let resting = resting_on.with_value(|e| e.as_ref() == Some(&element));
                if resting && focus_reads.get_value() == reads_then && !read_aloud.is_reading_article() {
                    read_aloud.point_read(&element);
                }
            },
            POINT_REST,
        );
    }
}

/// The guides the reader has switched on.
fn guides(tools: Tools, read_aloud: ReadAloud, followed: Followed) -> impl IntoView {
    let Followed { position, caption, .. } = followed;
    let ruler = move || {
        tools.with(|t| t.ruler).then(|| {
            view! { <div class="reading-ruler" aria-hidden="true" style:top=move || format!("{}px", position.get().1)></div> }
        })
    };
    let crosshair = move || {
        tools.with(|t| t.crosshair).then(|| {
            view! {
                <div class="crosshair-x" aria-hidden="true" style:top=move || format!("{}px", position.get().1)></div>
                <div class="crosshair-y" aria-hidden="true" style:left=move || format!("{}px", position.get().0)></div>
            }
        })
    };
    // 行聚焦 stays across the middle of the window: the text is scrolled through it.
    let line_focus = move || {
        tools.with(|t| t.line_focus).then(|| view! { <div class="line-focus" aria-hidden="true"></div> })
    };
    // While reading, the bar shows the sentence being read; otherwise what is pointed at.
    let caption_text = move || read_aloud.sentence.get().unwrap_or_else(|| caption.get());
    let captions = move || {
        tools
            .with(|t| t.captions)
            .then(|| view! { <div class="caption-bar" aria-hidden="true">{caption_text}</div> })
    };
    view! { {ruler} {line_focus} {crosshair} {captions} }
}

fn jump_on_click(read_aloud: ReadAloud, target: Option<EventTarget>) {
    if !read_aloud.is_reading_article() {
        return;
    }
    let Some(element) = target.and_then(|t| t.dyn_into::<Element>().ok()) else { return };
    if element.closest("a, button").ok().flatten().is_some() {
        return;
    }
    let block = element.closest("h1, p, h2, li, figcaption").ok().flatten();
    if let Some(block) = block.filter(ReadAloud::is_readable) {
        read_aloud.read_from(&block);
    }
}
