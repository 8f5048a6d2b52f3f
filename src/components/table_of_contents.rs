//! 本文目录: the article's sections as links, under its title. A link moves focus to its
//! heading (not just the scroll position), so Tab and a screen reader go on from there.

use changyue_core::text;
use leptos::prelude::*;

use crate::adapters::dom;

pub const CONTENTS_ID: &str = "contents";

/// `sections`: each heading's anchor id and text. Fewer than two sections need no contents.
#[component]
pub fn TableOfContents(sections: Vec<(String, String)>) -> impl IntoView {
    (sections.len() >= 2).then(|| {
        let links = sections
            .into_iter()
            .map(|(id, heading)| {
                let target = format!("#{id}");
                view! {
                    <li>
                        <a
                            href=target.clone()
                            on:click=move |event| {
                                event.prevent_default();
                                dom::focus(&target);
                            }
                        >
                            {heading}
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <nav id=CONTENTS_ID class="contents" aria-labelledby="contents-title">
                <h2 id="contents-title">{text::CONTENTS_TITLE}</h2>
                <ol>{links}</ol>
            </nav>
        }
    })
}
