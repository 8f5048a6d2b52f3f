//! After an in-app navigation, keyboard and screen-reader focus moves to the new
//! page's heading, as it would on a full page load; on the first load it stays put,
//! so the skip link remains the first Tab stop.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::adapters::{dom, takeover};
use crate::read_aloud::use_read_aloud;

#[derive(Clone, Copy)]
pub struct PendingFocus(StoredValue<bool>);

pub fn provide_pending_focus() {
    provide_context(PendingFocus(StoredValue::new(false)));
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
            pending.0.set_value(true);
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
    expect_context::<PendingFocus>().0.set_value(true);
}

/// Called by a page once its main content is on screen.
pub fn focus_heading_if_navigated() {
    let pending: PendingFocus = expect_context();
    if pending.0.get_value() {
        pending.0.set_value(false);
        // The page's content may still be on its way into the DOM when effects run.
        request_animation_frame(|| {
            dom::focus("main h1");
        });
    }
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
