//! `changyue bench-render`: a synthetic archive the size of a real site's, made here, checked and
//! rendered as the build renders a site, and imported from saved pages, with the figures printed.
//! It is a benchmark, not a test, and not in the command a site runs: it is built only with the
//! `bench` feature (`make bench`, `make bench-archive`).

mod archive;
mod import;

use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::time::Instant;

use archive::{article_json, id, published, summary, title, SENTENCES};

use crate::error::{At, Result};
use crate::render::{render_site, resident_mb};

const SHELL: &str = include_str!("../../../index.html");
const SITE: &str = include_str!("../../../public/data/site.json");

fn make_archive(dist: &Path, articles: usize) -> Result<usize> {
    fs::create_dir_all(dist.join("data/articles")).at(dist)?;
    // A built app's own shell is kept (`--site`); else the source's.
    if !dist.join("index.html").exists() {
        fs::write(dist.join("index.html"), SHELL).at(dist)?;
    }
    fs::write(dist.join("data/site.json"), SITE).at(dist)?;
    // The image every article shows (checked for, never read).
    fs::create_dir_all(dist.join("data/images")).at(dist)?;
    fs::write(dist.join("data/images/sample.png"), b"").at(dist)?;
    let mut index = String::from(r#"{"articles":["#);
    let mut bytes = 0;
    for n in 0..articles {
        let json = article_json(n);
        bytes += json.len();
        fs::write(dist.join(format!("data/articles/{}.json", id(n))), json).at(dist)?;
        let comma = if n + 1 < articles { "," } else { "" };
        let _ = write!(
            index,
            r#"{{"id":"{}","title":"{}","source":"鄂尔多斯市党建网","published":"{}","summary":"{}"}}{comma}"#,
            id(n),
            title(n),
            published(n),
            summary(n)
        );
    }
    index.push_str("]}");
    fs::write(dist.join("data/articles/index.json"), index).at(dist)?;
    Ok(bytes)
}

/// The rebuilds an editor meets: with nothing changed, and after correcting one article's title
/// (its page and the list page it is on depend on it).
fn rebuilds(dist: &Path, articles: usize, base: Option<&url::Url>) -> Result<()> {
    let rebuild = |after: &str| -> Result<()> {
        let report = render_site(dist, base)?;
        let remade = report.pages - report.kept;
        let seconds = report.elapsed.as_secs_f64();
        println!("rebuild {after}: {remade} of {} pages made again, in {seconds:.2} s", report.pages);
        Ok(())
    };
    rebuild("with nothing changed")?;
    let n = articles / 2;
    let corrected = format!("{}（修订）", title(n));
    for file in [format!("data/articles/{}.json", id(n)), "data/articles/index.json".to_owned()] {
        let path = dist.join(file);
        let json = fs::read_to_string(&path).at(&path)?;
        fs::write(&path, json.replace(&title(n), &corrected)).at(&path)?;
    }
    rebuild("after one article's title was corrected")
}

/// With `site`, the archive is made there, inside the app already built there, and kept, so
/// that it can be served (`make bench-archive`); else in a temporary folder, removed after.
pub fn bench(articles: usize, site: Option<&Path>) -> Result<()> {
    let dist = match site {
        Some(site) => site.to_owned(),
        None => std::env::temp_dir().join(format!("changyue-bench-{}", std::process::id())),
    };
    let made = Instant::now();
    let data_bytes = make_archive(&dist, articles);
    let result = data_bytes.and_then(|data_bytes| {
        println!(
            "synthetic archive: {articles} articles, {:.1} MB of JSON (about {} KB each), made in {:.1} s",
            data_bytes as f64 / 1e6,
            data_bytes / articles.max(1) / 1000,
            made.elapsed().as_secs_f64()
        );
        let checked = Instant::now();
        let check = crate::check::check(&dist.join("data"));
        println!(
            "changyue check: {} articles in {:.2} s, {} problems",
            check.articles,
            checked.elapsed().as_secs_f64(),
            check.problems.len()
        );
        let before = resident_mb();
        let base = url::Url::parse("https://www.example.gov.cn/").ok();
        let report = render_site(&dist, base.as_ref())?;
        report.print();
        println!(
            "{:.0} pages/s; {:.1} KB of HTML a page",
            report.pages as f64 / report.elapsed.as_secs_f64(),
            report.bytes as f64 / report.pages.max(1) as f64 / 1e3
        );
        let samples: Vec<String> =
            report.memory.iter().map(|(done, mb)| format!("{done} pages {mb:.0} MB")).collect();
        println!("resident memory: {before:.0} MB before; {}", samples.join(", "));
        rebuilds(&dist, articles, base.as_ref())?;
        import::bench(articles, &SENTENCES)
    });
    if site.is_none() {
        let _ = fs::remove_dir_all(&dist);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use changyue_core::{Article, ArticleIndex};

    #[test]
    fn the_synthetic_archive_is_valid_data() {
        for n in [0, 27, 28, 335, 336, 9_999, 99_999] {
            let article = Article::from_json(&article_json(n)).unwrap();
            assert!(article.warnings.is_empty(), "{n}: {:?}", article.warnings);
            assert_eq!(article.value.id, id(n));
            assert!(article.value.body.len() >= 20);
        }
        let dist = std::env::temp_dir().join(format!("changyue-synthetic-test-{}", std::process::id()));
        make_archive(&dist, 3).unwrap();
        let index = fs::read_to_string(dist.join("data/articles/index.json")).unwrap();
        assert_eq!(ArticleIndex::from_json(&index).unwrap().value.articles.len(), 3);
        fs::remove_dir_all(&dist).unwrap();
    }
}
