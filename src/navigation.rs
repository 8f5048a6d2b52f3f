//! After an in-app navigation, keyboard and screen-reader focus moves to the new
//! page's heading, as it would on a full page load; on the first load it stays put,
//! so the skip link remains the first Tab stop. Back (or Forward) to a page the reader left
//! by one of its links puts focus on that link again, where they were in the list.

use std::collections::HashMap;

use gloo_events::{EventListener, EventListenerOptions};
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::adapters::{dom, takeover};
use crate::read_aloud::use_read_aloud;

/// A link the reader followed away from a page: its address, and which of the page's links to
/// that address it was (a list page links to the next one twice, by 下一页 and by its number).
#[derive(Clone, PartialEq)]
struct FollowedLink {
    href: String,
    nth: usize,
}

#[derive(Clone, Copy)]
pub struct PendingFocus {
    heading: StoredValue<bool>,
    /// The last move was the browser's Back or Forward, not a link.
    by_history: StoredValue<bool>,
    /// By the page's address (path and query): the link last followed from it.
    followed: StoredValue<HashMap<String, FollowedLink>>,
}

pub fn provide_pending_focus() {
    let pending = PendingFocus {
        heading: StoredValue::new(false),
        by_history: StoredValue::new(false),
        followed: StoredValue::new(HashMap::new()),
    };
    provide_context(pending);
    let Some(window) = dom::window() else { return };
    // In the capture phase, before the router has followed the link and changed the address.
    let options = EventListenerOptions::run_in_capture_phase();
    dom::keep_while_owner_lives(EventListener::new_with_options(&window, "click", options, move |event| {
        pending.by_history.set_value(false);
        let link = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("main a[href]").ok().flatten());
        if let (Some(link), Some(address)) = (link, address()) {
            if let Some(followed) = followed_link(&link) {
                pending.followed.update_value(|f| {
                    f.insert(address, followed);
                });
            }
        }
    }));
    dom::keep_while_owner_lives(EventListener::new(&window, "popstate", move |_| {
        pending.by_history.set_value(true)
    }));
}

fn address() -> Option<String> {
    let location = dom::window()?.location();
    Some(format!("{}{}", location.pathname().ok()?, location.search().ok()?))
}

fn links_to(href: &str) -> Vec<HtmlElement> {
    let links = dom::query_all::<HtmlElement>("main a[href]");
    links.into_iter().filter(|l| l.get_attribute("href").as_deref() == Some(href)).collect()
}

fn followed_link(link: &web_sys::Element) -> Option<FollowedLink> {
    let href = link.get_attribute("href")?;
    let nth = links_to(&href).iter().position(|l| l.unchecked_ref::<web_sys::Element>() == link)?;
    Some(FollowedLink { href, nth })
}

/// Focus on the link followed from this page, if it is there again; false if it is not.
fn focus_followed(link: &FollowedLink) -> bool {
    let Some(element) = links_to(&link.href).into_iter().nth(link.nth) else { return false };
    let _ = element.focus();
    dom::scroll_into_view_nearest(&element);
    true
}

/// Watches the route (it must sit inside the `<Router>`); renders nothing.
#[component]
pub fn FocusOnNavigate() -> impl IntoView {
    let pending: PendingFocus = expect_context();
    let location = use_location();
    let read_aloud = use_read_aloud();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            pending.heading.set_value(true);
            // Left a pre-rendered article before the app had taken it over: the app's page it is.
            takeover::finish_takeover();
            // The article being read is gone from the page.
            read_aloud.stop();
        }
        path
    });
}

/// Asks for the same move after the next load of the current page (used by 重试).
pub fn focus_heading_after_next_load() {
    expect_context::<PendingFocus>().heading.set_value(true);
}

/// Called by a page once its main content is on screen. A page known at hand (the one rendered
/// at build time) is on screen in the same turn as the address changes, perhaps before the route
/// watcher above has asked for the move: so the question is put a frame later, when both have run.
pub fn focus_heading_if_navigated() {
    let pending: PendingFocus = expect_context();
    let settled_at = address();
    request_animation_frame(move || {
        // Left already (Back pressed within the frame): the page now on screen settles itself.
        if !pending.heading.get_value() || address() != settled_at {
            return;
        }
        let by_history = pending.by_history.get_value();
        let back_to = settled_at
            .filter(|_| by_history)
            .and_then(|a| pending.followed.with_value(|f| f.get(&a).cloned()));
        // Nothing to focus yet (the page shows 正在加载 again): its next settling tries again.
        if back_to.is_some_and(|link| focus_followed(&link)) || dom::focus("main h1") {
            pending.heading.set_value(false);
            pending.by_history.set_value(false);
        }
    });
}

/// Called by a page once the answer for its address is here. A pre-rendered page is already
/// being read: a slow or broken network (`transient`) must not replace it with an error, so the
/// download is tried again quietly every 3 s and the app takes over when it can. Otherwise the
/// app takes over now, and focus moves to the new heading after an in-app navigation.
pub fn settle_page(transient: bool, retry: impl Fn() + 'static) {
    if transient && takeover::is_taking_over() {
        set_timeout(retry, std::time::Duration::from_secs(3));
    } else {
        takeover::finish_takeover();
        focus_heading_if_navigated();
    }
}
