//! 字号 and 长者模式 at hand mid-article: when the reader scrolls back up, a bar comes to the top
//! of the window, as a phone browser's own bars do, and goes again as reading goes on down. It
//! never shows while the banner's own 字号 controls are in view, nor while 连读 reads (it must
//! not cover the sentence being read). It must not cover the focused element either (WCAG
//! 2.4.11): focus moving elsewhere sends it away, the scrolling that focus causes (跳到正文,
//! Shift+Tab, 继续阅读) does not bring it back, and it does not come over a focused element near
//! the top. It comes and goes at once, without motion.

use changyue_core::text;
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::adapters::dom;
use crate::components::elder_mode_switch::ElderModeSwitch;
use crate::components::font_size_controls::{FontSizeControls, GROUP_ID};
use crate::components::skip_link::MAIN_ID;
use crate::read_aloud::use_read_aloud;
use crate::reading_place::{was_own_scroll, FIXED_AT_TOP};

pub const QUICK_GROUP_ID: &str = "quick-font-size-controls";
/// How far the reader scrolls up before the bar comes: a deliberate move, not a finger's jitter.
const UPWARD_TO_SHOW: f64 = 48.0;
/// A focused element whose top is this far down the window, or less, could be under the bar.
const BAR_REACH: f64 = 0.4;

/// Whether the focused element is one the bar could cover: anything but the page itself, `<main>`
/// (focused by a press on the text) and the bar's own controls, near the top of the window.
fn focus_near_top() -> bool {
    let Some(focused) = dom::active_element() else { return false };
    let page_itself = matches!(focused.tag_name().as_str(), "BODY" | "HTML") || focused.id() == MAIN_ID;
    if page_itself || focused.closest(FIXED_AT_TOP).ok().flatten().is_some() {
        return false;
    }
    focused.get_bounding_client_rect().top() < dom::viewport_height() * BAR_REACH
}

fn focus_in_bar() -> bool {
    dom::active_element().is_some_and(|e| e.closest(FIXED_AT_TOP).ok().flatten().is_some())
}

#[component]
pub fn QuickBar() -> impl IntoView {
    let read_aloud = use_read_aloud();
    let shown = RwSignal::new(false);
    let last_y = StoredValue::new(0.0_f64);
    let upward = StoredValue::new(0.0_f64);
    // Focus just moved: the scroll that follows is the browser's bringing it into view.
    let focus_moving = StoredValue::new(false);
    let hide = move || {
        upward.set_value(0.0);
        if shown.get_untracked() {
            // Focus in the bar as it goes stays on the page, where the reader is, not on <body>.
            if focus_in_bar() {
                dom::focus_without_scrolling(&format!("#{MAIN_ID}"));
            }
            shown.set(false);
        }
    };
    let scrolled = window_event_listener(ev::scroll, move |_| {
        let Some(y) = dom::window().and_then(|w| w.scroll_y().ok()) else { return };
        let moved = y - last_y.get_value();
        last_y.set_value(y);
        if was_own_scroll(y) {
            return;
        }
        let banner_controls_in_view = dom::bottom_of(&format!("#{GROUP_ID}")).is_some_and(|b| b > 0.0);
        if banner_controls_in_view || read_aloud.is_reading_article() || moved > 0.0 {
            hide();
        } else if moved < 0.0 && !focus_moving.get_value() {
            upward.update_value(|u| *u -= moved);
            if upward.get_value() >= UPWARD_TO_SHOW && !shown.get_untracked() && !focus_near_top() {
                shown.set(true);
            }
        }
    });
    let focus_moved = window_event_listener(ev::focusin, move |event| {
        let target = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let inside = target.and_then(|t| t.closest(FIXED_AT_TOP).ok().flatten()).is_some();
        if !inside {
            hide();
            // The browser scrolls focus into view in the next frame; a frame after that, scrolling
            // is the reader's again.
            focus_moving.set_value(true);
            request_animation_frame(move || {
                request_animation_frame(move || focus_moving.set_value(false));
            });
        }
    });
    // 连读 starting sends it away for good: it does not come back by itself when reading ends.
    Effect::new(move |_| {
        if read_aloud.is_reading_article() {
            hide();
        }
    });
    on_cleanup(move || {
        scrolled.remove();
        focus_moved.remove();
    });
    view! {
        <Show when=move || shown.get() && !read_aloud.is_reading_article()>
            <section class="quick-bar" aria-label=text::QUICK_BAR>
                <FontSizeControls id=QUICK_GROUP_ID/>
                <ElderModeSwitch/>
            </section>
        </Show>
    }
}
