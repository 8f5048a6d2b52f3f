//! `changyue import [--base-url URL] --out DATA_DIR PAGE_OR_DIR...`: saved article pages of
//! Chinese government and news CMSs to article JSON and list entries in a data folder.
//!
//! Each page: its bytes decoded (`decode`), its metadata read (`meta`), its body found (a known CMS
//! container, else a Readability-style extractor, `dom_smoothie`) and walked into blocks (`walk`,
//! `blocks`). What comes out is core's own `Article`, valid by its types (a parsed date, safe image
//! addresses, no empty block), written as core writes it; each file is written whole (to a
//! temporary name, then renamed), so a page that cannot be imported leaves nothing behind.

mod blocks;
mod byline;
mod date;
mod decode;
mod meta;
mod walk;
mod whitespace;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use changyue_core::error::MAX_DATA_BYTES;
use changyue_core::text::{self as words, fill};
use changyue_core::{is_valid_id, Article, ArticleIndex, ArticleSummary, DataError, Place, Published};
use dom_query::Document;
use serde::Serialize;
use url::Url;

use crate::error::{self, Error};
use crate::files;

/// Containers of the article's text in the CMS templates seen on Chinese sites, most specific first.
const CONTAINERS: [&str; 16] = [
    "#UCAP-CONTENT",
    ".TRS_Editor",
    "#zoom",
    ".pages_content",
    ".rm_txt_con",
    "#detail",
    "#artibody",
    "#Cnt-Main-Article-QQ",
    ".article-content",
    ".entry-content",
    "#ArticleContent",
    ".article_content",
    "#content_text",
    ".content_text",
    "#js_content",
    ".u-mainText",
];
/// A container with less text than this is not the article (an empty `#zoom` in a list page).
const MIN_TEXT: usize = 60;

/// One imported page.
pub struct Imported {
    pub article: Article,
    /// The article's file, as written.
    pub file: String,
    /// What the reader of the report should know (undecodable bytes).
    pub notes: Vec<String>,
}

/// The stack of a page's import: the Readability-style extractor recurses as deep as a page
/// nests, and a hostile page nests 10,000 deep. Only what is used is ever touched.
const STACK: usize = 512 * 1024 * 1024;

/// Turns one saved page into article JSON. `url` is where the page was published, when known.
/// A page that makes a library panic is reported, not fatal to the rest.
pub fn import_page(bytes: &[u8], url: Option<&Url>) -> Result<Imported, String> {
    std::thread::scope(|scope| {
        let work =
            std::thread::Builder::new().stack_size(STACK).spawn_scoped(scope, || read_page(bytes, url));
        match work.map(|w| w.join()) {
            Ok(Ok(result)) => result,
            Ok(Err(_)) | Err(_) => Err(words::IMPORT_CRASHED.to_owned()),
        }
    })
}

fn read_page(bytes: &[u8], url: Option<&Url>) -> Result<Imported, String> {
    let decoded = decode::decode(bytes);
    let mut notes = Vec::new();
    if decoded.replaced {
        notes.push(fill(words::IMPORT_REPLACED, &[("encoding", decoded.encoding)]));
    }
    let doc = Document::from(decoded.text.as_str());
    doc.select("script, style, noscript, template").remove();
    let lines = doc.body().map(|b| walk::lines(&b)).unwrap_or_default();
    let found = meta::Meta::read(&doc, &lines);
    let own_url =
        found.url.as_deref().and_then(|u| Url::parse(u).ok()).filter(|u| u.scheme().starts_with("http"));
    let page_url = url.cloned().or(own_url);
    let title = found.title.ok_or(words::IMPORT_NO_TITLE)?;
    let published = found.published.ok_or(words::IMPORT_NO_DATE)?;
    let source = found
        .source
        .or_else(|| page_url.as_ref().and_then(|u| u.host_str().map(str::to_owned)))
        .ok_or(words::IMPORT_NO_SOURCE)?;
    let body = blocks::blocks(body_of(&doc, &decoded.text, page_url.as_ref()), page_url.as_ref(), &title);
    if body.is_empty() {
        return Err(words::IMPORT_NO_BODY.to_owned());
    }
    let id = id_for(page_url.as_ref(), &title, &published);
    if !is_valid_id(&id) {
        return Err(refused(DataError::BadValue { place: Place::Article, field: "id" }));
    }
    let published = Published::parse(&published).ok_or(words::IMPORT_NO_DATE)?;
    let (author, summary) = (found.author, found.summary);
    let article = Article { id, title, source, author, published, lang: None, summary, body };
    let file = json_file(&article);
    if file.len() > MAX_DATA_BYTES {
        return Err(refused(DataError::TooLarge { bytes: file.len(), limit: MAX_DATA_BYTES }));
    }
    Ok(Imported { article, file, notes })
}

/// The article's text as raw lines: from a known container, else from the Readability-style
/// extractor's choice.
fn body_of(doc: &Document, html: &str, url: Option<&Url>) -> Vec<walk::Raw> {
    let container = CONTAINERS.iter().find_map(|selector| {
        doc.select(selector)
            .nodes()
            .iter()
            .find(|n| n.text().chars().filter(|c| !c.is_whitespace()).count() >= MIN_TEXT)
            .cloned()
    });
    if let Some(container) = container {
        return walk::walk_from(&container);
    }
    // The extractor's time grows with the square of a page's depth (a page nested 10,000 deep ran
    // for minutes): a page nested past what the walk reads is read whole instead.
    let extracted = doc.body().filter(|body| walk::depth_within(body, walk::MAX_DEPTH)).and_then(|_| {
        let config = dom_smoothie::Config { max_elements_to_parse: 50_000, ..Default::default() };
        let mut readability =
            dom_smoothie::Readability::new(html, url.map(Url::as_str), Some(config)).ok()?;
        readability.parse().ok().map(|article| Document::from(article.content.as_ref()))
    });
    let whole = || doc.body().map(|body| walk::walk_from(&body)).unwrap_or_default();
    match extracted {
        Some(content) => {
            content.select("script, style, noscript, template").remove();
            content.body().map(|body| walk::walk_from(&body)).unwrap_or_else(whole)
        }
        None => whole(),
    }
}

/// The page's document id from its address (`t20230906_3470563.html` is `t20230906-3470563`),
/// else a stable slug of its title and date; always in the contract's pattern.
fn id_for(url: Option<&Url>, title: &str, published: &str) -> String {
    let from_url = url.and_then(|u| u.path_segments()?.rfind(|s| !s.is_empty()).map(str::to_owned));
    let stem =
        from_url.map(|s| s.split('.').next().unwrap_or_default().to_ascii_lowercase()).unwrap_or_default();
    let mut id = String::new();
    for c in stem.chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c);
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    let id = id.trim_end_matches('-');
    let generic = ["index", "content", "article", "detail", "show", "view"].contains(&id);
    if id.is_empty() || generic || !id.chars().any(|c| c.is_ascii_digit()) {
        // FNV-1a: stable across runs and machines, unlike the standard library's hasher.
        let hash = format!("{title}|{published}")
            .bytes()
            .fold(0xcbf29ce484222325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100000001b3));
        return format!("page-{}-{hash:016x}", &published[..10]);
    }
    id.chars().take(100).collect()
}

/// The pages under each input (a file, or every `.html`, `.htm` and `.shtml` file under a folder),
/// each with its address. `base` is a folder's address, which a page's path is joined to; given one
/// page alone, it is that page's own address.
fn pages(inputs: &[PathBuf], base: Option<&Url>) -> Vec<(PathBuf, Option<Url>)> {
    if let ([input], Some(base)) = (inputs, base) {
        if !input.is_dir() {
            return vec![(input.clone(), Some(base.clone()))];
        }
    }
    let folder = base.map(|b| {
        if b.path().ends_with('/') {
            b.clone()
        } else {
            b.join(&format!("{}/", b.path())).unwrap_or_else(|_| b.clone())
        }
    });
    let mut found = Vec::new();
    for input in inputs {
        let mut files = Vec::new();
        if input.is_dir() {
            collect(input, &mut files);
            files.sort();
        } else {
            files.push(input.clone());
        }
        for file in files {
            let relative = match input.is_dir() {
                true => file.strip_prefix(input).ok().map(|r| r.to_string_lossy().replace('\\', "/")),
                false => file.file_name().map(|n| n.to_string_lossy().into_owned()),
            };
            let url = folder.as_ref().zip(relative).and_then(|(b, r)| b.join(&r).ok());
            found.push((file, url));
        }
    }
    found
}

/// Every page file under `dir`; symbolic links are not followed (a loop would never end).
fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let Ok(kind) = entry.file_type() else { continue };
        let path = entry.path();
        let page = ["html", "htm", "shtml"]
            .iter()
            .any(|x| path.extension().is_some_and(|e| e.eq_ignore_ascii_case(x)));
        if kind.is_dir() {
            collect(&path, files);
        } else if kind.is_file() && page {
            files.push(path);
        }
    }
}

/// A data file's text: pretty, as a person editing the folder would want it.
fn json_file(value: &impl Serialize) -> String {
    serde_json::to_string_pretty(value).unwrap_or_default() + "\n"
}

/// Writes `text` to `path` whole: a reader of the folder never sees half a file.
fn write_whole(path: &Path, text: &str) -> Result<(), String> {
    files::replace(path, text.as_bytes()).map_err(|e| cannot_write(path, &e))
}

fn cannot_write(path: &Path, why: &std::io::Error) -> String {
    fill(words::IMPORT_CANNOT_WRITE, &[("path", &path.display().to_string()), ("why", &why.to_string())])
}

/// The list already in the folder, by id: none when there is no file, and a stop when there is
/// one that cannot be read, as writing over it would lose its entries.
fn existing_list(path: &Path) -> error::Result<BTreeMap<String, ArticleSummary>> {
    let stop = |why: String| {
        Error::Stopped(fill(words::IMPORT_BAD_LIST, &[("path", &path.display().to_string()), ("why", &why)]))
    };
    let json = match fs::read_to_string(path) {
        Ok(json) => json,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(BTreeMap::new()),
        Err(e) => return Err(stop(e.to_string())),
    };
    let list = ArticleIndex::from_archive_json(&json).map_err(|e| stop(e.message()))?.value;
    Ok(list.articles.into_iter().map(|entry| (entry.id.clone(), entry)).collect())
}

/// The list to write: newest first, and by id among articles of the same time.
fn newest_first(listed: BTreeMap<String, ArticleSummary>) -> ArticleIndex {
    let mut articles: Vec<ArticleSummary> = listed.into_values().collect();
    articles.sort_by(|a, b| {
        let newest = b.published.utc_seconds().cmp(&a.published.utc_seconds());
        newest.then_with(|| a.id.cmp(&b.id))
    });
    ArticleIndex { articles }
}

/// Why an imported page is refused: core's words for what the app would refuse in its file.
fn refused(why: DataError) -> String {
    fill(words::IMPORT_INVALID, &[("why", &why.message())])
}

/// Imports every page into `out` and prints what happened; `Ok(false)` when a page failed.
pub fn run(inputs: &[PathBuf], base: Option<&Url>, out: &Path) -> error::Result<bool> {
    let pages = pages(inputs, base);
    if pages.is_empty() {
        return Err(Error::Usage(words::IMPORT_NO_PAGES.to_owned()));
    }
    let articles_dir = out.join("articles");
    fs::create_dir_all(&articles_dir).map_err(|e| Error::Stopped(cannot_write(&articles_dir, &e)))?;
    let index_path = articles_dir.join("index.json");
    let mut listed = existing_list(&index_path)?;
    // Quiet: a page that makes a library panic is reported in Chinese below, with its name.
    std::panic::set_hook(Box::new(|_| {}));
    let mut written_now: BTreeMap<String, String> = BTreeMap::new();
    let (mut imported, mut failed) = (0, 0);
    for (path, url) in &pages {
        let result = fs::read(path)
            .map_err(|e| fill(words::IMPORT_UNREADABLE, &[("why", &e.to_string())]))
            .and_then(|bytes| import_page(&bytes, url.as_ref()))
            .and_then(|page| match written_now.get(&page.article.id) {
                Some(other) => {
                    Err(fill(words::IMPORT_SAME_ID, &[("id", &page.article.id), ("other", other)]))
                }
                None => Ok(page),
            })
            .and_then(|page| {
                write_whole(&articles_dir.join(format!("{}.json", page.article.id)), &page.file)
                    .map(|()| page)
            });
        match result {
            Ok(page) => {
                let id = page.article.id.clone();
                listed.insert(id.clone(), ArticleSummary::from(&page.article));
                written_now.insert(id, path.display().to_string());
                println!("{} → articles/{}.json", path.display(), page.article.id);
                for note in page.notes {
                    println!("  {note}");
                }
                imported += 1;
            }
            Err(why) => {
                eprintln!("{}: {why}", path.display());
                failed += 1;
            }
        }
    }
    let _ = std::panic::take_hook();
    write_whole(&index_path, &json_file(&newest_first(listed))).map_err(Error::Stopped)?;
    let counts = [
        ("imported", imported.to_string()),
        ("pages", pages.len().to_string()),
        ("out", out.display().to_string()),
    ];
    let pairs: Vec<(&str, &str)> = counts.iter().map(|(k, v)| (*k, v.as_str())).collect();
    println!("{}", fill(words::IMPORT_DONE, &pairs));
    if failed > 0 {
        eprintln!("{}", fill(words::IMPORT_FAILED, &[("failed", &failed.to_string())]));
    }
    Ok(failed == 0)
}

#[cfg(test)]
mod tests;
