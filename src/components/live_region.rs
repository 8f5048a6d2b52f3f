//! The one polite live region: setting changes are spoken once, and nothing else talks.

use changyue_core::startup::ANNOUNCER_ID;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Announcer(RwSignal<String>);

impl Announcer {
    pub fn provide() -> Announcer {
        let announcer = Announcer(RwSignal::new(String::new()));
        provide_context(announcer);
        announcer
    }

    pub fn say(&self, message: impl Into<String>) {
        let message = message.into();
        // The same words twice in a row must still be a change, or it is not spoken again.
        self.0.update(|current| {
            *current = if *current == message { format!("{message}\u{a0}") } else { message };
        });
    }
}

pub fn use_announcer() -> Announcer {
    expect_context()
}

#[component]
pub fn LiveRegion() -> impl IntoView {
    let announcer = use_announcer();
    view! {
        <div id=ANNOUNCER_ID class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
            {move || announcer.0.get()}
        </div>
    }
}
