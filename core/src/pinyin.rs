//! An article's 拼音: the readings file the build makes beside the article's data
//! (`paths::article_readings_file`), and how a text and its readings pair up into what the page
//! shows. The app fetches the file only when the reader turns 拼音 on, so the first view does not
//! grow by a byte.
//!
//! Each text's readings are one string: a syllable with its tone mark for each character, `_` for
//! a character that is not read as a syllable (punctuation, digits, Latin letters), separated by
//! single spaces. `百舸争流,` is `bǎi gě zhēng liú _`.

use serde::{Deserialize, Serialize};

use crate::{Article, Block};

/// The mark of a character without a syllable.
pub const UNREAD: &str = "_";

/// `data/articles/<id>.pinyin.json`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleReadings {
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// One entry a body block, in order: its text's readings (an image's caption's), one for
    /// each item of a list, or none (an image without a caption).
    pub body: Vec<BlockReadings>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum BlockReadings {
    Text(String),
    Items(Vec<String>),
    None,
}

/// A stretch of a text as the page shows it with 拼音.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Characters shown as they are.
    Plain(String),
    /// A character with its syllable above it (with the variation selector that follows it,
    /// if any, so that its variant form is kept).
    Annotated { base: String, syllable: &'a str },
}

impl ArticleReadings {
    /// The readings of `article`, each text read by `read` (which gives the string this module
    /// describes). The build calls this with the reading engine; the order is the one
    /// `texts_of` gives, which the app follows to pair them with the page.
    pub fn of(article: &Article, read: impl Fn(&str) -> String) -> ArticleReadings {
        let body = article
            .body
            .iter()
            .map(|block| match block {
                Block::Paragraph(text) | Block::Heading(text) | Block::Quote(text) => {
                    BlockReadings::Text(read(text))
                }
                Block::List { items, .. } => BlockReadings::Items(items.iter().map(|i| read(i)).collect()),
                Block::Image { caption: Some(caption), .. } => BlockReadings::Text(read(caption)),
                Block::Image { caption: None, .. } => BlockReadings::None,
            })
            .collect();
        ArticleReadings { title: read(&article.title), summary: article.summary.as_deref().map(&read), body }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// `None` for anything that is not such a file: the app then says the article has no 拼音.
    pub fn from_json(json: &str) -> Option<ArticleReadings> {
        serde_json::from_str(json).ok()
    }

    /// The readings of the article's texts in `texts_of`'s order (`None` where there are none).
    pub fn in_order(&self) -> Vec<Option<&str>> {
        let mut all = vec![Some(self.title.as_str())];
        all.push(self.summary.as_deref());
        for block in &self.body {
            match block {
                BlockReadings::Text(text) => all.push(Some(text)),
                BlockReadings::Items(items) => all.extend(items.iter().map(|i| Some(i.as_str()))),
                BlockReadings::None => all.push(None),
            }
        }
        all
    }
}

/// The article's texts that take 拼音, in order: the title, the summary (`None` when it has
/// none), then each block's text, one for each item of a list, an image's caption (`None` for
/// an image without one).
pub fn texts_of(article: &Article) -> Vec<Option<&str>> {
    let mut all = vec![Some(article.title.as_str()), article.summary.as_deref()];
    for block in &article.body {
        match block {
            Block::Paragraph(text) | Block::Heading(text) | Block::Quote(text) => all.push(Some(text)),
            Block::List { items, .. } => all.extend(items.iter().map(|i| Some(i.as_str()))),
            Block::Image { caption, .. } => all.push(caption.as_deref()),
        }
    }
    all
}

/// `text` and its readings as the page shows them; `None` when the readings do not fit the text
/// (a file made from another version of the article), so that no syllable is ever shown over
/// the wrong character.
pub fn pair<'a>(text: &str, readings: &'a str) -> Option<Vec<Piece<'a>>> {
    let syllables: Vec<&str> = readings.split(' ').collect();
    if syllables.len() != text.chars().count() || readings.is_empty() {
        return None;
    }
    let mut pieces = Vec::new();
    let mut plain = String::new();
    for (c, syllable) in text.chars().zip(syllables) {
        if syllable == UNREAD || syllable.is_empty() {
            match pieces.last_mut() {
                Some(Piece::Annotated { base, .. }) if plain.is_empty() && is_variation_selector(c) => {
                    base.push(c)
                }
                _ => plain.push(c),
            }
            continue;
        }
        if !plain.is_empty() {
            pieces.push(Piece::Plain(std::mem::take(&mut plain)));
        }
        pieces.push(Piece::Annotated { base: c.to_string(), syllable });
    }
    if !plain.is_empty() {
        pieces.push(Piece::Plain(plain));
    }
    Some(pieces)
}

/// A character that chooses the form of the one before it (葛 and 葛󠄀 are the same syllable).
fn is_variation_selector(c: char) -> bool {
    matches!(c, '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article() -> Article {
        let json = r#"{"id":"a","title":"银行","source":"本报","published":"2023-09-06T07:28:00+08:00",
            "body":[{"type":"paragraph","text":"行走，1步"},{"type":"image","src":"/a.png","alt":"图"},
            {"type":"list","items":["长大","长江"]}]}"#;
        Article::from_json(json).unwrap().value
    }

    fn fake_read(text: &str) -> String {
        text.chars()
            .map(|c| if c.is_ascii() || c == '，' { UNREAD.to_string() } else { format!("<{c}>") })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn the_readings_follow_the_articles_texts_in_order() {
        let article = article();
        let readings = ArticleReadings::of(&article, fake_read);
        let back = ArticleReadings::from_json(&readings.to_json()).unwrap();
        assert_eq!(back, readings);
        let texts = texts_of(&article);
        let in_order = back.in_order();
        assert_eq!(texts.len(), in_order.len());
        for (text, readings) in texts.iter().zip(&in_order) {
            assert_eq!(text.map(fake_read).as_deref(), *readings);
        }
    }

    #[test]
    fn a_text_pairs_with_its_syllables_and_plain_runs_stay_whole() {
        let pieces = pair("行走，1步", "xíng zǒu _ _ bù").unwrap();
        assert_eq!(
            pieces,
            [
                Piece::Annotated { base: "行".into(), syllable: "xíng" },
                Piece::Annotated { base: "走".into(), syllable: "zǒu" },
                Piece::Plain("，1".into()),
                Piece::Annotated { base: "步".into(), syllable: "bù" },
            ]
        );
    }

    #[test]
    fn a_variation_selector_stays_with_its_character() {
        let pieces = pair("葛\u{E0100}亮", "gě _ liàng").unwrap();
        assert_eq!(
            pieces,
            [
                Piece::Annotated { base: "葛\u{E0100}".into(), syllable: "gě" },
                Piece::Annotated { base: "亮".into(), syllable: "liàng" },
            ]
        );
    }

    #[test]
    fn readings_that_do_not_fit_the_text_are_not_shown() {
        assert_eq!(pair("行走", "xíng"), None);
        assert_eq!(pair("行走", "xíng zǒu bù"), None);
        assert_eq!(pair("", ""), None);
        assert_eq!(ArticleReadings::from_json("<html>"), None);
        assert_eq!(ArticleReadings::from_json(r#"{"title":1}"#), None);
    }
}
