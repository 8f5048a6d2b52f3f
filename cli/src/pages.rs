//! Renders every article of a built site from its data folder, in parallel on all cores, each
//! page written as soon as it is made (memory stays flat whatever the archive's size).

use std::fs;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

use changyue::render::{self, RenderedPage};
use changyue_core::{is_valid_id, web_app, Article, ArticleIndex, DataError, Parsed, Place, Site};

use crate::data_file;
use crate::shell::Shell;

/// What a run did, for the site's editor and for the benchmark.
#[derive(Debug, Default)]
pub struct Report {
    pub pages: usize,
    pub bytes: usize,
    pub elapsed: Duration,
    pub threads: usize,
    /// Resident memory in MB, sampled as the pages went by: (pages done, MB).
    pub memory: Vec<(usize, f64)>,
    /// Articles left to the app, each with why (in the app's Chinese messages).
    pub problems: Vec<String>,
}

impl Report {
    pub fn print(&self) {
        for problem in &self.problems {
            eprintln!("changyue: {problem}");
        }
        println!(
            "rendered {} pages ({:.1} MB of HTML) in {:.2} s on {} threads; {} articles left to the app",
            self.pages,
            self.bytes as f64 / 1e6,
            self.elapsed.as_secs_f64(),
            self.threads,
            self.problems.len(),
        );
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

/// Renders the site in `dist` (the app's `index.html` and `data/`).
pub fn render_site(dist: &Path) -> Result<Report, String> {
    let started = Instant::now();
    let data = dist.join("data");
    let index_html = dist.join("index.html");
    let shell = fs::read_to_string(&index_html).map_err(|e| format!("{}: {e}", index_html.display()))?;
    let shell = Shell::parse(&shell).map_err(|e| format!("{}: {e}", index_html.display()))?;
    let site = read(&data.join("site.json"), Site::from_json)?;
    write_web_app(dist, &site)?;
    let index = read(&data.join("articles/index.json"), ArticleIndex::from_json)?;
    let ids: Vec<String> = index.articles.iter().map(|a| a.id.clone()).collect();

    let out = dist.join("article");
    fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;

    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let written = AtomicUsize::new(0);
    let problems = Mutex::new(Vec::new());
    let memory = Mutex::new(Vec::new());
    let threads = thread::available_parallelism().map_or(1, |n| n.get());
    let sample_every = (ids.len() / 5).max(1);
    thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(id) = ids.get(i) else { break };
                match render_article(&data, &out, &shell, &site, id) {
                    Ok(n) => {
                        written.fetch_add(n, Ordering::Relaxed);
                    }
                    Err(problem) => {
                        // An old page of it would be served in its place: the app shows it instead.
                        remove_page(&out.join(format!("{id}.html")));
                        problems.lock().unwrap().push(problem);
                    }
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
    if !ids.is_empty() && problems.len() == ids.len() {
        return Err(format!("no article could be rendered; the first problem: {}", problems[0]));
    }
    let mut memory = memory.into_inner().unwrap();
    memory.sort_by_key(|m| m.0);
    Ok(Report {
        pages: ids.len() - problems.len(),
        bytes,
        elapsed: started.elapsed(),
        threads,
        memory,
        problems,
    })
}

fn render_article(data: &Path, out: &Path, shell: &Shell, site: &Site, id: &str) -> Result<usize, String> {
    let bad_id = |place| DataError::BadValue { place, field: "id" }.message();
    // A listed id outside the contract never names a file (core refuses such a list already).
    if !is_valid_id(id) {
        return Err(format!("articles/index.json: {}", bad_id(Place::Index)));
    }
    let path = data.join(format!("articles/{id}.json"));
    let article: Article = read(&path, Article::from_json)?;
    if article.id != id {
        return Err(format!("{}: {}", path.display(), bad_id(Place::Article)));
    }
    write(&out.join(format!("{id}.html")), shell, &render::article_page(site, article))
}

/// Writes a page whole (a reader never gets half of one) and drops the compressed copies of
/// its earlier version, which a host would otherwise go on serving (`brotli_static`).
fn write(path: &Path, shell: &Shell, page: &RenderedPage) -> Result<usize, String> {
    let html = shell.page(&page.lang, &page.title, &page.body);
    let partial = path.with_extension("html.partial");
    fs::write(&partial, &html)
        .and_then(|()| fs::rename(&partial, path))
        .map_err(|e| format!("{}: {e}", path.display()))?;
    remove_compressed(path);
    Ok(html.len())
}

/// The web app manifest and its icons, so that phones offer 添加到主屏幕 (index.html links them).
fn write_web_app(dist: &Path, site: &Site) -> Result<(), String> {
    let write = |relative: &str, bytes: &[u8]| {
        let path = dist.join(relative.trim_start_matches('/'));
        let partial = path.with_extension("partial");
        fs::create_dir_all(path.parent().unwrap_or(dist))
            .and_then(|()| fs::write(&partial, bytes))
            .and_then(|()| fs::rename(&partial, &path))
            .map_err(|e| format!("{}: {e}", path.display()))
    };
    write("manifest.webmanifest", web_app::manifest_json(site).as_bytes())?;
    for size in web_app::ICON_SIZES {
        write(&web_app::icon_path(size), &web_app::icon_png(size))?;
    }
    Ok(())
}

fn remove_page(path: &Path) {
    let _ = fs::remove_file(path);
    remove_compressed(path);
}

fn remove_compressed(path: &Path) {
    for extension in ["html.br", "html.gz"] {
        let _ = fs::remove_file(path.with_extension(extension));
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
