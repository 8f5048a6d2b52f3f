//! Where things are on a site: the data files the app reads and the routes it answers. The app,
//! the `changyue` command and the page's loader (core's `startup`) all take them from here.

use crate::list_page;

/// The site's own data: its name, links and channels.
pub const SITE_FILE: &str = "/data/site.json";

/// The whole list of articles, newest first (the app reads it only without list pages).
pub const INDEX_FILE: &str = "/data/articles/index.json";

/// Everything editors change in place: revalidated, never kept as part of the app's shell.
pub const DATA_FOLDER: &str = "/data/";

/// An article's data file.
pub fn article_file(id: &str) -> String {
    format!("/data/articles/{id}.json")
}

/// An article's readings for 拼音, made by the build beside its data file (`ArticleReadings`).
pub fn article_readings_file(id: &str) -> String {
    format!("/data/articles/{id}.pinyin.json")
}

/// An article's page, its id in the one group: the id rule of `validate::is_valid_id`, as a
/// regular expression of the common dialect (JavaScript's and the `regex` crate's).
pub const ARTICLE_ROUTE: &str = "^/article/([a-z0-9][a-z0-9-]{0,99})$";

/// A list page after the first (the first is `/`), its number in the one group: the numbers of
/// `list_page::parse_page_number` up to nine digits.
pub const LIST_ROUTE: &str = "^/page/([1-9][0-9]{0,8})$";

/// A list page's data file, for the number `n` as written (`list_page::page_file`).
pub fn list_file(n: &str) -> String {
    list_page::page_file_named(n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::list_page::parse_page_number;
    use crate::validate::is_valid_id;

    #[test]
    fn the_article_route_takes_exactly_the_valid_ids() {
        let route = regex::Regex::new(ARTICLE_ROUTE).unwrap();
        let long = "a".repeat(100);
        let too_long = "a".repeat(101);
        for id in [
            "a",
            "wulantaolegai-practice",
            "t20230906-3470563",
            "0-",
            &long,
            &too_long,
            "-a",
            "A",
            "a_b",
            "",
            "a/b",
            "文章",
        ] {
            let taken = route.captures(&format!("/article/{id}")).map(|c| c[1].to_owned());
            assert_eq!(taken.as_deref() == Some(id), is_valid_id(id), "{id:?}");
        }
    }

    #[test]
    fn the_list_route_takes_the_page_numbers() {
        let route = regex::Regex::new(LIST_ROUTE).unwrap();
        for n in ["2", "10", "999999999", "1", "0", "01", "1000000000", "x"] {
            let taken = route.captures(&format!("/page/{n}")).map(|c| c[1].to_owned());
            let page = parse_page_number(n).filter(|&p| p < 1_000_000_000);
            assert_eq!(taken.as_deref(), page.map(|_| n), "{n:?}");
        }
        assert_eq!(list_file("{}"), "/data/articles/page/{}.json");
        assert_eq!(list_file("3"), crate::list_page::page_file(3));
    }
}
