//! `data/articles/<id>.json`: one article, validated into plain types.

use serde::{Deserialize, Serialize, Serializer};

use crate::error::{DataError, Place};
use crate::fields::{optional_text, required_text, Parsed};
use crate::published::Published;
use crate::validate::{is_valid_id, is_valid_lang, SafeUrl};

/// Written as the data format has it (`changyue import` writes articles this way), so that
/// what is written is what `from_json` reads back.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Article {
    pub id: String,
    pub title: String,
    pub source: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    pub published: Published,
    /// The article's own language where it differs from the site's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    pub body: Vec<Block>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Paragraph(String),
    /// A section heading under the title.
    Heading(String),
    Image {
        src: SafeUrl,
        alt: String,
        caption: Option<String>,
    },
    Quote(String),
    List {
        ordered: bool,
        items: Vec<String>,
    },
}

/// A block as the data format writes it: its `type` and the fields of that type.
#[derive(Serialize)]
struct BlockJson<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    src: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    alt: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    caption: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ordered: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    items: Option<&'a [String]>,
}

impl Serialize for Block {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let none = BlockJson {
            kind: "",
            text: None,
            src: None,
            alt: None,
            caption: None,
            ordered: None,
            items: None,
        };
        let json = match self {
            Block::Paragraph(text) => BlockJson { kind: "paragraph", text: Some(text), ..none },
            Block::Heading(text) => BlockJson { kind: "heading", text: Some(text), ..none },
            Block::Quote(text) => BlockJson { kind: "quote", text: Some(text), ..none },
            Block::Image { src, alt, caption } => BlockJson {
                kind: "image",
                src: Some(src.as_str()),
                alt: Some(alt),
                caption: caption.as_deref(),
                ..none
            },
            Block::List { ordered, items } => {
                BlockJson { kind: "list", ordered: Some(*ordered), items: Some(items), ..none }
            }
        };
        json.serialize(serializer)
    }
}

/// Chinese readers average about 255 characters a minute (as Firefox Reader View assumes).
const CHARS_PER_MINUTE: usize = 255;

impl Article {
    /// Parses and checks an article file. Unknown block types are skipped with a warning.
    pub fn from_json(json: &str) -> Result<Parsed<Article>, DataError> {
        let raw: RawArticle = DataError::parse(json)?;
        let place = Place::Article;
        let id = required_text(raw.id, place, "id")?;
        if !is_valid_id(&id) {
            return Err(DataError::BadValue { place, field: "id" });
        }
        let published = required_text(raw.published, place, "published")?;
        let published =
            Published::parse(&published).ok_or(DataError::BadValue { place, field: "published" })?;
        let mut warnings = Vec::new();
        let lang = optional_text(raw.lang).filter(|lang| {
            let ok = is_valid_lang(lang);
            if !ok {
                warnings.push(format!("article {id}: ignored invalid lang {lang:?}"));
            }
            ok
        });
        let raw_body = raw.body.ok_or(DataError::Missing { place, field: "body" })?;
        let mut body = Vec::with_capacity(raw_body.len());
        for (i, block) in raw_body.into_iter().enumerate() {
            match block.into_block(Place::Block(i + 1))? {
                Ok(block) => body.push(block),
                Err(warning) => warnings.push(format!("article {id}, block {}: {warning}", i + 1)),
            }
        }
        let article = Article {
            title: required_text(raw.title, place, "title")?,
            source: required_text(raw.source, place, "source")?,
            author: optional_text(raw.author),
            summary: optional_text(raw.summary),
            id,
            published,
            lang,
            body,
        };
        Ok(Parsed { value: article, warnings })
    }

    /// Characters of readable text (spaces not counted), for the reading-time estimate.
    pub fn char_count(&self) -> usize {
        let count = |s: &str| s.chars().filter(|c| !c.is_whitespace()).count();
        self.body
            .iter()
            .map(|block| match block {
                Block::Paragraph(t) | Block::Heading(t) | Block::Quote(t) => count(t),
                Block::Image { caption, .. } => caption.as_deref().map_or(0, count),
                Block::List { items, .. } => items.iter().map(|i| count(i)).sum(),
            })
            .sum()
    }

    /// Minutes to read, rounded, at least one.
    pub fn reading_minutes(&self) -> usize {
        ((self.char_count() + CHARS_PER_MINUTE / 2) / CHARS_PER_MINUTE).max(1)
    }
}

#[derive(Deserialize)]
struct RawArticle {
    id: Option<String>,
    title: Option<String>,
    source: Option<String>,
    author: Option<String>,
    published: Option<String>,
    lang: Option<String>,
    summary: Option<String>,
    body: Option<Vec<RawBlock>>,
}

/// Every field any block type may carry; which ones are required depends on `type`.
#[derive(Deserialize)]
struct RawBlock {
    #[serde(rename = "type")]
    kind: Option<String>,
    text: Option<String>,
    src: Option<String>,
    alt: Option<String>,
    caption: Option<String>,
    ordered: Option<bool>,
    items: Option<Vec<String>>,
}

impl RawBlock {
    /// `Err` stops the article (a broken known block); `Ok(Err)` is a block to skip with a warning.
    fn into_block(self, place: Place) -> Result<Result<Block, String>, DataError> {
        let text = |t| required_text(t, place, "text");
        let block = match self.kind.as_deref() {
            Some("paragraph") => Block::Paragraph(text(self.text)?),
            Some("heading") => Block::Heading(text(self.text)?),
            Some("quote") => Block::Quote(text(self.text)?),
            Some("image") => {
                let src = required_text(self.src, place, "src")?;
                // A refused URL loses its image, not the article around it.
                let Some(src) = SafeUrl::parse(&src) else {
                    return Ok(Err(format!("skipped an image with refused src {src:?}")));
                };
                Block::Image {
                    src,
                    // An empty alt is a deliberate choice (a decorative image); a missing one is not.
                    alt: self.alt.ok_or(DataError::Missing { place, field: "alt" })?,
                    caption: optional_text(self.caption),
                }
            }
            Some("list") => {
                let items: Vec<String> = self
                    .items
                    .ok_or(DataError::Missing { place, field: "items" })?
                    .into_iter()
                    .filter(|item| !item.trim().is_empty())
                    .collect();
                if items.is_empty() {
                    return Err(DataError::Missing { place, field: "items" });
                }
                Block::List { ordered: self.ordered.unwrap_or(false), items }
            }
            Some(other) => return Ok(Err(format!("skipped unknown block type {other:?}"))),
            None => return Ok(Err("skipped a block without a type".to_owned())),
        };
        Ok(Ok(block))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"{
        "id": "a-1", "title": "标题", "source": "《日报》",
        "published": "2023-09-06T07:28:00+08:00",
        "body": [
            {"type": "paragraph", "text": "第一段。"},
            {"type": "heading", "text": "小标题"},
            {"type": "image", "src": "/img/a.png", "alt": "一张图", "caption": "图注"},
            {"type": "quote", "text": "引文"},
            {"type": "list", "ordered": true, "items": ["一", "二"]},
            {"type": "video", "src": "/v.mp4"}
        ]
    }"#;

    fn parse(json: &str) -> Result<Parsed<Article>, DataError> {
        Article::from_json(json)
    }

    fn with(field: &str, value: &str) -> String {
        let mut v: serde_json::Value = serde_json::from_str(GOOD).unwrap();
        v[field] = serde_json::from_str(value).unwrap();
        v.to_string()
    }

    #[test]
    fn a_good_article_keeps_every_known_block_in_order() {
        let parsed = parse(GOOD).unwrap();
        let a = parsed.value;
        assert_eq!((a.id.as_str(), a.title.as_str(), a.source.as_str()), ("a-1", "标题", "《日报》"));
        assert_eq!(a.published.display(), "2023-09-06 07:28");
        assert_eq!(a.body.len(), 5);
        assert_eq!(a.body[0], Block::Paragraph("第一段。".into()));
        assert!(
            matches!(&a.body[2], Block::Image { alt, caption: Some(c), .. } if alt == "一张图" && c == "图注")
        );
        assert_eq!(a.body[4], Block::List { ordered: true, items: vec!["一".into(), "二".into()] });
        assert_eq!(parsed.warnings.len(), 1, "the unknown video block is reported");
        assert!(parsed.warnings[0].contains("video"));
    }

    #[test]
    fn an_article_written_out_reads_back_the_same() {
        let article = parse(GOOD).unwrap().value;
        let json = serde_json::to_string(&article).unwrap();
        assert_eq!(parse(&json).unwrap().value, article);
        assert!(json.starts_with(r#"{"id":"a-1","title":"标题","source":"《日报》","published":"2023-09-06T07:28:00+08:00","body":["#));
        assert!(json.contains(r#"{"type":"image","src":"/img/a.png","alt":"一张图","caption":"图注"}"#));
        assert!(json.contains(r#"{"type":"list","ordered":true,"items":["一","二"]}"#));
        let hostile = with("title", r#""<script>alert(1)</script>""#);
        let article = parse(&hostile).unwrap().value;
        assert_eq!(parse(&serde_json::to_string(&article).unwrap()).unwrap().value, article);
    }

    #[test]
    fn hostile_text_is_kept_literally() {
        let json = with("title", r#""<script>alert(1)</script>&amp;""#);
        assert_eq!(parse(&json).unwrap().value.title, "<script>alert(1)</script>&amp;");
    }

    #[test]
    fn broken_json_reports_its_position() {
        assert!(matches!(parse("{\"id\": "), Err(DataError::Syntax { line: 1, .. })));
        assert!(matches!(parse(""), Err(DataError::Syntax { .. })));
        assert!(matches!(parse("[]"), Err(DataError::WrongType { .. })));
        assert!(matches!(parse(&with("title", "5")), Err(DataError::WrongType { .. })));
    }

    #[test]
    fn missing_or_empty_required_fields_are_errors() {
        for field in ["id", "title", "source", "published", "body"] {
            let json = with(field, "null");
            assert_eq!(
                parse(&json).unwrap_err(),
                DataError::Missing { place: Place::Article, field },
                "{field}"
            );
        }
        assert_eq!(
            parse(&with("title", r#""   ""#)).unwrap_err(),
            DataError::Missing { place: Place::Article, field: "title" }
        );
    }

    #[test]
    fn bad_values_are_errors() {
        let bad_id = parse(&with("id", r#""../site""#)).unwrap_err();
        assert_eq!(bad_id, DataError::BadValue { place: Place::Article, field: "id" });
        let bad_date = parse(&with("published", r#""2023-09-06 07:28""#)).unwrap_err();
        assert_eq!(bad_date, DataError::BadValue { place: Place::Article, field: "published" });
    }

    #[test]
    fn an_image_with_a_refused_url_is_skipped_and_the_rest_shows() {
        let json = with(
            "body",
            r#"[{"type":"image","src":"javascript:alert(1)","alt":"x"},{"type":"paragraph","text":"留下"}]"#,
        );
        let parsed = parse(&json).unwrap();
        assert_eq!(parsed.value.body, vec![Block::Paragraph("留下".into())]);
        assert!(parsed.warnings[0].contains("javascript:alert(1)"));
    }

    #[test]
    fn broken_known_blocks_name_their_position() {
        let json = with("body", r#"[{"type":"paragraph","text":"a"},{"type":"paragraph"}]"#);
        assert_eq!(parse(&json).unwrap_err(), DataError::Missing { place: Place::Block(2), field: "text" });
        let json = with("body", r#"[{"type":"image","src":"/a.png"}]"#);
        assert_eq!(parse(&json).unwrap_err(), DataError::Missing { place: Place::Block(1), field: "alt" });
        let json = with("body", r#"[{"type":"list","items":[]}]"#);
        assert_eq!(parse(&json).unwrap_err(), DataError::Missing { place: Place::Block(1), field: "items" });
    }

    #[test]
    fn untyped_blocks_are_skipped_and_empty_alt_is_allowed() {
        let json = with("body", r#"[{"text":"x"},{"type":"image","src":"/a.png","alt":""}]"#);
        let parsed = parse(&json).unwrap();
        assert_eq!(parsed.value.body.len(), 1);
        assert_eq!(parsed.warnings.len(), 1);
    }

    #[test]
    fn invalid_lang_is_ignored_with_a_warning() {
        let parsed = parse(&with("lang", r#""zh CN""#)).unwrap();
        assert_eq!(parsed.value.lang, None);
        assert_eq!(parsed.warnings.len(), 2);
    }

    #[test]
    fn reading_time_counts_chinese_characters() {
        let mut a = parse(GOOD).unwrap().value;
        assert_eq!(a.reading_minutes(), 1);
        a.body = vec![Block::Paragraph("字".repeat(383))];
        assert_eq!(a.char_count(), 383);
        assert_eq!(a.reading_minutes(), 2);
    }
}
