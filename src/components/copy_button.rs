//! A button that copies a text (a channel's link or account). It says so when it worked;
//! where the clipboard is missing or refused it shows the text selected, ready to copy by hand.

use changyue_core::text;
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::adapters::clipboard;
use crate::components::live_region::use_announcer;

#[derive(Clone, Copy, PartialEq)]
enum CopyState {
    Idle,
    Copied,
    Refused,
}

/// `label` is the visible text; `subject` (e.g. the channel's name) completes the
/// accessible name, so that three 复制链接 buttons are told apart by a screen reader.
#[component]
pub fn CopyButton(
    label: &'static str,
    subject: String,
    copied_message: String,
    #[prop(into)] value: String,
) -> impl IntoView {
    let announcer = use_announcer();
    let state = RwSignal::new(CopyState::Idle);
    // Counts refusals, so that each one selects the field again.
    let refusals = RwSignal::new(0u32);
    let field = NodeRef::<html::Input>::new();
    let to_copy = StoredValue::new(value);
    let copy = move |_| {
        let copied_message = copied_message.clone();
        spawn_local(async move {
            let copied = clipboard::write_text(&to_copy.get_value()).await.is_ok();
            state.set(if copied { CopyState::Copied } else { CopyState::Refused });
            if !copied {
                refusals.update(|n| *n += 1);
            }
            announcer.say(if copied { copied_message } else { text::COPY_REFUSED.to_owned() });
        });
    };
    // Once shown, the fallback field takes focus with its text selected.
    Effect::new(move || {
        refusals.track();
        if let Some(input) = field.get() {
            request_animation_frame(move || {
                let _ = input.focus();
                input.select();
            });
        }
    });
    view! {
        <span class="copy">
            <button type="button" class="control" on:click=copy>
                {label}
                <span class="visually-hidden">{subject}</span>
            </button>
            <Show when=move || state.get() == CopyState::Copied>
                <span class="copy-done">{text::COPIED}</span>
            </Show>
            <Show when=move || state.get() == CopyState::Refused>
                <span class="copy-fallback">
                    {text::COPY_REFUSED}
                    <input
                        node_ref=field
                        type="text"
                        readonly
                        aria-label=text::COPY_REFUSED_FIELD
                        value=to_copy.get_value()
                    />
                </span>
            </Show>
        </span>
    }
}
