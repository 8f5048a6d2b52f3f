//! While 连读 reads, 上一句, 暂停/继续, 下一句 and 停止 stay at the bottom of the screen, so a
//! reader far down a long article (on a phone, without a keyboard) need not scroll back up
//! to the toolbar. The page keeps room for the dock, so it covers nothing.

use changyue_core::speech::State;
use changyue_core::text;
use leptos::prelude::*;

use crate::adapters::dom;
use crate::components::skip_link::MAIN_ID;
use crate::read_aloud::use_read_aloud;

#[component]
pub fn ReadingDock() -> impl IntoView {
    let read_aloud = use_read_aloud();
    let state = Memo::new(move |_| read_aloud.state());
    let shown = Memo::new(move |_| state.get() != State::Idle && read_aloud.is_reading_article());
    Effect::new(move |was_shown: Option<bool>| {
        let now = shown.get();
        if now {
            dom::set_root_attribute("data-reading", "");
        } else {
            dom::remove_root_attribute("data-reading");
            // Focus in the dock as it goes (停止 pressed there) stays on the page, where it was.
            if was_shown == Some(true)
                && dom::active_element().is_none_or(|e| !e.is_connected() || e.tag_name() == "BODY")
            {
                dom::focus_without_scrolling(&format!("#{MAIN_ID}"));
            }
        }
        now
    });
    view! {
        <Show when=move || shown.get()>
            // A named region: a landmark a screen reader can jump to, and no content outside one.
            <section class="reading-dock" aria-label=text::READING_DOCK>
                <button type="button" class="control" on:click=move |_| read_aloud.previous()>
                    {text::PREVIOUS_SENTENCE}
                </button>
                <button type="button" class="control" on:click=move |_| read_aloud.pause_or_resume()>
                    {move || if matches!(state.get(), State::Paused(_)) { text::RESUME } else { text::PAUSE }}
                </button>
                <button type="button" class="control" on:click=move |_| read_aloud.next()>
                    {text::NEXT_SENTENCE}
                </button>
                <button type="button" class="control" on:click=move |_| read_aloud.stop()>
                    {text::STOP}
                </button>
            </section>
        </Show>
    }
}
