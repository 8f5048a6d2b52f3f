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

use crate::app_shell::{self, Finished};
use crate::build_state::{self, BuildState};
use crate::compress::{self, Effort};
use crate::data_file;
use crate::error::{At, Error, Result};
use crate::feeds::{self, Feeds};
use crate::files;
use crate::pinyin;
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
    /// Resident memory in MB, sampled as the pages went by: (pages done, MB). The benchmark
    /// prints it.
    #[cfg_attr(not(feature = "bench"), expect(dead_code))]
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
fn read<T>(path: &Path, parse: fn(&str) -> std::result::Result<Parsed<T>, DataError>) -> Result<T> {
    let parsed = data_file::read(path, parse).map_err(|why| Error::invalid(path, why))?;
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
pub fn render_site(dist: &Path, base: Option<&url::Url>) -> Result<Report> {
    let base = base.map(feeds::site_address).transpose()?;
    let started = Instant::now();
    let finished = app_shell::finish(dist)?;
    let inputs = Inputs::read(dist, base.is_some())?;
    let list_pages = page_count(inputs.index.articles.len());
    let mut jobs: Vec<Job> = (1..=list_pages).map(Job::List).collect();
    jobs.extend(inputs.index.articles.iter().map(|a| Job::Article(&a.id)));
    for folder in [dist.join("article"), dist.join("page"), dist.join("data/articles/page")] {
        fs::create_dir_all(&folder).at(&folder)?;
    }
    remove_pages_after(dist, list_pages);
    let run = render_jobs(dist, &inputs, &jobs);
    let articles = &inputs.index.articles;
    if !articles.is_empty() && run.failed.len() == articles.len() {
        return Err(Error::Stopped(format!(
            "no article could be rendered; the first problem: {}",
            run.problems[0]
        )));
    }
    // The sitemap and the feed name only the articles that have their page.
    let rendered = ArticleIndex {
        articles: articles.iter().filter(|a| !run.failed.contains(&a.id.as_str())).cloned().collect(),
    };
    let feeds = base.map(|base| feeds::write_feeds(dist, &inputs.site, &rendered, &base)).transpose()?;
    // The pages of articles that have left the list would go on being served.
    for page in inputs.state.gone() {
        if let Some(id) = page.strip_prefix("article/").and_then(|p| p.strip_suffix(".html")) {
            files::remove_with_copies(&dist.join(&page));
            files::remove_with_copies(&pinyin::file(dist, id));
        }
    }
    let articles_left = run.failed.len();
    inputs.state.save(dist)?;
    Ok(Report {
        kept: run.kept,
        articles_left,
        feeds,
        finished,
        pages: jobs.len() - run.problems.len(),
        list_pages,
        largest_list_data: run.largest_list_data,
        bytes: run.bytes,
        elapsed: started.elapsed(),
        threads: run.threads,
        memory: run.memory,
        problems: run.problems,
    })
}

/// What every page of a run is made from: the app's shell, the site, the list, and what the
/// last run made from what.
struct Inputs {
    shell: Shell,
    site: Site,
    index: ArticleIndex,
    state: BuildState,
    /// The inputs every page shares.
    common: u64,
}

impl Inputs {
    fn read(dist: &Path, with_address: bool) -> Result<Inputs> {
        let index_html = dist.join("index.html");
        let shell_html = fs::read_to_string(&index_html).at(&index_html)?;
        let mut shell = Shell::parse(&shell_html).map_err(|why| Error::invalid(&index_html, why))?;
        let site_path = dist.join("data/site.json");
        let site = read(&site_path, Site::from_json)?;
        let site_bytes = fs::read(&site_path).at(&site_path)?;
        write_web_app(dist, &site)?;
        // The app's own files, as Trunk wrote them: only those new since their copies were made.
        compress::folder(dist, Effort::Best)?;
        let index = read(&dist.join("data/articles/index.json"), ArticleIndex::from_archive_json)?;
        // Every page names the feed when there is one (an empty list withdraws it).
        let with_feed = with_address && !index.articles.is_empty();
        if with_feed {
            shell = shell.with_feed(&site.name);
        }
        let common = BuildState::common(&shell_html, &site_bytes, with_feed);
        Ok(Inputs { shell, site, index, state: BuildState::load(dist), common })
    }
}

/// What the workers did.
struct Run<'a> {
    bytes: usize,
    kept: usize,
    largest_list_data: usize,
    /// What could not be made, each with why, in order.
    problems: Vec<String>,
    /// The articles whose page could not be made.
    failed: Vec<&'a str>,
    threads: usize,
    /// Resident memory in MB as the pages went by: (pages done, MB).
    memory: Vec<(usize, f64)>,
}

/// Makes every page, on every core, each written as soon as it is made.
fn render_jobs<'a>(dist: &Path, inputs: &Inputs, jobs: &[Job<'a>]) -> Run<'a> {
    let made_from = MadeFrom { state: &inputs.state, common: inputs.common };
    let (next, done) = (AtomicUsize::new(0), AtomicUsize::new(0));
    let (written, kept, largest) = (AtomicUsize::new(0), AtomicUsize::new(0), AtomicUsize::new(0));
    let tally = |made: Made| {
        let _ = match made {
            Made::Written(bytes) => written.fetch_add(bytes, Ordering::Relaxed),
            Made::Kept => kept.fetch_add(1, Ordering::Relaxed),
        };
    };
    let (problems, failed, memory) = (Mutex::new(Vec::new()), Mutex::new(Vec::new()), Mutex::new(Vec::new()));
    let threads = thread::available_parallelism().map_or(1, |n| n.get());
    let sample_every = (jobs.len() / 5).max(1);
    let (shell, site) = (&inputs.shell, &inputs.site);
    thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                while let Some(job) = jobs.get(next.fetch_add(1, Ordering::Relaxed)) {
                    match job {
                        Job::Article(id) => match render_article(dist, shell, site, id, &made_from) {
                            Ok(made) => tally(made),
                            Err(problem) => {
                                // An old page of it would be served in its place: the app shows it instead.
                                files::remove_with_copies(&dist.join(format!("article/{id}.html")));
                                problems.lock().unwrap().push(problem);
                                failed.lock().unwrap().push(*id);
                            }
                        },
                        Job::List(n) => {
                            match render_list_page(dist, shell, site, &inputs.index, *n, &made_from) {
                                Ok((made, json)) => {
                                    tally(made);
                                    largest.fetch_max(json, Ordering::Relaxed);
                                }
                                Err(problem) => problems.lock().unwrap().push(problem),
                            }
                        }
                    }
                    let finished = done.fetch_add(1, Ordering::Relaxed) + 1;
                    if finished.is_multiple_of(sample_every) {
                        memory.lock().unwrap().push((finished, resident_mb()));
                    }
                }
            });
        }
    });
    let mut problems = problems.into_inner().unwrap();
    problems.sort();
    let mut memory = memory.into_inner().unwrap();
    memory.sort_by_key(|m| m.0);
    Run {
        bytes: written.into_inner(),
        kept: kept.into_inner(),
        largest_list_data: largest.into_inner(),
        problems,
        failed: failed.into_inner().unwrap(),
        threads,
        memory,
    }
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
) -> std::result::Result<(Made, usize), String> {
    let page = ListPage::of_index(index, n).ok_or_else(|| format!("list page {n} is past the list's end"))?;
    let json = page.to_json();
    let (html_file, json_file) = (format!("page/{n}.html"), page_file(n).trim_start_matches('/').to_owned());
    let inputs = (made_from.common, BuildState::fingerprint(made_from.common, json.as_bytes()));
    if made_from.state.unchanged(dist, &[&html_file, &json_file], inputs, None) {
        return Ok((kept(&dist.join(&html_file)).map_err(|e| e.to_string())?, json.len()));
    }
    let json_path = dist.join(&json_file);
    files::write_whole(&json_path, json.as_bytes()).at(&json_path).map_err(|e| e.to_string())?;
    let html =
        write(&dist.join(&html_file), shell, &render::list_page(site, page)).map_err(|e| e.to_string())?;
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
        files::remove_with_copies(&dist.join(format!("page/{n}.html")));
    }
    for n in numbered(&dist.join("data/articles/page"), ".json") {
        files::remove_with_copies(&dist.join(page_file(n).trim_start_matches('/')));
    }
}

fn render_article(
    dist: &Path,
    shell: &Shell,
    site: &Site,
    id: &str,
    made_from: &MadeFrom,
) -> std::result::Result<Made, String> {
    let bad_id = |place| DataError::BadValue { place, field: "id" }.message();
    // A listed id outside the contract never names a file (core refuses such a list already).
    if !is_valid_id(id) {
        return Err(format!("articles/index.json: {}", bad_id(Place::Index)));
    }
    let path = dist.join(format!("data/articles/{id}.json"));
    let page_file = format!("article/{id}.html");
    let readings_path = pinyin::file(dist, id);
    let readings_file =
        readings_path.strip_prefix(dist).unwrap_or(&readings_path).to_string_lossy().into_owned();
    let made = [page_file.as_str(), readings_file.as_str()];
    // An article's files are made from what every page shares and from the reading engine.
    let common = made_from.common ^ pinyin::engine_fingerprint();
    let stamp = build_state::stamp(&path);
    if made_from.state.unchanged_since(dist, &made, common, stamp) {
        return kept(&dist.join(&page_file)).map_err(|e| e.to_string());
    }
    let named = |message: String| format!("{}: {message}", path.display());
    let json = data_file::read_text(&path).map_err(named)?;
    let inputs = (common, BuildState::fingerprint(common, json.as_bytes()));
    if made_from.state.unchanged(dist, &made, inputs, stamp) {
        return kept(&dist.join(&page_file)).map_err(|e| e.to_string());
    }
    let parsed = Article::from_json(&json).map_err(|e| named(e.message()))?;
    for warning in parsed.warnings {
        eprintln!("changyue: {}: {warning}", path.display());
    }
    let article = parsed.value;
    if article.id != id {
        return Err(named(bad_id(Place::Article)));
    }
    write_data(&readings_path, &pinyin::readings_json(&article)).map_err(|e| e.to_string())?;
    let written = write(&dist.join(&page_file), shell, &render::article_page(site, article))
        .map_err(|e| e.to_string())?;
    made_from.state.record(&page_file, inputs, stamp);
    Ok(Made::Written(written))
}

/// Writes a page whole (a reader never gets half of one) with its compressed copies, which a
/// host serves in its place (`brotli_static`); a page that came out the same is left as it is.
fn write(path: &Path, shell: &Shell, page: &RenderedPage) -> Result<usize> {
    let html = shell.page(&page.lang, &page.title, &page.body);
    let compressed = if files::write_whole(path, html.as_bytes()).at(path)? {
        compress::write_beside(path, html.as_bytes(), Effort::Page)
    } else {
        compress::refresh_beside(path, Effort::Page).map(|_| ())
    };
    compressed.at(path)?;
    Ok(html.len())
}

/// Writes a data file the build makes whole. Data is compressed on the fly by the host, as
/// editors' files are (`deploy/nginx/changyue.conf`), so it has no copies of its own.
fn write_data(path: &Path, json: &str) -> Result<()> {
    files::write_whole(path, json.as_bytes()).at(path).map(|_| ())
}

/// A page made from the same inputs last time: kept as it is, and given its compressed copies
/// if it has none (made by a run that made none).
fn kept(path: &Path) -> Result<Made> {
    compress::refresh_beside(path, Effort::Page).at(path)?;
    Ok(Made::Kept)
}

/// The web app manifest and its icons, so that phones offer 添加到主屏幕 (index.html links them).
fn write_web_app(dist: &Path, site: &Site) -> Result<()> {
    let manifest = dist.join("manifest.webmanifest");
    files::write_whole(&manifest, web_app::manifest_json(site).as_bytes()).at(&manifest)?;
    for size in web_app::ICON_SIZES {
        let icon = dist.join(web_app::icon_path(size).trim_start_matches('/'));
        files::write_whole(&icon, &web_app::icon_png(size)).at(&icon)?;
    }
    Ok(())
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
