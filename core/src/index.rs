//! `data/articles/index.json`: the list of articles, newest first.

use serde::{Deserialize, Serialize};

use crate::error::{DataError, Place};
use crate::fields::{optional_text, required_text, Parsed};
use crate::published::Published;
use crate::validate::is_valid_id;

/// An article's entry in the list, written as the data format has it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ArticleSummary {
    pub id: String,
    pub title: String,
    pub source: String,
    pub published: Published,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
}

impl From<&crate::Article> for ArticleSummary {
    fn from(article: &crate::Article) -> ArticleSummary {
        ArticleSummary {
            id: article.id.clone(),
            title: article.title.clone(),
            source: article.source.clone(),
            published: article.published.clone(),
            summary: article.summary.clone(),
        }
    }
}

/// Written as the data format has it (`changyue import` writes the list this way).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ArticleIndex {
    pub articles: Vec<ArticleSummary>,
}

/// The most the whole list may weigh where the build reads it (100,000 articles are about 35 MB).
/// A reader's phone never loads it from a built site, only its pages (`list_page`); where it does
/// (a data folder served as it is), the app's 2 MB limit holds.
pub const MAX_ARCHIVE_LIST_BYTES: usize = 256 * 1024 * 1024;

impl ArticleIndex {
    /// Parses and checks the index as the app reads it (at most 2 MB), then orders it newest
    /// first whatever order the file had.
    pub fn from_json(json: &str) -> Result<Parsed<ArticleIndex>, DataError> {
        ArticleIndex::checked(DataError::parse(json)?)
    }

    /// The same for the build and the command, which read an archive's whole list.
    pub fn from_archive_json(json: &str) -> Result<Parsed<ArticleIndex>, DataError> {
        ArticleIndex::checked(DataError::parse_within(json, MAX_ARCHIVE_LIST_BYTES)?)
    }

    fn checked(raw: RawIndex) -> Result<Parsed<ArticleIndex>, DataError> {
        let entries = raw.articles.ok_or(DataError::Missing { place: Place::Index, field: "articles" })?;
        let mut articles = entries
            .into_iter()
            .enumerate()
            .map(|(i, entry)| entry.check(Place::ListItem(i + 1)))
            .collect::<Result<Vec<_>, _>>()?;
        articles.sort_by_key(|a| std::cmp::Reverse(a.published.utc_seconds()));
        Ok(Parsed { value: ArticleIndex { articles }, warnings: Vec::new() })
    }
}

#[derive(Deserialize)]
struct RawIndex {
    articles: Option<Vec<RawSummary>>,
}

#[derive(Deserialize)]
pub(crate) struct RawSummary {
    id: Option<String>,
    title: Option<String>,
    source: Option<String>,
    published: Option<String>,
    summary: Option<String>,
}

impl RawSummary {
    pub(crate) fn check(self, place: Place) -> Result<ArticleSummary, DataError> {
        let id = required_text(self.id, place, "id")?;
        if !is_valid_id(&id) {
            return Err(DataError::BadValue { place, field: "id" });
        }
        let title = required_text(self.title, place, "title")?;
        let source = required_text(self.source, place, "source")?;
        let published = required_text(self.published, place, "published")?;
        Ok(ArticleSummary {
            id,
            title,
            source,
            published: Published::parse(&published)
                .ok_or(DataError::BadValue { place, field: "published" })?,
            summary: optional_text(self.summary),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, published: &str) -> String {
        format!(r#"{{"id":"{id}","title":"T {id}","source":"S","published":"{published}"}}"#)
    }

    #[test]
    fn lists_newest_first_whatever_the_file_order() {
        let json = format!(
            r#"{{"articles":[{},{},{}]}}"#,
            entry("old", "2020-01-01T00:00:00+08:00"),
            entry("new", "2024-01-01T00:00:00+08:00"),
            entry("mid", "2022-01-01T00:00:00Z"),
        );
        let ids: Vec<_> =
            ArticleIndex::from_json(&json).unwrap().value.articles.into_iter().map(|a| a.id).collect();
        assert_eq!(ids, ["new", "mid", "old"]);
    }

    #[test]
    fn an_empty_list_is_fine() {
        assert!(ArticleIndex::from_json(r#"{"articles":[]}"#).unwrap().value.articles.is_empty());
    }

    #[test]
    fn broken_entries_name_their_position() {
        let json = format!(r#"{{"articles":[{},{{"id":"b"}}]}}"#, entry("a", "2020-01-01T00:00:00Z"));
        assert_eq!(
            ArticleIndex::from_json(&json).unwrap_err(),
            DataError::Missing { place: Place::ListItem(2), field: "title" }
        );
        let json = format!(r#"{{"articles":[{}]}}"#, entry("A/../x", "2020-01-01T00:00:00Z"));
        assert_eq!(
            ArticleIndex::from_json(&json).unwrap_err(),
            DataError::BadValue { place: Place::ListItem(1), field: "id" }
        );
        assert!(matches!(ArticleIndex::from_json("{}"), Err(DataError::Missing { .. })));
        assert!(matches!(ArticleIndex::from_json("<html>"), Err(DataError::Syntax { .. })));
    }

    #[test]
    fn an_archive_list_past_the_apps_limit_is_read_by_the_build() {
        let entries: Vec<String> =
            (0..12_000).map(|i| entry(&format!("a{i}"), "2023-01-01T00:00:00+08:00")).collect();
        let json = format!(r#"{{"articles":[{}],"note":"{}"}}"#, entries.join(","), "x".repeat(1_500_000));
        assert!(json.len() > crate::error::MAX_DATA_BYTES);
        assert!(matches!(ArticleIndex::from_json(&json), Err(DataError::TooLarge { .. })));
        assert_eq!(ArticleIndex::from_archive_json(&json).unwrap().value.articles.len(), 12_000);
    }
}
