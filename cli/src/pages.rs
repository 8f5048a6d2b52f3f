//! Renders every article and every list page of a built site from its data folder, in parallel
//! on all cores, each page written as soon as it is made (memory stays flat whatever the
//! archive's size). Each list page also gets its own small data file, which the app loads
//! instead of the whole list. A page made from the same inputs as last time is kept
//! (`build_state`), so a change to one article makes only its pages again.

use std::fs;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

use changyue::render::{self, RenderedPage};
use changyue_core::list_page::{page_count, page_file};
use changyue_core::{is_valid_id, web_app, Article, ArticleIndex, DataError, ListPage, Parsed, Place, Site};

use crate::app_shell::Finished;
use crate::build_state::{self, BuildState};
use crate::compress::{self, Effort};
use crate::data_file;
use crate::feeds::{self, Feeds};
use crate::shell::Shell;

/// What a run did, for the site's editor and for the benchmark.
#[derive(Debug, Default)]
pub struct Report {
    pub pages: usize,
    /// Pages kept from the last run, their inputs unchanged (counted in `pages` too).
    pub kept: usize,
    /// List pages, counted in `pages` too.
    pub list_pages: usize,
    /// The largest list page's data file, in bytes: what one list view loads.
    pub largest_list_data: usize,
    pub bytes: usize,
    pub elapsed: Duration,
    pub threads: usize,
    /// Resident memory in MB, sampled as the pages went by: (pages done, MB).
    pub memory: Vec<(usize, f64)>,
    /// What could not be made, each with why (in the app's Chinese messages).
    pub problems: Vec<String>,
    /// Articles left to the app: their pages could not be made.
    pub articles_left: usize,
    /// The sitemap and the feed, when the site's address was given.
    pub feeds: Option<Feeds>,
    /// The app as Trunk built it, made ready to serve by this run.
    pub finished: Option<Finished>,
}

impl Report {
    pub fn print(&self) {
        for problem in &self.problems {
            eprintln!("changyue: {problem}");
        }
        if let Some(finished) = &self.finished {
            println!(
                "the app made ready to serve: {}, the settings script and the first paint's stylesheet inline, {}, sw.js",
                finished.loader, finished.panels
            );
        }
        println!(
            "{} pages, {} of them list pages: {} made ({:.1} MB of HTML; list data at most {:.1} KB a page), {} kept unchanged, in {:.2} s on {} threads; {} articles left to the app",
            self.pages,
            self.list_pages,
            self.pages - self.kept,
            self.bytes as f64 / 1e6,
            self.largest_list_data as f64 / 1024.0,
            self.kept,
            self.elapsed.as_secs_f64(),
            self.threads,
            self.articles_left,
        );
        match &self.feeds {
            Some(f) => println!(
                "sitemap.xml: {} addresses in {} file(s); feed.xml: the newest {} articles",
                f.addresses, f.sitemap_files, f.feed_entries
            ),
            None => println!("sitemap.xml and feed.xml not written: they need the site's address (--base-url); any from an earlier run are left as they were"),
        }
    }
}

/// Reads and checks one data file with core's rules, naming the file in any problem.
fn read<T>(path: &Path, parse: fn(&str) -> Result<Parsed<T>, DataError>) -> Result<T, String> {
    let parsed = data_file::read(path, parse).map_err(|message| format!("{}: {message}", path.display()))?;
    for warning in parsed.warnings {
        eprintln!("changyue: {}: {warning}", path.display());
    }
    Ok(parsed.value)
}

/// What one worker renders next.
enum Job<'a> {
    Article(&'a str),
    List(usize),
}

/// Renders the site in `dist` (the app's `index.html` and `data/`).
/// With the site's public address, `sitemap.xml` and `feed.xml` are written too.
pub fn render_site(dist: &Path, base: Option<&url::Url>) -> Result<Report, String> {
    let base = base.map(feeds::site_address).transpose()?;
    let started = Instant::now();
    let finished = crate::app_shell::finish(dist)?;
    let data = dist.join("data");
    let index_html = dist.join("index.html");
    let shell_html = fs::read_to_string(&index_html).map_err(|e| format!("{}: {e}", index_html.display()))?;
    let mut shell = Shell::parse(&shell_html).map_err(|e| format!("{}: {e}", index_html.display()))?;
    let site_path = data.join("site.json");
    let site = read(&site_path, Site::from_json)?;
    let site_bytes = fs::read(&site_path).map_err(|e| format!("{}: {e}", site_path.display()))?;
    write_web_app(dist, &site)?;
    // The app's own files, as Trunk wrote them: only those new since their copies were made.
    compress::folder(dist, Effort::Best)?;
    let index = read(&data.join("articles/index.json"), ArticleIndex::from_archive_json)?;
    // Every page names the feed when there is one (an empty list withdraws it).
    let with_feed = base.is_some() && !index.articles.is_empty();
    if with_feed {
        shell = shell.with_feed(&site.name);
    }
    let state = BuildState::load(dist);
    let common = BuildState::common(&shell_html, &site_bytes, with_feed);
    let made_from = MadeFrom { state: &state, common };
    let list_pages = page_count(index.articles.len());
    let mut jobs: Vec<Job> = (1..=list_pages).map(Job::List).collect();
    jobs.extend(index.articles.iter().map(|a| Job::Article(&a.id)));

    let out = dist.join("article");
    for folder in [out.clone(), dist.join("page"), data.join("articles/page")] {
        fs::create_dir_all(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    }
    remove_pages_after(dist, list_pages);

    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let written = AtomicUsize::new(0);
    let kept = AtomicUsize::new(0);
    let tally = |made: Made| match made {
        Made::Written(bytes) => {
            written.fetch_add(bytes, Ordering::Relaxed);
        }
        Made::Kept => {
            kept.fetch_add(1, Ordering::Relaxed);
        }
    };
    let largest_list_data = AtomicUsize::new(0);
    let problems = Mutex::new(Vec::new());
    let failed = Mutex::new(Vec::new());
    let memory = Mutex::new(Vec::new());
    let threads = thread::available_parallelism().map_or(1, |n| n.get());
    let sample_every = (jobs.len() / 5).max(1);
    thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(job) = jobs.get(i) else { break };
                match job {
                    Job::Article(id) => match render_article(dist, &shell, &site, id, &made_from) {
                        Ok(made) => tally(made),
                        Err(problem) => {
                            // An old page of it would be served in its place: the app shows it instead.
                            remove_page(&out.join(format!("{id}.html")));
                            problems.lock().unwrap().push(problem);
                            failed.lock().unwrap().push(*id);
                        }
                    },
                    Job::List(n) => match render_list_page(dist, &shell, &site, &index, *n, &made_from) {
                        Ok((made, json)) => {
                            tally(made);
                            largest_list_data.fetch_max(json, Ordering::Relaxed);
                        }
                        Err(problem) => problems.lock().unwrap().push(problem),
                    },
                }
                let finished = done.fetch_add(1, Ordering::Relaxed) + 1;
                if finished.is_multiple_of(sample_every) {
                    memory.lock().unwrap().push((finished, resident_mb()));
                }
            });
        }
    });
    let bytes = written.into_inner();
    let mut problems = problems.into_inner().unwrap();
    problems.sort();
    let failed = failed.into_inner().unwrap();
    if !index.articles.is_empty() && failed.len() == index.articles.len() {
        return Err(format!("no article could be rendered; the first problem: {}", problems[0]));
    }
    let mut memory = memory.into_inner().unwrap();
    memory.sort_by_key(|m| m.0);
    // The sitemap and the feed name only the articles that have their page.
    let rendered = ArticleIndex {
        articles: index.articles.iter().filter(|a| !failed.contains(&a.id.as_str())).cloned().collect(),
    };
    let feeds = base.map(|base| feeds::write_feeds(dist, &site, &rendered, &base)).transpose()?;
    // The pages of articles that have left the list would go on being served.
    for page in state.gone() {
        if page.starts_with("article/") {
            remove_page(&dist.join(&page));
        }
    }
    state.save(dist)?;
    Ok(Report {
        kept: kept.into_inner(),
        articles_left: failed.len(),
        feeds,
        finished,
        pages: jobs.len() - problems.len(),
        list_pages,
        largest_list_data: largest_list_data.into_inner(),
        bytes,
        elapsed: started.elapsed(),
        threads,
        memory,
        problems,
    })
}

/// What this run's pages are made from, to tell which are unchanged since the last run.
struct MadeFrom<'a> {
    state: &'a BuildState,
    /// The inputs every page shares.
    common: u64,
}

/// What became of one page.
enum Made {
    /// Made and written: its size in bytes.
    Written(usize),
    /// Made from the same inputs last time, and still there.
    Kept,
}

/// List page `n`: its data file (what the app loads for it) and its page, `/` for the first.
fn render_list_page(
    dist: &Path,
    shell: &Shell,
    site: &Site,
    index: &ArticleIndex,
    n: usize,
    made_from: &MadeFrom,
) -> Result<(Made, usize), String> {
    let page = ListPage::of_index(index, n).ok_or_else(|| format!("list page {n} is past the list's end"))?;
    let json = page.to_json();
    let (html_file, json_file) = (format!("page/{n}.html"), page_file(n).trim_start_matches('/').to_owned());
    let inputs = (made_from.common, BuildState::fingerprint(made_from.common, json.as_bytes()));
    if made_from.state.unchanged(dist, &[&html_file, &json_file], inputs, None) {
        return Ok((kept(&dist.join(&html_file))?, json.len()));
    }
    write_whole(&dist.join(&json_file), json.as_bytes())?;
    let html = write(&dist.join(&html_file), shell, &render::list_page(site, page))?;
    made_from.state.record(&html_file, inputs, None);
    Ok((Made::Written(html), json.len()))
}

/// The list pages of a longer list, left from an earlier build, are removed: their addresses
/// then give the app's 404 instead of a stale list.
fn remove_pages_after(dist: &Path, last: usize) {
    let numbered = |folder: &Path, extension: &str| -> Vec<usize> {
        let Ok(entries) = fs::read_dir(folder) else { return Vec::new() };
        entries
            .filter_map(|e| e.ok()?.file_name().to_str()?.strip_suffix(extension)?.parse().ok())
            .filter(|&n| n > last)
            .collect()
    };
    for n in numbered(&dist.join("page"), ".html") {
        remove_page(&dist.join(format!("page/{n}.html")));
    }
    for n in numbered(&dist.join("data/articles/page"), ".json") {
        remove_page(&dist.join(page_file(n).trim_start_matches('/')));
    }
}

fn render_article(
    dist: &Path,
    shell: &Shell,
    site: &Site,
    id: &str,
    made_from: &MadeFrom,
) -> Result<Made, String> {
    let bad_id = |place| DataError::BadValue { place, field: "id" }.message();
    // A listed id outside the contract never names a file (core refuses such a list already).
    if !is_valid_id(id) {
        return Err(format!("articles/index.json: {}", bad_id(Place::Index)));
    }
    let path = dist.join(format!("data/articles/{id}.json"));
    let page_file = format!("article/{id}.html");
    let stamp = build_state::stamp(&path);
    if made_from.state.unchanged_since(dist, &[&page_file], made_from.common, stamp) {
        return kept(&dist.join(&page_file));
    }
    let named = |message: String| format!("{}: {message}", path.display());
    let json = data_file::read_text(&path).map_err(named)?;
    let inputs = (made_from.common, BuildState::fingerprint(made_from.common, json.as_bytes()));
    if made_from.state.unchanged(dist, &[&page_file], inputs, stamp) {
        return kept(&dist.join(&page_file));
    }
    let parsed = Article::from_json(&json).map_err(|e| named(e.message()))?;
    for warning in parsed.warnings {
        eprintln!("changyue: {}: {warning}", path.display());
    }
    let article = parsed.value;
    if article.id != id {
        return Err(named(bad_id(Place::Article)));
    }
    let written = write(&dist.join(&page_file), shell, &render::article_page(site, article))?;
    made_from.state.record(&page_file, inputs, stamp);
    Ok(Made::Written(written))
}

/// Writes a page whole (a reader never gets half of one) with its compressed copies, which a
/// host serves in its place (`brotli_static`); a page that came out the same is left as it is.
fn write(path: &Path, shell: &Shell, page: &RenderedPage) -> Result<usize, String> {
    let html = shell.page(&page.lang, &page.title, &page.body);
    let compressed = if write_whole(path, html.as_bytes())? {
        compress::write_beside(path, html.as_bytes(), Effort::Page)
    } else {
        compress::refresh_beside(path, Effort::Page).map(|_| ())
    };
    compressed.map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(html.len())
}

/// A page made from the same inputs last time: kept as it is, and given its compressed copies
/// if it has none (made by a run that made none).
fn kept(path: &Path) -> Result<Made, String> {
    compress::refresh_beside(path, Effort::Page).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(Made::Kept)
}

/// The web app manifest and its icons, so that phones offer 添加到主屏幕 (index.html links them).
fn write_web_app(dist: &Path, site: &Site) -> Result<(), String> {
    write_whole(&dist.join("manifest.webmanifest"), web_app::manifest_json(site).as_bytes())?;
    for size in web_app::ICON_SIZES {
        write_whole(&dist.join(web_app::icon_path(size).trim_start_matches('/')), &web_app::icon_png(size))?;
    }
    Ok(())
}

/// Writes a file whole, through a temporary file renamed over it, and drops the compressed
/// copies of its earlier version; a file that holds these very bytes already is left as it is,
/// with its copies and its time, so that a host or a sync sees no change. Says whether it wrote.
pub(crate) fn write_whole(path: &Path, bytes: &[u8]) -> Result<bool, String> {
    let same_length = fs::metadata(path).is_ok_and(|m| m.len() == bytes.len() as u64);
    if same_length && fs::read(path).is_ok_and(|old| old == bytes) {
        return Ok(false);
    }
    let partial = path.with_extension("partial");
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    fs::write(&partial, bytes)
        .and_then(|()| fs::rename(&partial, path))
        .map_err(|e| format!("{}: {e}", path.display()))?;
    remove_compressed(path);
    Ok(true)
}

fn remove_page(path: &Path) {
    let _ = fs::remove_file(path);
    remove_compressed(path);
}

fn remove_compressed(path: &Path) {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    for extension in ["br", "gz"] {
        let _ = fs::remove_file(path.with_file_name(format!("{name}.{extension}")));
    }
}

/// This process's resident memory in MB (Linux), 0 where it cannot be read.
pub fn resident_mb() -> f64 {
    let status = fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches(" kB").parse::<f64>().ok());
    kb.unwrap_or(0.0) / 1024.0
}
