//! 字号 and 长者模式 at hand mid-article: when the reader scrolls back up, a bar comes to the top
//! of the window, as a phone browser's own bars do, and goes again as reading goes on down. It
//! never shows while the banner's own 字号 controls are in view, nor while 连读 reads (it must
//! not cover the sentence being read), and focus moving elsewhere sends it away (WCAG 2.4.11:
//! it must not cover the focused element). It comes and goes at once, without motion.

use changyue_core::text;
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::adapters::dom;
use crate::components::elder_mode_switch::ElderModeSwitch;
use crate::components::font_size_controls::{FontSizeControls, GROUP_ID};
use crate::read_aloud::use_read_aloud;
use crate::reading_place::{was_own_scroll, FIXED_AT_TOP};

pub const QUICK_GROUP_ID: &str = "quick-font-size-controls";
/// How far the reader scrolls up before the bar comes: a deliberate move, not a finger's jitter.
const UPWARD_TO_SHOW: f64 = 48.0;

#[component]
pub fn QuickBar() -> impl IntoView {
    let read_aloud = use_read_aloud();
    let shown = RwSignal::new(false);
    let last_y = StoredValue::new(0.0_f64);
    let upward = StoredValue::new(0.0_f64);
    let hide = move || {
        upward.set_value(0.0);
        if shown.get_untracked() {
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
        } else if moved < 0.0 {
            upward.update_value(|u| *u -= moved);
            if upward.get_value() >= UPWARD_TO_SHOW && !shown.get_untracked() {
                shown.set(true);
            }
        }
    });
    let focus_moved = window_event_listener(ev::focusin, move |event| {
        let target = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let inside = target.and_then(|t| t.closest(FIXED_AT_TOP).ok().flatten()).is_some();
        if !inside {
            hide();
        }
    });
    on_cleanup(move || {
        scrolled.remove();
        focus_moved.remove();
    });
    view! {
        <Show when=move || shown.get()>
            <section class="quick-bar" aria-label=text::QUICK_BAR>
                <FontSizeControls id=QUICK_GROUP_ID/>
                <ElderModeSwitch/>
            </section>
        </Show>
    }
}
