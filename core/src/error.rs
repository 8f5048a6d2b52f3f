//! What can be wrong with a data file, and how to say it to a reader.

use crate::text::{self, fill};

/// Where in a data file a problem sits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Article,
    /// `articles/index.json` as a whole.
    Index,
    /// A block of an article's body, counted from 1.
    Block(usize),
    /// An entry of `articles/index.json`, counted from 1.
    ListItem(usize),
    Site,
    Link(usize),
    Channel(usize),
}

/// A data file that cannot be shown. Every variant is typed, never a panic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataError {
    /// Not JSON at all, or cut off.
    Syntax { line: usize, column: usize },
    /// JSON, but a value has the wrong type (a number where text belongs).
    WrongType { line: usize, column: usize },
    /// A required field is absent, null or empty. `field` is the JSON key.
    Missing { place: Place, field: &'static str },
    /// A field is present but breaks a rule (id pattern, date format, URL scheme).
    BadValue { place: Place, field: &'static str },
    /// Larger than any real article: refused before parsing (after the download), so a phone
    /// never spends seconds parsing and laying out megabytes of text.
    TooLarge { bytes: usize, limit: usize },
}

/// The most a data file may weigh. The longest real articles are well under 1 MB (a
/// 190,000-character article is about 0.6 MB of JSON).
pub const MAX_DATA_BYTES: usize = 2 * 1024 * 1024;

impl DataError {
    /// Parses a data file into its raw shape: refused when too large; syntax and type errors
    /// (including nesting deeper than serde_json's limit of 128) become typed errors.
    pub(crate) fn parse<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, DataError> {
        DataError::parse_within(json, MAX_DATA_BYTES)
    }

    /// The same with another limit (the whole list, which only the build reads whole).
    pub(crate) fn parse_within<T: serde::de::DeserializeOwned>(
        json: &str,
        limit: usize,
    ) -> Result<T, DataError> {
        if json.len() > limit {
            return Err(DataError::TooLarge { bytes: json.len(), limit });
        }
        serde_json::from_str(json).map_err(|e| DataError::from_json(&e))
    }

    pub(crate) fn from_json(err: &serde_json::Error) -> DataError {
        let (line, column) = (err.line(), err.column());
        if err.is_data() {
            DataError::WrongType { line, column }
        } else {
            DataError::Syntax { line, column }
        }
    }

    /// A clear Chinese sentence that tells the reader what went wrong.
    pub fn message(&self) -> String {
        match self {
            DataError::Syntax { line, column } => {
                fill(text::ERROR_SYNTAX, &[("line", &line.to_string()), ("column", &column.to_string())])
            }
            DataError::WrongType { line, column } => {
                fill(text::ERROR_WRONG_TYPE, &[("line", &line.to_string()), ("column", &column.to_string())])
            }
            DataError::Missing { place, field } => {
                fill(text::ERROR_MISSING, &[("place", &place.describe()), ("field", &field_name(field))])
            }
            DataError::BadValue { place, field } => {
                fill(text::ERROR_BAD_VALUE, &[("place", &place.describe()), ("field", &field_name(field))])
            }
            DataError::TooLarge { bytes, limit } => {
                let megabytes =
                    |b: usize| format!("{}.{}", b / (1024 * 1024), b % (1024 * 1024) * 10 / (1024 * 1024));
                fill(text::ERROR_TOO_LARGE, &[("size", &megabytes(*bytes)), ("limit", &megabytes(*limit))])
            }
        }
    }
}

impl Place {
    fn describe(self) -> String {
        let numbered = |template, n: usize| fill(template, &[("n", &n.to_string())]);
        match self {
            Place::Article => text::PLACE_ARTICLE.to_owned(),
            Place::Block(n) => numbered(text::PLACE_BLOCK, n),
            Place::Index => text::PLACE_INDEX.to_owned(),
            Place::ListItem(n) => numbered(text::PLACE_LIST_ITEM, n),
            Place::Site => text::PLACE_SITE.to_owned(),
            Place::Link(n) => numbered(text::PLACE_LINK, n),
            Place::Channel(n) => numbered(text::PLACE_CHANNEL, n),
        }
    }
}

/// The Chinese name of a JSON key, followed by the key itself for the site's editors.
fn field_name(field: &str) -> String {
    let zh = match field {
        "id" => "编号",
        "title" => "标题",
        "source" => "来源",
        "published" => "发布时间",
        "body" => "正文",
        "text" => "文字",
        "src" => "图片地址",
        "alt" => "图片替代文字",
        "items" => "列表项",
        "name" => "名称",
        "label" => "名称",
        "url" => "链接",
        "kind" => "类别",
        "articles" => "文章列表",
        "page" => "页码",
        "pages" => "总页数",
        "total" => "文章总数",
        _ => "",
    };
    if zh.is_empty() {
        field.to_owned()
    } else {
        format!("{zh}（{field}）")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_place_and_field_in_chinese() {
        let e = DataError::Missing { place: Place::Article, field: "title" };
        assert_eq!(e.message(), "数据文件中文章缺少“标题（title）”，无法显示。");
        let e = DataError::BadValue { place: Place::Block(3), field: "src" };
        assert_eq!(e.message(), "数据文件中正文第 3 段的“图片地址（src）”不符合要求，无法显示。");
    }

    #[test]
    fn an_oversized_file_is_refused_with_its_size() {
        let huge = format!(r#"{{"id":"a","title":"{}"}}"#, "字".repeat(1_000_000));
        let error = crate::Article::from_json(&huge).unwrap_err();
        assert_eq!(error, DataError::TooLarge { bytes: huge.len(), limit: MAX_DATA_BYTES });
        assert_eq!(error.message(), "数据文件太大（2.8 MB，上限 2.0 MB），无法显示。");
        assert!(matches!(crate::Site::from_json(&huge), Err(DataError::TooLarge { .. })));
        assert!(matches!(crate::ArticleIndex::from_json(&huge), Err(DataError::TooLarge { .. })));
    }

    #[test]
    fn absurdly_deep_nesting_is_an_error_not_a_crash() {
        for json in ["[".repeat(100_000), format!(r#"{{"body":{}}}"#, "[".repeat(5_000) + &"]".repeat(5_000))]
        {
            let error = crate::Article::from_json(&json).unwrap_err();
            assert!(matches!(error, DataError::Syntax { .. } | DataError::WrongType { .. }), "{error:?}");
        }
    }

    #[test]
    fn json_errors_keep_their_position() {
        let err = serde_json::from_str::<serde_json::Value>("{\n  \"a\": ").unwrap_err();
        assert_eq!(DataError::from_json(&err), DataError::Syntax { line: 2, column: 7 });
        let err = serde_json::from_str::<String>("5").unwrap_err();
        assert!(matches!(DataError::from_json(&err), DataError::WrongType { line: 1, .. }));
    }
}
