//! The sentences of an article that read-aloud says, in order: the title, the summary, then each
//! paragraph, heading, quote, list item and image caption (what the app's read-aloud finds on the
//! page). The site's speech service says only these, so that it never voices text of its
//! callers' choosing.

use crate::speech::split_sentences;
use crate::{Article, Block};

/// Every text of `article` that is read aloud, in reading order.
pub fn readable_texts(article: &Article) -> Vec<&str> {
    let mut texts = vec![article.title.as_str()];
    texts.extend(article.summary.as_deref());
    for block in &article.body {
        match block {
            Block::Paragraph(text) | Block::Heading(text) | Block::Quote(text) => texts.push(text),
            Block::List { items, .. } => texts.extend(items.iter().map(String::as_str)),
            Block::Image { caption, .. } => texts.extend(caption.as_deref()),
        }
    }
    texts
}

/// Whether `sentence` is one of the sentences read-aloud makes of `article` (each text split as
/// the app splits it).
pub fn is_sentence_of(article: &Article, sentence: &str) -> bool {
    !sentence.trim().is_empty()
        && readable_texts(article)
            .into_iter()
            .any(|text| split_sentences(text).into_iter().any(|range| &text[range] == sentence))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_articles_own_sentences_are_its_sentences() {
        let json = r#"{"id":"a","title":"标题","source":"本报","published":"2023-09-06T07:28:00+08:00",
            "body":[{"type":"paragraph","text":"第一句。第二句！"},{"type":"image","src":"/a.png","alt":"图","caption":"图注。"},
            {"type":"list","items":["甲项。"]}]}"#;
        let article = Article::from_json(json).unwrap().value;
        for said in ["标题", "第一句。", "第二句！", "图注。", "甲项。"] {
            assert!(is_sentence_of(&article, said), "{said}");
        }
        for not in ["", "第一句。第二句！", "第一句", "随便一句话。", "<b>标题</b>"] {
            assert!(!is_sentence_of(&article, not), "{not}");
        }
    }
}
