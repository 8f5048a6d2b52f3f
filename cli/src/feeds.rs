//! `sitemap.xml` and the Atom feed `feed.xml` of a built site, made from its list. Both name
//! pages by absolute address, so they are written only when the site's public address is
//! known (`changyue render --base-url`).

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use changyue_core::list_page::{list_path, page_count};
use changyue_core::{ArticleIndex, Site};
use url::Url;

use crate::error::{At, Error, Result};
use crate::files;

/// Articles in the feed: the newest, as a feed reader shows them.
pub const FEED_ENTRIES: usize = 20;
/// Addresses in one sitemap file (the sitemaps.org limit); a larger site gets an index of files.
pub const SITEMAP_LIMIT: usize = 50_000;

/// What was written, for the report.
#[derive(Debug, Default)]
pub struct Feeds {
    pub addresses: usize,
    pub sitemap_files: usize,
    pub feed_entries: usize,
}

/// The site's public address, checked: `http(s)`, at the host's root (the app's addresses are
/// absolute paths), without user info, query or fragment.
pub fn site_address(raw: &Url) -> Result<Url> {
    let fine = matches!(raw.scheme(), "https" | "http")
        && raw.host_str().is_some()
        && raw.username().is_empty()
        && raw.password().is_none()
        && raw.query().is_none()
        && raw.fragment().is_none()
        && raw.path() == "/";
    if fine {
        Ok(raw.clone())
    } else {
        Err(Error::Usage(format!(
            "--base-url {raw}: the site's own address is needed, such as https://www.example.gov.cn/ (http or https, the host's root)"
        )))
    }
}

pub fn write_feeds(dist: &Path, site: &Site, index: &ArticleIndex, base: &Url) -> Result<Feeds> {
    let at = |path: &str| base.join(path).map(String::from).unwrap_or_default();
    let mut addresses: Vec<(String, Option<String>)> =
        (1..=page_count(index.articles.len())).map(|n| (at(&list_path(n)), None)).collect();
    addresses.extend(
        index.articles.iter().map(|a| (at(&format!("/article/{}", a.id)), Some(a.published.rfc3339()))),
    );
    let sitemap_files = write_sitemaps(dist, base, &addresses)?;
    let feed_entries = index.articles.len().min(FEED_ENTRIES);
    if let Some(newest) = index.articles.first() {
        let mut feed = String::new();
        let _ = write!(
            feed,
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\">\n\
             <title>{name}</title>\n<id>{home}</id>\n<link rel=\"alternate\" type=\"text/html\" href=\"{home}\"/>\n\
             <link rel=\"self\" type=\"application/atom+xml\" href=\"{me}\"/>\n<updated>{updated}</updated>\n\
             <author><name>{name}</name></author>\n",
            lang = attribute(&site.lang),
            name = text(&site.name),
            home = attribute(&at("/")),
            me = attribute(&at("/feed.xml")),
            updated = newest.published.rfc3339(),
        );
        for article in index.articles.iter().take(FEED_ENTRIES) {
            let address = attribute(&at(&format!("/article/{}", article.id)));
            let when = article.published.rfc3339();
            let _ = write!(
                feed,
                "<entry>\n<title>{}</title>\n<id>{address}</id>\n<link rel=\"alternate\" type=\"text/html\" href=\"{address}\"/>\n\
                 <published>{when}</published>\n<updated>{when}</updated>\n<author><name>{}</name></author>\n",
                text(&article.title),
                text(&article.source),
            );
            if let Some(summary) = &article.summary {
                let _ = writeln!(feed, "<summary>{}</summary>", text(summary));
            }
            feed.push_str("</entry>\n");
        }
        feed.push_str("</feed>\n");
        write_file(&dist.join("feed.xml"), &feed)?;
    } else {
        // No article, no feed: an earlier one would go on offering withdrawn articles.
        let _ = fs::remove_file(dist.join("feed.xml"));
    }
    Ok(Feeds { addresses: addresses.len(), sitemap_files, feed_entries })
}

/// One `sitemap.xml`, or, past the limit, `sitemap-<k>.xml` files and `sitemap.xml` as their
/// index. Files of an earlier, larger build are removed.
fn write_sitemaps(dist: &Path, base: &Url, addresses: &[(String, Option<String>)]) -> Result<usize> {
    let urlset = |chunk: &[(String, Option<String>)]| {
        let mut xml = String::from(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
        );
        for (address, modified) in chunk {
            let _ = write!(xml, "<url><loc>{}</loc>", text(address));
            if let Some(modified) = modified {
                let _ = write!(xml, "<lastmod>{modified}</lastmod>");
            }
            xml.push_str("</url>\n");
        }
        xml.push_str("</urlset>\n");
        xml
    };
    let chunks: Vec<_> = addresses.chunks(SITEMAP_LIMIT).collect();
    let files = if chunks.len() <= 1 {
        write_file(&dist.join("sitemap.xml"), &urlset(chunks.first().copied().unwrap_or_default()))?;
        0
    } else {
        let mut index = String::from(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
        );
        for (k, chunk) in chunks.iter().enumerate() {
            let name = format!("sitemap-{}.xml", k + 1);
            write_file(&dist.join(&name), &urlset(chunk))?;
            let address = base.join(&name).map(String::from).unwrap_or_default();
            let _ = writeln!(index, "<sitemap><loc>{}</loc></sitemap>", text(&address));
        }
        index.push_str("</sitemapindex>\n");
        write_file(&dist.join("sitemap.xml"), &index)?;
        chunks.len()
    };
    for k in files + 1.. {
        let stale = dist.join(format!("sitemap-{k}.xml"));
        if !stale.exists() {
            break;
        }
        files::remove_with_copies(&stale);
    }
    Ok(files.max(1))
}

fn write_file(path: &Path, contents: &str) -> Result<()> {
    files::write_whole(path, contents.as_bytes()).at(path).map(drop)
}

/// Text as XML 1.0 character data: escaped, and without the characters XML cannot carry.
fn text(raw: &str) -> String {
    html_escape::encode_text(&xml_chars(raw)).into_owned()
}

fn attribute(raw: &str) -> String {
    html_escape::encode_double_quoted_attribute(&xml_chars(raw)).into_owned()
}

fn xml_chars(raw: &str) -> String {
    raw.chars()
        .filter(|&c| matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_must_be_a_site_root() {
        for good in ["https://www.example.gov.cn/", "http://example.org"] {
            assert!(site_address(&Url::parse(good).unwrap()).is_ok(), "{good}");
        }
        for bad in [
            "https://example.org/news/",
            "ftp://example.org/",
            "https://u@example.org/",
            "https://example.org/?a=1",
        ] {
            assert!(site_address(&Url::parse(bad).unwrap()).is_err(), "{bad}");
        }
    }

    fn index(n: usize, title: &str) -> ArticleIndex {
        let entries: Vec<String> = (0..n)
            .map(|i| {
                let title = serde_json::to_string(&format!("{title}{i}")).unwrap();
                format!(r#"{{"id":"a{i}","title":{title},"source":"来源","published":"2024-01-01T08:00:00+08:00","summary":{title}}}"#)
            })
            .collect();
        ArticleIndex::from_archive_json(&format!(r#"{{"articles":[{}]}}"#, entries.join(","))).unwrap().value
    }

    fn site() -> Site {
        Site::from_json(include_str!("../../public/data/site.json")).unwrap().value
    }

    #[test]
    fn the_feed_and_sitemap_name_every_page_by_address_and_hold_text_only() {
        let dist = std::env::temp_dir().join(format!("changyue-feeds-{}", std::process::id()));
        fs::create_dir_all(&dist).unwrap();
        let base = Url::parse("https://www.example.gov.cn/").unwrap();
        let evil = "<script>alert(1)</script>&\u{1}";
        let feeds = write_feeds(&dist, &site(), &index(45, evil), &base).unwrap();
        assert_eq!((feeds.addresses, feeds.sitemap_files, feeds.feed_entries), (48, 1, 20));
        let sitemap = fs::read_to_string(dist.join("sitemap.xml")).unwrap();
        assert_eq!(sitemap.matches("<url>").count(), 48);
        assert!(sitemap.contains("<url><loc>https://www.example.gov.cn/</loc></url>"));
        assert!(sitemap.contains("<url><loc>https://www.example.gov.cn/page/3</loc></url>"));
        assert!(sitemap.contains(
            "<url><loc>https://www.example.gov.cn/article/a0</loc><lastmod>2024-01-01T08:00:00+08:00</lastmod></url>"
        ));
        let feed = fs::read_to_string(dist.join("feed.xml")).unwrap();
        assert!(feed.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">"));
        assert!(feed.contains("<title>鄂尔多斯市党建网</title>"));
        assert_eq!(feed.matches("<entry>").count(), 20);
        assert!(!feed.contains("<script>") && !feed.contains('\u{1}'));
        assert!(feed.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;&amp;0</title>"));
        write_feeds(&dist, &site(), &index(0, "文"), &base).unwrap();
        assert!(!dist.join("feed.xml").exists(), "an empty list withdraws the feed");
        fs::remove_dir_all(&dist).unwrap();
    }

    #[test]
    fn a_site_past_the_sitemap_limit_gets_an_index_of_sitemaps_and_loses_it_when_it_shrinks() {
        let dist = std::env::temp_dir().join(format!("changyue-sitemaps-{}", std::process::id()));
        fs::create_dir_all(&dist).unwrap();
        let base = Url::parse("https://www.example.gov.cn/").unwrap();
        let feeds = write_feeds(&dist, &site(), &index(SITEMAP_LIMIT, "文"), &base).unwrap();
        // 50,000 articles and their 2,500 list pages.
        assert_eq!((feeds.addresses, feeds.sitemap_files), (52_500, 2));
        let index_file = fs::read_to_string(dist.join("sitemap.xml")).unwrap();
        assert!(index_file.contains("<sitemapindex"));
        assert!(index_file.contains("<sitemap><loc>https://www.example.gov.cn/sitemap-2.xml</loc></sitemap>"));
        let first = fs::read_to_string(dist.join("sitemap-1.xml")).unwrap();
        assert_eq!(first.matches("<url>").count(), SITEMAP_LIMIT);
        write_feeds(&dist, &site(), &index(3, "文"), &base).unwrap();
        assert!(!dist.join("sitemap-1.xml").exists() && !dist.join("sitemap-2.xml").exists());
        assert!(fs::read_to_string(dist.join("sitemap.xml")).unwrap().contains("<urlset"));
        fs::remove_dir_all(&dist).unwrap();
    }

    #[test]
    fn xml_text_is_escaped_and_clean() {
        assert_eq!(text("a<b>&\u{1}c\u{FFFF}"), "a&lt;b&gt;&amp;c");
        assert_eq!(attribute("\"x\""), "&quot;x&quot;");
    }
}
