//! The page outside the app's own view: `<html>`, the document title, the console.

use gloo_events::EventListener;
use leptos::prelude::StoredValue;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// The browser's window. There is none when the app is rendered natively at build time, so
/// every adapter, which starts from here, does nothing there.
pub fn window() -> Option<web_sys::Window> {
    #[cfg(target_arch = "wasm32")]
    return web_sys::window();
    #[cfg(not(target_arch = "wasm32"))]
    return None;
}

fn root() -> Option<HtmlElement> {
    window()?.document()?.document_element()?.dyn_into().ok()
}

pub fn set_title(title: &str) {
    if let Some(document) = window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

pub fn set_root_attribute(name: &str, value: &str) {
    if let Some(root) = root() {
        let _ = root.set_attribute(name, value);
    }
}

pub fn remove_root_attribute(name: &str) {
    if let Some(root) = root() {
        let _ = root.remove_attribute(name);
    }
}

/// Sets a CSS custom property on `<html>`: the whole page restyles, nothing re-renders.
pub fn set_root_property(name: &str, value: &str) {
    if let Some(root) = root() {
        let _ = root.style().set_property(name, value);
    }
}

/// Moves keyboard focus to the first element matching a CSS selector; false if there is none.
pub fn focus(selector: &str) -> bool {
    let element = window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    match element {
        Some(element) => {
            let _ = element.focus();
            element.scroll_into_view();
            true
        }
        None => false,
    }
}

/// Moves focus without scrolling the page (the reader stays where they were reading).
pub fn focus_without_scrolling(selector: &str) {
    let element = window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    if let Some(element) = element {
        focus_element_without_scrolling(&element);
    }
}

/// Scrolls the least that brings `element` into view (none if it is in view already).
pub fn scroll_into_view_nearest(element: &web_sys::Element) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

pub fn focus_element_without_scrolling(element: &HtmlElement) {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = element.focus_with_options(&options);
}

/// Every element matching a CSS selector, in document order, as the given element type.
pub fn query_all<T: JsCast>(selector: &str) -> Vec<T> {
    let list = window().and_then(|w| w.document()).and_then(|d| d.query_selector_all(selector).ok());
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
}

/// The window's height in CSS px (the layout viewport).
pub fn viewport_height() -> f64 {
    window().and_then(|w| w.inner_height().ok()).and_then(|h| h.as_f64()).unwrap_or(0.0)
}

/// Reloading this page opens it at its top, not where the browser last had it: an article
/// offers 继续阅读 instead of jumping there by itself. The mode belongs to the history entry, and
/// an entry pushed from it copies it: `restore_scroll_on_reload` gives the next one (the list the
/// reader goes on to) the browser's own restoring back.
pub fn open_at_top_on_reload() {
    set_scroll_restoration(web_sys::ScrollRestoration::Manual);
}

pub fn restore_scroll_on_reload() {
    set_scroll_restoration(web_sys::ScrollRestoration::Auto);
}

fn set_scroll_restoration(mode: web_sys::ScrollRestoration) {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.set_scroll_restoration(mode);
    }
}

/// Where the first element matching a selector ends, in window coordinates.
pub fn bottom_of(selector: &str) -> Option<f64> {
    let element = window()?.document()?.query_selector(selector).ok().flatten()?;
    Some(element.get_bounding_client_rect().bottom())
}

/// The focused element, if it is an HTML element.
pub fn active_element() -> Option<HtmlElement> {
    window()?.document()?.active_element()?.dyn_into().ok()
}

fn media_query(query: &str) -> Option<web_sys::MediaQueryList> {
    window()?.match_media(query).ok().flatten()
}

/// Whether a media query such as `(prefers-color-scheme: dark)` matches now.
pub fn prefers(query: &str) -> bool {
    media_query(query).is_some_and(|m| m.matches())
}

/// Calls `changed` whenever the query starts or stops matching (the reader switched their
/// system to dark at dusk, say), for as long as the calling component lives.
pub fn on_preference_change(query: &str, changed: impl Fn() + 'static) {
    if let Some(list) = media_query(query) {
        keep_while_owner_lives(EventListener::new(&list, "change", move |_| changed()));
    }
}

/// A listener is removed when it is dropped: the reactive owner (the component that asked for
/// it) keeps it, and drops it when it goes.
pub fn keep_while_owner_lives(listener: EventListener) {
    StoredValue::new_local(listener);
}

pub fn remove_by_id(id: &str) {
    if let Some(element) = window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) {
        element.remove();
    }
}

pub fn warn(message: &str) {
    // Natively there is no console: the build reports the data's problems itself, once and not
    // per page (a channel without a QR code is left to the app's console).
    if window().is_some() {
        web_sys::console::warn_1(&message.into());
    }
}
