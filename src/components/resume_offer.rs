//! 继续阅读: coming back to an article read part of the way, the reader finds it at its top and,
//! at the bottom of the window, an offer to go back to where they stopped. It never jumps by
//! itself. It sits fixed above the 朗读控制 dock, so it moves no text as it comes (the page
//! keeps room for it), and it goes once taken, declined (从头读: not offered again), or passed
//! by the reader reading on.

use changyue_core::reading_history::ReadingPosition;
use changyue_core::startup::ARTICLE_TITLE_ID;
use changyue_core::text;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::adapters::dom;
use crate::reading_history::{use_reading_history, watch_reading_position};
use crate::reading_place::BODY_BLOCKS;

#[component]
pub fn ResumeOffer(id: String, blocks: usize) -> impl IntoView {
    let history = use_reading_history();
    let offer = RwSignal::new(None::<ReadingPosition>);
    // Read once, when the article opens: what the reader does now must not change the offer.
    {
        let id = id.clone();
        Effect::new(move |_| {
            dom::open_at_top_on_reload();
            let position = history.position_untracked(&id);
            offer.set(position.filter(|p| p.worth_offering() && (p.block as usize) < blocks));
        });
    }
    // Gone once the reader reads on past the place by themselves, or the history is cleared.
    {
        let id = id.clone();
        Effect::new(move |_| {
            let now = history.position(&id);
            let passed = offer.with_untracked(|o| {
                o.as_ref().is_some_and(|o| now.as_ref().is_none_or(|now| now.block > o.block))
            });
            if passed {
                offer.set(None);
            }
        });
    }
    // Reloading an article opens it at its top; the entries the reader goes on to do not.
    on_cleanup(dom::restore_scroll_on_reload);
    let start_over = {
        let id = id.clone();
        move |_| {
            offer.set(None);
            history.start_over(&id);
            dom::focus_without_scrolling(&format!("#{ARTICLE_TITLE_ID}"));
        }
    };
    watch_reading_position(id, Signal::derive(move || offer.get().is_some()));
    Effect::new(move |_| {
        if offer.get().is_some() {
            dom::set_root_attribute("data-resume-offer", "");
        } else {
            dom::remove_root_attribute("data-resume-offer");
        }
    });
    on_cleanup(|| dom::remove_root_attribute("data-resume-offer"));
    let resume = move |_| {
        if let Some(position) = offer.get_untracked() {
            offer.set(None);
            go_to_block(position.block as usize);
        }
    };
    view! {
        {move || {
            offer.get().map(|position| {
                view! {
                    <div class="resume-offer">
                        <button type="button" class="control resume-go" on:click=resume>
                            <span class="resume-label">{text::RESUME_READING}</span>
                            <span class="resume-where">
                                <span class="resume-lead">{text::RESUME_OFFER_LEAD}</span>
                                {position.excerpt.clone()}
                            </span>
                        </button>
                        <button
                            type="button"
                            class="control"
                            aria-label=text::RESUME_DISMISS_NAME
                            on:click=start_over.clone()
                        >
                            {text::RESUME_DISMISS}
                        </button>
                    </div>
                }
            })
        }}
    }
}

/// Brings the `index`th block of the body to the top of the window and moves focus to it, so
/// that Tab, a screen reader and 连读 all go on from there.
fn go_to_block(index: usize) {
    let blocks: Vec<web_sys::HtmlElement> = dom::query_all(BODY_BLOCKS);
    let Some(block) = blocks.into_iter().nth(index) else { return };
    if !block.has_attribute("tabindex") {
        let _ = block.set_attribute("tabindex", "-1");
    }
    dom::focus_element_without_scrolling(&block);
    block.unchecked_ref::<web_sys::Element>().scroll_into_view();
}
