//! 字号 and 长者模式 at hand mid-article: when the reader scrolls back up, a bar comes to the top
//! of the window, as a phone browser's own bars do, and goes again as reading goes on down. It
//! never shows while the banner's own 字号 controls are in view, nor while 连读 reads (it must
//! not cover the sentence being read). It must not cover the focused element either (WCAG
//! 2.4.11): focus moving elsewhere sends it away, the scrolling that focus causes (跳到正文,
//! Shift+Tab, 继续阅读) does not bring it back, and it does not come over a focused element near
//! the top. It comes and goes at once, without motion. Where it would take more than its share
//! of the window (a short or zoomed window, 320x256 at 400%), it folds into one 字号 button that
//! opens the group.

use changyue_core::reading_place::{bar_too_tall, FIXED_AT_BOTTOM};
use changyue_core::text;
use leptos::ev::{self, KeyboardEvent};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::adapters::dom;
use crate::components::disclosure_button::DisclosureButton;
use crate::components::elder_mode_switch::ElderModeSwitch;
use crate::components::font_size_controls::{FontSizeControls, GROUP_ID};
use crate::components::skip_link::MAIN_ID;
use crate::read_aloud::use_read_aloud;
use crate::reading::use_reading_settings;
use crate::reading_place::{was_own_scroll, FIXED_AT_TOP};

pub const QUICK_GROUP_ID: &str = "quick-font-size-controls";
const FOLDED_PANEL_ID: &str = "quick-bar-panel";
const FOLDED_TOGGLE_ID: &str = "quick-bar-toggle";
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

/// How the bar that has just come fits the window: whole, folded into one button, or not at all
/// (the bars at the bottom, 大字幕 say, already take the bars' share).
#[derive(Clone, Copy, PartialEq)]
enum Fits {
    Whole,
    Folded,
    Not,
}

/// Measured on the whole bar: folded, it is one of its buttons high, with its padding and border.
fn how_it_fits() -> Fits {
    let height = |e: &HtmlElement| e.get_bounding_client_rect().height();
    let (Some(bar), Some(button)) = (
        dom::query_all::<HtmlElement>(FIXED_AT_TOP).into_iter().next(),
        dom::query_all::<HtmlElement>(&format!("{FIXED_AT_TOP} button")).into_iter().next(),
    ) else {
        return Fits::Whole;
    };
    let others = dom::query_all::<HtmlElement>(FIXED_AT_BOTTOM).iter().map(height).sum();
    let window = dom::viewport_height();
    // Its border (outside the client box) and its padding.
    let edges = f64::from(bar.offset_height() - bar.client_height()) + padding_of(&bar);
    if !bar_too_tall(height(&bar), others, window) {
        Fits::Whole
    } else if !bar_too_tall(height(&button) + edges, others, window) {
        Fits::Folded
    } else {
        Fits::Not
    }
}

/// An element's vertical padding, in CSS px.
fn padding_of(element: &HtmlElement) -> f64 {
    let style = dom::window().and_then(|w| w.get_computed_style(element).ok().flatten());
    let px = |name: &str| {
        let value = style.as_ref().and_then(|s| s.get_property_value(name).ok()).unwrap_or_default();
        value.trim_end_matches("px").parse::<f64>().unwrap_or(0.0)
    };
    px("padding-top") + px("padding-bottom")
}

fn focus_in_bar() -> bool {
    dom::active_element().is_some_and(|e| e.closest(FIXED_AT_TOP).ok().flatten().is_some())
}

/// Whether the bar shows, and how.
#[derive(Clone, Copy)]
struct BarState {
    shown: RwSignal<bool>,
    folded: RwSignal<bool>,
    /// Tried and found no room on this way up: not tried again until the reader scrolls down.
    no_room: StoredValue<bool>,
    /// How far the reader has scrolled up since the bar last went.
    upward: StoredValue<f64>,
}

impl BarState {
    fn new() -> Self {
        BarState {
            shown: RwSignal::new(false),
            folded: RwSignal::new(false),
            no_room: StoredValue::new(false),
            upward: StoredValue::new(0.0),
        }
    }

    fn hide(self) {
        self.upward.set_value(0.0);
        self.no_room.set_value(false);
        if self.shown.get_untracked() {
            // Focus in the bar as it goes stays on the page, where the reader is, not on <body>.
            if focus_in_bar() {
                dom::focus_without_scrolling(&format!("#{MAIN_ID}"));
            }
            self.shown.set(false);
        }
    }

    /// The reader scrolled up by `by` px: far enough, the bar comes if there is room for it.
    fn scrolled_up(self, by: f64) {
        self.upward.update_value(|u| *u += by);
        let wanted = self.upward.get_value() >= UPWARD_TO_SHOW && !self.no_room.get_value();
        if !wanted || self.shown.get_untracked() || focus_near_top() {
            return;
        }
        self.folded.set(false);
        self.shown.set(true);
        // Measured whole, then folded or taken away if need be, before the frame is painted:
        // animation frame callbacks run after the scroll event, in its frame.
        request_animation_frame(move || match (self.shown.get_untracked(), how_it_fits()) {
            (true, Fits::Folded) => self.folded.set(true),
            (true, Fits::Not) => {
                self.no_room.set_value(true);
                self.shown.set(false);
            }
            _ => {}
        });
    }
}

#[component]
pub fn QuickBar() -> impl IntoView {
    let read_aloud = use_read_aloud();
    let bar = BarState::new();
    let last_y = StoredValue::new(0.0_f64);
    // Focus just moved: the scroll that follows is the browser's bringing it into view.
    let focus_moving = StoredValue::new(false);
    let scrolled = window_event_listener(ev::scroll, move |_| {
        let Some(y) = dom::window().and_then(|w| w.scroll_y().ok()) else { return };
        let moved = y - last_y.get_value();
        last_y.set_value(y);
        if was_own_scroll(y) {
            return;
        }
        let banner_controls_in_view = dom::bottom_of(&format!("#{GROUP_ID}")).is_some_and(|b| b > 0.0);
        if banner_controls_in_view || read_aloud.is_reading_article() || moved > 0.0 {
            bar.hide();
        } else if moved < 0.0 && !focus_moving.get_value() {
            bar.scrolled_up(-moved);
        }
    });
    let focus_moved = window_event_listener(ev::focusin, move |event| {
        let target = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let inside = target.and_then(|t| t.closest(FIXED_AT_TOP).ok().flatten()).is_some();
        if !inside {
            bar.hide();
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
            bar.hide();
        }
    });
    on_cleanup(move || {
        scrolled.remove();
        focus_moved.remove();
    });
    let folded = bar.folded;
    let controls = move || {
        if folded.get() {
            view! { <FoldedControls/> }.into_any()
        } else {
            view! {
                <FontSizeControls id=QUICK_GROUP_ID/>
                <ElderModeSwitch/>
            }
            .into_any()
        }
    };
    view! {
        <Show when=move || bar.shown.get() && !read_aloud.is_reading_article()>
            <section class="quick-bar" aria-label=text::QUICK_BAR>
                {controls}
            </section>
        </Show>
    }
}

/// The folded bar: one 字号 button, showing the size in force, that opens the group and the
/// 长者模式 switch below it. Escape, on the button or in the group, closes it again.
#[component]
fn FoldedControls() -> impl IntoView {
    let settings = use_reading_settings().settings;
    let scale = Memo::new(move |_| settings.get().effective_font_scale().percent());
    let open = RwSignal::new(false);
    // Escape in the group closes it onto its button (on the button, the button does it).
    let on_escape = move |event: KeyboardEvent| {
        if event.key() == "Escape" {
            event.prevent_default();
            open.set(false);
            dom::focus_without_scrolling(&format!("#{FOLDED_TOGGLE_ID}"));
        }
    };
    view! {
        <DisclosureButton id=FOLDED_TOGGLE_ID controls=FOLDED_PANEL_ID open>
            {move || format!("{} {}%", text::FONT_SIZE_GROUP, scale.get())}
        </DisclosureButton>
        <Show when=move || open.get()>
            <div id=FOLDED_PANEL_ID class="quick-bar-panel" on:keydown=on_escape>
                <FontSizeControls id=QUICK_GROUP_ID/>
                <ElderModeSwitch/>
            </div>
        </Show>
    }
}
