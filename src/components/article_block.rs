//! One block of an article's body. All text goes in as text nodes, never as HTML.

use changyue_core::text::{self, fill};
use changyue_core::Block;
use leptos::prelude::*;

/// `section` numbers the headings, so that each gets a stable anchor (`section-1`, ...) that
/// 本文目录 can move focus to.
#[component]
pub fn ArticleBlock(block: Block, section: usize) -> impl IntoView {
    match block {
        Block::Paragraph(text) => view! { <p>{text}</p> }.into_any(),
        Block::Heading(text) => view! { <h2 id=format!("section-{section}") tabindex="-1">{text}</h2> }.into_any(),
        Block::Quote(text) => view! { <blockquote><p>{text}</p></blockquote> }.into_any(),
        Block::Image { src, alt, caption } => view! {
            <figure>
                // 纯文本 mode hides the image and shows this instead (CSS only, so no re-render);
                // otherwise it is display:none and screen readers hear the alt once.
                {(!alt.is_empty()).then(|| {
                    view! { <span class="image-alt">{fill(text::IMAGE_IN_TEXT_ONLY, &[("alt", &alt)])}</span> }
                })}
                <img src=src.as_str().to_owned() alt=alt loading="lazy" decoding="async"/>
                {caption.map(|c| view! { <figcaption>{c}</figcaption> })}
            </figure>
        }
        .into_any(),
        Block::List { ordered, items } => {
            let items = items.into_iter().map(|item| view! { <li>{item}</li> }).collect_view();
            if ordered {
                view! { <ol>{items}</ol> }.into_any()
            } else {
                view! { <ul>{items}</ul> }.into_any()
            }
        }
    }
}
