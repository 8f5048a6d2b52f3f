//! The article: title, 来源 and 发布时间, its 导读, then its body.

use changyue_core::{pinyin, startup, text, Article, Block};
use leptos::prelude::*;

use crate::components::article_block::ArticleBlock;
use crate::components::article_meta::ArticleMeta;
use crate::components::resume_offer::ResumeOffer;
use crate::components::table_of_contents::TableOfContents;

#[component]
pub fn ArticleView(article: Article) -> impl IntoView {
    let minutes = article.reading_minutes();
    let texts = pinyin::texts_of(&article).into_iter().map(|t| t.map(str::to_owned)).collect();
    crate::pinyin::show_over_article(article.id.clone(), texts);
    let summary = article.summary.map(|summary| view! { <ArticleSummary summary/> });
    let resume = view! { <ResumeOffer id=article.id.clone() blocks=article.body.len()/> };
    let mut section = 0;
    let mut sections = Vec::new();
    let blocks = article
        .body
        .into_iter()
        .map(|block| {
            if let Block::Heading(heading) = &block {
                section += 1;
                sections.push((format!("section-{section}"), heading.clone()));
            }
            view! { <ArticleBlock block section/> }
        })
        .collect_view();
    view! {
        <article class="article" lang=article.lang aria-labelledby=startup::ARTICLE_TITLE_ID>
            <header class="article-header">
                <h1 id=startup::ARTICLE_TITLE_ID tabindex="-1">{article.title}</h1>
                <ArticleMeta
                    source=article.source
                    published=article.published
                    author=article.author
                    reading_minutes=minutes
                />
            </header>
            {resume}
            {summary}
            <TableOfContents sections/>
            <div class="article-body">{blocks}</div>
        </article>
    }
}

/// 导读: the article's summary, labelled by a heading so that heading navigation finds it
/// between the title and the contents; read aloud with the article.
#[component]
fn ArticleSummary(summary: String) -> impl IntoView {
    view! {
        <div class="article-summary">
            <h2 id="article-summary-title">{text::SUMMARY_TITLE}</h2>
            <p>{summary}</p>
        </div>
    }
}
