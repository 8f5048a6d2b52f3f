//! The article list a page at a time: 20 articles a page, newest first, so that what one list
//! view loads is bounded whatever the archive's size.
//!
//! A built site has a file per page, `data/articles/page/<n>.json`, which `changyue render`
//! writes from the whole list (`data/articles/index.json`). A site without them (a data folder
//! served as it is) still works: the app cuts the page out of the whole list.

use serde::Deserialize;
use serde_json::json;

use crate::error::{DataError, Place};
use crate::fields::Parsed;
use crate::index::{ArticleIndex, ArticleSummary, RawSummary};
use crate::text;

/// Articles a page.
pub const PER_PAGE: usize = 20;

/// How much of a summary a list page carries, in characters: the list is for finding an
/// article, and the article has the whole summary. It keeps a page file near 10 KB.
pub const LIST_SUMMARY_CHARS: usize = 80;

#[derive(Clone, Debug, PartialEq)]
pub struct ListPage {
    pub articles: Vec<ArticleSummary>,
    /// This page's number, from 1.
    pub page: usize,
    /// How many pages the list has (1 for an empty list).
    pub pages: usize,
    /// How many articles the list has.
    pub total: usize,
}

/// How many pages a list of `total` articles takes.
pub fn page_count(total: usize) -> usize {
    total.div_ceil(PER_PAGE).max(1)
}

/// The address of list page `n`: the first page is the site's front page.
pub fn list_path(n: usize) -> String {
    if n <= 1 {
        "/".to_owned()
    } else {
        format!("/page/{n}")
    }
}

/// The data file of list page `n` on a built site.
pub fn page_file(n: usize) -> String {
    page_file_named(&n.to_string())
}

/// The data file of the list page whose number is written `n` (`paths::list_file`).
pub(crate) fn page_file_named(n: &str) -> String {
    format!("/data/articles/page/{n}.json")
}

/// A page number as written in an address: digits, from 1, without leading zeros.
pub fn parse_page_number(raw: &str) -> Option<usize> {
    if raw.is_empty() || raw.starts_with('0') || !raw.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    raw.parse().ok()
}

/// A summary as the list shows it: whole if short, else cut at a character with an ellipsis.
pub fn list_summary(summary: &str) -> String {
    match summary.char_indices().nth(LIST_SUMMARY_CHARS) {
        None => summary.to_owned(),
        Some((cut, _)) => format!("{}…", summary[..cut].trim_end()),
    }
}

impl ListPage {
    /// Page `n` of the whole list, or `None` past its end. An empty list has one empty page.
    pub fn of_index(index: &ArticleIndex, n: usize) -> Option<ListPage> {
        let total = index.articles.len();
        let pages = page_count(total);
        if n == 0 || n > pages {
            return None;
        }
        let articles = index.articles.iter().skip((n - 1) * PER_PAGE).take(PER_PAGE).cloned();
        let articles = articles
            .map(|a| ArticleSummary { summary: a.summary.as_deref().map(list_summary), ..a })
            .collect();
        Some(ListPage { articles, page: n, pages, total })
    }

    /// Every page of the whole list, in order.
    pub fn all_of(index: &ArticleIndex) -> impl Iterator<Item = ListPage> + '_ {
        (1..=page_count(index.articles.len())).filter_map(|n| ListPage::of_index(index, n))
    }

    /// A page file, checked like the whole list (each entry, then the numbers).
    pub fn from_json(json: &str) -> Result<Parsed<ListPage>, DataError> {
        let raw: RawListPage = DataError::parse(json)?;
        let entries = raw.articles.ok_or(DataError::Missing { place: Place::Index, field: "articles" })?;
        let articles = entries
            .into_iter()
            .enumerate()
            .map(|(i, entry)| entry.check(Place::ListItem(i + 1)))
            .collect::<Result<Vec<_>, _>>()?;
        let number = |value: Option<usize>, field| {
            value.filter(|&n| n >= 1).ok_or(DataError::BadValue { place: Place::Index, field })
        };
        let (page, pages) = (number(raw.page, "page")?, number(raw.pages, "pages")?);
        let total = raw.total.ok_or(DataError::Missing { place: Place::Index, field: "total" })?;
        if page > pages || articles.len() > PER_PAGE || pages != page_count(total) {
            return Err(DataError::BadValue { place: Place::Index, field: "page" });
        }
        Ok(Parsed { value: ListPage { articles, page, pages, total }, warnings: Vec::new() })
    }

    /// The page file's JSON: the list's own entry shape, with the page's numbers.
    pub fn to_json(&self) -> String {
        let articles: Vec<_> = self
            .articles
            .iter()
            .map(|a| {
                let mut entry = json!({
                    "id": a.id,
                    "title": a.title,
                    "source": a.source,
                    "published": a.published.rfc3339(),
                });
                if let Some(summary) = &a.summary {
                    entry["summary"] = json!(summary);
                }
                entry
            })
            .collect();
        json!({ "page": self.page, "pages": self.pages, "total": self.total, "articles": articles })
            .to_string()
    }

    /// The page's heading: the list's name, with the page's number after the first page.
    pub fn heading(&self) -> String {
        if self.page == 1 {
            text::HOME_HEADING.to_owned()
        } else {
            text::fill(text::LIST_PAGE_HEADING, &[("page", &self.page.to_string())])
        }
    }
}

#[derive(Deserialize)]
struct RawListPage {
    articles: Option<Vec<RawSummary>>,
    page: Option<usize>,
    pages: Option<usize>,
    total: Option<usize>,
}

/// One entry of the page links: a page's number, or a gap for the pages left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageLink {
    Page(usize),
    Gap,
}

/// The numbered links under a list page: the first and last pages, and two either side of
/// the current one, with a gap where pages are left out (a gap never stands for one page).
pub fn page_links(current: usize, pages: usize) -> Vec<PageLink> {
    let near = current.saturating_sub(2).max(1)..=(current + 2).min(pages);
    let mut shown: Vec<usize> = vec![1];
    shown.extend(near);
    shown.push(pages);
    shown.sort_unstable();
    shown.dedup();
    let mut links = Vec::new();
    let mut last = 0;
    for n in shown {
        if n > last + 2 {
            links.push(PageLink::Gap);
        } else if n == last + 2 {
            links.push(PageLink::Page(last + 1));
        }
        links.push(PageLink::Page(n));
        last = n;
    }
    links
}

#[cfg(test)]
mod tests {
    use super::*;
    use PageLink::{Gap, Page};

    fn index(n: usize) -> ArticleIndex {
        let entries: Vec<String> = (0..n)
            .map(|i| {
                format!(
                    r#"{{"id":"a{i}","title":"标题{i}","source":"来源","published":"2023-01-01T00:00:{:02}+08:00","summary":"{}"}}"#,
                    i % 60,
                    "摘".repeat(i % 200)
                )
            })
            .collect();
        ArticleIndex::from_json(&format!(r#"{{"articles":[{}]}}"#, entries.join(","))).unwrap().value
    }

    #[test]
    fn cuts_the_list_into_pages_of_twenty() {
        let index = index(45);
        let pages: Vec<ListPage> = ListPage::all_of(&index).collect();
        assert_eq!(pages.iter().map(|p| p.articles.len()).collect::<Vec<_>>(), vec![20, 20, 5]);
        assert!(pages.iter().all(|p| p.pages == 3 && p.total == 45));
        assert_eq!(pages[1].articles[0].id, index.articles[20].id);
        assert_eq!(ListPage::of_index(&index, 4), None);
        assert_eq!(ListPage::of_index(&index, 0), None);
    }

    #[test]
    fn an_empty_list_has_one_empty_page() {
        let page = ListPage::of_index(&index(0), 1).unwrap();
        assert_eq!((page.articles.len(), page.page, page.pages, page.total), (0, 1, 1, 0));
    }

    #[test]
    fn a_page_file_reads_back_as_written() {
        let index = index(45);
        for page in ListPage::all_of(&index) {
            assert_eq!(ListPage::from_json(&page.to_json()).unwrap().value, page);
        }
    }

    #[test]
    fn a_page_file_stays_small() {
        let index = index(200);
        let largest = ListPage::all_of(&index).map(|p| p.to_json().len()).max().unwrap();
        assert!(largest < 15 * 1024, "{largest} bytes");
    }

    #[test]
    fn summaries_are_cut_at_a_character() {
        assert_eq!(list_summary("短摘要"), "短摘要");
        let long = "字".repeat(100);
        let cut = list_summary(&long);
        assert_eq!(cut.chars().count(), LIST_SUMMARY_CHARS + 1);
        assert!(cut.ends_with('…'));
        assert_eq!(list_summary(&"字".repeat(LIST_SUMMARY_CHARS)), "字".repeat(LIST_SUMMARY_CHARS));
    }

    #[test]
    fn refuses_a_page_file_whose_numbers_disagree() {
        let bad_value = |field| Err(DataError::BadValue { place: Place::Index, field });
        let read = |json: &str| ListPage::from_json(json).map(|p| p.value);
        assert_eq!(read(r#"{"page":3,"pages":2,"total":40,"articles":[]}"#), bad_value("page"));
        assert_eq!(read(r#"{"page":1,"pages":2,"total":100,"articles":[]}"#), bad_value("page"));
        assert_eq!(read(r#"{"page":0,"pages":2,"total":40,"articles":[]}"#), bad_value("page"));
        assert_eq!(
            read(r#"{"page":1,"pages":1,"articles":[]}"#),
            Err(DataError::Missing { place: Place::Index, field: "total" })
        );
        assert!(matches!(read(r#"{"page":"1"}"#), Err(DataError::WrongType { .. })));
        assert!(matches!(
            read(r#"{"page":1,"pages":1,"total":1,"articles":[{"id":"A"}]}"#),
            Err(DataError::BadValue { place: Place::ListItem(1), field: "id" })
        ));
    }

    #[test]
    fn page_numbers_in_addresses() {
        assert_eq!(parse_page_number("2"), Some(2));
        assert_eq!(parse_page_number("120"), Some(120));
        for bad in ["", "0", "02", "-1", "1.5", "２", "1e3", "abc", "99999999999999999999999"] {
            assert_eq!(parse_page_number(bad), None, "{bad}");
        }
        assert_eq!(list_path(1), "/");
        assert_eq!(list_path(7), "/page/7");
    }

    #[test]
    fn page_links_show_the_ends_and_the_pages_near() {
        assert_eq!(page_links(1, 1), vec![Page(1)]);
        assert_eq!(page_links(1, 3), vec![Page(1), Page(2), Page(3)]);
        assert_eq!(page_links(1, 500), vec![Page(1), Page(2), Page(3), Gap, Page(500)]);
        assert_eq!(
            page_links(6, 500),
            vec![Page(1), Gap, Page(4), Page(5), Page(6), Page(7), Page(8), Gap, Page(500)]
        );
        // A gap never hides a single page: page 2 is shown rather than "…".
        assert_eq!(page_links(5, 9), (1..=9).map(Page).collect::<Vec<_>>());
        assert_eq!(page_links(500, 500), vec![Page(1), Gap, Page(498), Page(499), Page(500)]);
    }

    #[test]
    fn page_links_always_hold_the_current_page_once() {
        for pages in 1..40 {
            for current in 1..=pages {
                let links = page_links(current, pages);
                assert_eq!(links.iter().filter(|l| **l == Page(current)).count(), 1);
                assert_eq!(links.first(), Some(&Page(1)));
                assert_eq!(links.last(), Some(&Page(pages)));
                assert!(links.len() <= 9, "{current}/{pages}: {links:?}");
            }
        }
    }
}
