//! The article: title, 来源 and 发布时间, then its body.

use changyue_core::text::{self, fill};
use changyue_core::{Article, Block};
use leptos::prelude::*;

use crate::components::article_block::ArticleBlock;

#[component]
pub fn ArticleView(article: Article) -> impl IntoView {
    let minutes = fill(text::READING_TIME, &[("minutes", &article.reading_minutes().to_string())]);
    let mut section = 0;
    let blocks = article
        .body
        .into_iter()
        .map(|block| {
            if matches!(block, Block::Heading(_)) {
                section += 1;
            }
            view! { <ArticleBlock block section/> }
        })
        .collect_view();
    view! {
        <article class="article" lang=article.lang aria-labelledby="article-title">
            <header class="article-header">
                <h1 id="article-title" tabindex="-1">{article.title}</h1>
                <p class="article-meta">
                    <span>{text::SOURCE_LABEL}{article.source}</span>
                    {article.author.map(|a| view! { <span>{text::AUTHOR_LABEL}{a}</span> })}
                    <span>
                        {text::PUBLISHED_LABEL}
                        <time datetime=article.published.rfc3339()>
                            {article.published.display()}
                        </time>
                    </span>
                    <span>{minutes}</span>
                </p>
            </header>
            <div class="article-body">{blocks}</div>
        </article>
    }
}
