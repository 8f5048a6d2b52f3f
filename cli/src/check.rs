//! `changyue check DATA_DIR`: everything the app would refuse or miss in a data folder, before it
//! goes live. Each file is checked with core's rules (the app's own), and the folder as a whole
//! with the rules across files: every listed article has its file, named by its id, and every
//! article file is listed; no id is listed twice; site-relative images exist.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::thread;

use changyue_core::error::MAX_DATA_BYTES;
use changyue_core::text::{self, fill};
use changyue_core::{Article, ArticleIndex, Block, DataError, Parsed, Site};
use serde::Serialize;

use crate::data_file;

/// One thing wrong, in the app's Chinese messages where the app has one.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Problem {
    /// The file, relative to the data folder.
    pub file: String,
    pub message: String,
    /// A warning is shown to the app's console and the page still shows; an error is not.
    pub severity: Severity,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

struct Findings(Mutex<Vec<Problem>>);

impl Findings {
    fn add(&self, file: &str, severity: Severity, message: String) {
        self.0.lock().unwrap().push(Problem { file: file.to_owned(), message, severity });
    }

    /// Reads and parses one file; its problems are recorded, and `None` means it cannot be shown.
    fn read<T>(&self, dir: &Path, file: &str, parse: fn(&str) -> Result<Parsed<T>, DataError>) -> Option<T> {
        match data_file::read(&dir.join(file), parse) {
            Ok(parsed) => {
                for warning in parsed.warnings {
                    self.add(file, Severity::Warning, warning);
                }
                Some(parsed.value)
            }
            Err(message) => {
                self.add(file, Severity::Error, message);
                None
            }
        }
    }
}

/// What a check found.
#[derive(Debug, Serialize)]
pub struct Report {
    /// How many articles the list names.
    pub articles: usize,
    /// Sorted by file.
    pub problems: Vec<Problem>,
}

impl Report {
    pub fn print(&self) {
        for p in &self.problems {
            let severity = match p.severity {
                Severity::Error => text::CHECK_ERROR,
                Severity::Warning => text::CHECK_WARNING,
            };
            println!("{}: {severity}：{}", p.file, p.message);
        }
        let count = |s| self.problems.iter().filter(|p| p.severity == s).count().to_string();
        let articles = self.articles.to_string();
        println!(
            "{}",
            if self.problems.is_empty() {
                fill(text::CHECK_CLEAN, &[("articles", &articles)])
            } else {
                let (errors, warnings) = (count(Severity::Error), count(Severity::Warning));
                fill(
                    text::CHECK_SUMMARY,
                    &[("articles", &articles), ("errors", &errors), ("warnings", &warnings)],
                )
            }
        );
    }
}

/// Checks the data folder `dir` (the site's `data/`).
pub fn check(dir: &Path) -> Report {
    let findings = Findings(Mutex::new(Vec::new()));
    findings.read(dir, "site.json", Site::from_json);
    let index = findings.read(dir, "articles/index.json", ArticleIndex::from_archive_json);
    let listed: Vec<String> =
        index.map(|i| i.articles.into_iter().map(|a| a.id).collect()).unwrap_or_default();

    let mut seen = BTreeMap::new();
    for id in &listed {
        *seen.entry(id.as_str()).or_insert(0) += 1;
    }
    for (id, times) in &seen {
        if *times > 1 {
            findings.add(
                "articles/index.json",
                Severity::Error,
                fill(text::CHECK_LISTED_TWICE, &[("id", id)]),
            );
        }
    }
    list_needs_build(&findings, dir);
    let on_disk = article_files(dir);
    for file in &on_disk {
        let id = file.trim_start_matches("articles/").trim_end_matches(".json");
        if !seen.contains_key(id) {
            findings.add(file, Severity::Error, text::CHECK_NOT_LISTED.to_owned());
        }
    }

    // The listed articles, on every core: a real archive has tens of thousands.
    let ids: Vec<&str> = seen.keys().copied().collect();
    let root = dir.parent().map(Path::to_path_buf).unwrap_or_default();
    let threads = thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = ids.len().div_ceil(threads).max(1);
    thread::scope(|scope| {
        for part in ids.chunks(chunk) {
            let (findings, root, on_disk) = (&findings, &root, &on_disk);
            scope.spawn(move || {
                for id in part {
                    check_article(findings, dir, root, on_disk, id);
                }
            });
        }
    });
    let mut problems = findings.0.into_inner().unwrap();
    problems.sort();
    Report { articles: seen.len(), problems }
}

/// The app reads `index.json` only on a site that was not built (no page files), and then
/// within its limit for any data file: a longer list checks clean here but shows the reader
/// 数据文件太大 instead of the list, unless the site is built.
fn list_needs_build(findings: &Findings, dir: &Path) {
    let file = "articles/index.json";
    let Ok(bytes) = fs::metadata(dir.join(file)).map(|m| m.len() as usize) else { return };
    if bytes > MAX_DATA_BYTES {
        let problem = DataError::TooLarge { bytes, limit: MAX_DATA_BYTES }.message();
        findings.add(file, Severity::Warning, fill(text::CHECK_LIST_NEEDS_BUILD, &[("problem", &problem)]));
    }
}

fn check_article(findings: &Findings, dir: &Path, root: &Path, on_disk: &BTreeSet<String>, id: &str) {
    let file = format!("articles/{id}.json");
    if !on_disk.contains(&file) {
        findings.add("articles/index.json", Severity::Error, fill(text::CHECK_NO_FILE, &[("id", id)]));
        return;
    }
    let Some(article) = findings.read(dir, &file, Article::from_json) else { return };
    if article.id != id {
        findings.add(&file, Severity::Error, fill(text::CHECK_NAME_NOT_ID, &[("id", &article.id)]));
    }
    for block in &article.body {
        if let Block::Image { src, .. } = block {
            // Site-relative: from the site's root, which holds the data folder.
            let missing = !src.is_absolute() && !root.join(src.as_str().trim_start_matches('/')).is_file();
            if missing {
                findings.add(&file, Severity::Error, fill(text::CHECK_NO_IMAGE, &[("src", src.as_str())]));
            }
        }
    }
}

/// The article files in `articles/`, as `articles/<name>.json`, the list itself left out.
fn article_files(dir: &Path) -> BTreeSet<String> {
    let Ok(entries) = fs::read_dir(dir.join("articles")) else { return BTreeSet::new() };
    entries
        .filter_map(|e| e.ok().map(|e| PathBuf::from(e.file_name())))
        .filter(|name| name.extension().is_some_and(|x| x == "json") && name.as_os_str() != "index.json")
        .map(|name| format!("articles/{}", name.display()))
        .collect()
}
