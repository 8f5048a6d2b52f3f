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

use changyue_core::startup::takeover::ControlPlace;
use changyue_core::startup::{
    PRERENDERED_ID, PRESSED_EARLY_ATTRIBUTE, PRESSED_SETTINGS_ATTRIBUTE, SETTINGS_PRESSED_EVENT,
};
use gloo_events::EventListener;
use leptos::prelude::request_animation_frame;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, Node};

use super::dom::{
    focus_element_without_scrolling, keep_while_owner_lives, remove_root_attribute, set_root_attribute,
    window,
};

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

/// The settings the copy's settings script stored at the reader's last press on its 字号 or
/// 长者模式 controls (core's `startup`), as stored; kept on the copy, so that they reach the app
/// even where storage is disabled or full.
pub fn settings_pressed_in_copy() -> Option<String> {
    prerendered()?.get_attribute(PRESSED_SETTINGS_ATTRIBUTE)
}

/// Calls `pressed` with the settings the copy's script stored, after each press it works, as
/// long as the calling component lives (the copy is gone once the app has taken over).
pub fn on_press_in_copy(pressed: impl Fn(String) + 'static) {
    let Some(window) = window() else { return };
    let listener = EventListener::new(&window, SETTINGS_PRESSED_EVENT, move |_| {
        if let Some(stored) = settings_pressed_in_copy() {
            pressed(stored);
        }
    });
    keep_while_owner_lives(listener);
}

/// Replaces the pre-rendered copy by the app, adopting the copy's identical static nodes.
/// Focus on an adopted node stays; focus elsewhere in the copy moves to the same control or
/// link in the app, so nobody is sent back to the top (see `FocusedControl`). A button only the
/// app works that the reader pressed in the copy (marked by the settings script, core's
/// `startup`) is pressed in the app, so a press on 阅读设置 at the first paint is not lost; the
/// 字号 and 长者模式 buttons the script works itself (src/reading.rs takes their settings).
pub fn finish_takeover() {
    let Some(copy) = prerendered() else { return };
    let Some(window) = window() else { return };
    let Some(document) = window.document() else { return };
    let focused = document.active_element().filter(|f| copy.contains(Some(f)));
    let control = focused.as_ref().and_then(|f| FocusedControl::find_in(&copy, f));
    let pressed_button = copy.query_selector(&format!("[{PRESSED_EARLY_ATTRIBUTE}]")).ok().flatten();
    // A switch's mark is the state the press asked for; a button's is empty.
    let asked = pressed_button
        .as_ref()
        .and_then(|b| b.get_attribute(PRESSED_EARLY_ATTRIBUTE))
        .filter(|a| !a.is_empty());
    let pressed = pressed_button.and_then(|button| FocusedControl::find_in(&copy, &button));
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
    restore_focus(&document, focused, control);
    // Two frames on: the app's live region, hidden until now, is then in the accessibility tree
    // when the button's handler announces what it did, so screen readers hear it.
    if let Some(button) =
        pressed.and_then(|p| p.same_in_app(&document)).and_then(|b| b.dyn_into::<HtmlElement>().ok())
    {
        if asked.is_none() || button.get_attribute("aria-pressed") != asked {
            request_animation_frame(move || request_animation_frame(move || button.click()));
        }
    }
}

fn restore_focus(document: &web_sys::Document, focused: Option<Element>, control: Option<FocusedControl>) {
    if focused.is_some() && focused == document.active_element() {
        return;
    }
    let target = match focused {
        // Adopted, but moving it took the focus away (a browser without `moveBefore`).
        Some(f) if f.is_connected() => Some(f),
        _ => control.and_then(|c| c.in_app(document)),
    };
    if let Some(target) = target.and_then(|t| t.dyn_into::<HtmlElement>().ok()) {
        focus_element_without_scrolling(&target);
    }
}

/// The control or link the reader had focused (or pressed) in the pre-rendered copy, found again
/// in the app by core's rules (`ControlPlace`: by what it is, else by its place).
struct FocusedControl(ControlPlace<String>);

impl FocusedControl {
    fn find_in(copy: &Element, focused: &Element) -> Option<Self> {
        let controls = focusable(copy.query_selector_all(FOCUSABLE).ok()?);
        let position = controls.iter().position(|c| c == focused)?;
        ControlPlace::of(&keys(&controls), position).map(FocusedControl)
    }

    fn in_app(self, document: &web_sys::Document) -> Option<Element> {
        let controls = focusable(document.query_selector_all(FOCUSABLE).ok()?);
        self.0.found_in(&keys(&controls)).map(|i| controls[i].clone())
    }

    /// The same control, never one that merely stands at its place.
    fn same_in_app(self, document: &web_sys::Document) -> Option<Element> {
        let controls = focusable(document.query_selector_all(FOCUSABLE).ok()?);
        self.0.same_in(&keys(&controls)).map(|i| controls[i].clone())
    }
}

fn keys(controls: &[Element]) -> Vec<String> {
    controls.iter().map(control_key).collect()
}

fn focusable(nodes: web_sys::NodeList) -> Vec<Element> {
    (0..nodes.length()).filter_map(|i| nodes.item(i)?.dyn_into().ok()).collect()
}

/// What a control is: its id, which is the page's only one; else the parts of it that do not
/// depend on what the reader stored (`aria-pressed`, `aria-expanded` and the like do), with
/// the part of the page it is in (the banner's 长者模式 is not the footer's), which is never
/// the copy's own wrapper (the app's tree has none).
fn control_key(control: &Element) -> String {
    let id = control.id();
    if !id.is_empty() {
        return format!("{}#{id}", control.tag_name());
    }
    let attribute = |name| control.get_attribute(name).unwrap_or_default();
    let part = control
        .parent_element()
        .and_then(|p| {
            p.closest(&format!("header, main, footer, section, nav, dialog, [id]:not(#{PRERENDERED_ID})"))
                .ok()
                .flatten()
        })
        .map(|part| format!("{}#{}.{}", part.tag_name(), part.id(), part.class_name()))
        .unwrap_or_default();
    [
        part,
        control.tag_name(),
        attribute("href"),
        attribute("aria-label"),
        control.text_content().unwrap_or_default(),
    ]
    .join("\u{1f}")
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
