//! `changyue bench-render`: a synthetic archive the size of a real site's, made here, checked and
//! rendered as the build renders a site, and imported from saved pages, with the figures printed.
//! It is a benchmark, not a test.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::time::Instant;

use crate::pages::{render_site, resident_mb};

const SHELL: &str = include_str!("../../index.html");
const SITE: &str = include_str!("../../public/data/site.json");
/// Sentences cycled through the articles' paragraphs: the length and mix of a real one.
const SENTENCES: [&str; 6] = [
    "今年以来，镇党委把抓党建促乡村振兴工作摆在首要位置，推动基层党建与乡村振兴深度融合。",
    "各嘎查村党组织书记带头领办合作社，带动农牧民人均增收3.5万元。",
    "“我们把党员中心户建在网格上，群众有事找得到人。”党支部书记说。",
    "全镇建成标准化党群服务中心12个，开展各类志愿服务活动200余次；",
    "详情可登录www.gov.cn查询，或拨打服务热线咨询。",
    "下一步，将持续深化“党建+产业”模式，让发展成果更多惠及群众！",
];

/// One article of about 3,000 characters: a lead, five sections, a quote, a list and an image.
fn article_json(n: usize) -> String {
    let mut body = String::new();
    let mut sentence = n;
    let mut paragraph = |body: &mut String| {
        let text: String = (0..4).map(|k| SENTENCES[(sentence + k) % SENTENCES.len()]).collect();
        sentence += 1;
        let _ = write!(body, r#"{{"type":"paragraph","text":"{text}"}},"#);
    };
    paragraph(&mut body);
    for section in 1..=5 {
        let _ = write!(body, r#"{{"type":"heading","text":"第{section}部分 抓党建促振兴"}},"#);
        for _ in 0..3 {
            paragraph(&mut body);
        }
    }
    body.push_str(r#"{"type":"quote","text":"把党建优势转化为发展优势。"},"#);
    body.push_str(r#"{"type":"list","ordered":true,"items":["建强组织","培育产业","服务群众"]},"#);
    body.push_str(
        r#"{"type":"image","src":"/data/images/sample.png","alt":"党员志愿者入户走访","caption":"入户走访"}"#,
    );
    format!(
        r#"{{"id":"{id}","title":"{title}","source":"鄂尔多斯市党建网","author":"记者 王红","published":"{published}","summary":"{summary}","body":[{body}]}}"#,
        summary = summary(n),
        id = id(n),
        title = title(n),
        published = published(n),
    )
}

/// A 导读 of a real one's length (about 60 characters).
fn summary(n: usize) -> String {
    format!("第{n}篇导读：{}{}", SENTENCES[n % SENTENCES.len()], SENTENCES[(n + 1) % SENTENCES.len()])
}

fn id(n: usize) -> String {
    format!("article-{n:06}")
}

pub fn title(n: usize) -> String {
    format!("抓党建促振兴的基层实践（之{n}）")
}

/// A valid date that goes back one day per article (over twenty years, then round again).
pub fn published(n: usize) -> String {
    format!("{}-{:02}-{:02}T08:00:00+08:00", 2025 - (n / 336) % 20, 12 - (n / 28) % 12, 28 - n % 28)
}

fn make_archive(dist: &Path, articles: usize) -> Result<usize, String> {
    let io = |e: std::io::Error| format!("{}: {e}", dist.display());
    fs::create_dir_all(dist.join("data/articles")).map_err(io)?;
    // A built app's own shell is kept (`--site`); else the source's.
    if !dist.join("index.html").exists() {
        fs::write(dist.join("index.html"), SHELL).map_err(io)?;
    }
    fs::write(dist.join("data/site.json"), SITE).map_err(io)?;
    // The image every article shows (checked for, never read).
    fs::create_dir_all(dist.join("data/images")).map_err(io)?;
    fs::write(dist.join("data/images/sample.png"), b"").map_err(io)?;
    let mut index = String::from(r#"{"articles":["#);
    let mut bytes = 0;
    for n in 0..articles {
        let json = article_json(n);
        bytes += json.len();
        fs::write(dist.join(format!("data/articles/{}.json", id(n))), json).map_err(io)?;
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
    fs::write(dist.join("data/articles/index.json"), index).map_err(io)?;
    Ok(bytes)
}

/// The rebuilds an editor meets: with nothing changed, and after correcting one article's title
/// (its page and the list page it is on depend on it).
fn rebuilds(dist: &Path, articles: usize, base: Option<&url::Url>) -> Result<(), String> {
    let rebuild = |after: &str| -> Result<(), String> {
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
        let json = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        fs::write(&path, json.replace(&title(n), &corrected))
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    rebuild("after one article's title was corrected")
}

/// With `site`, the archive is made there, inside the app already built there, and kept, so
/// that it can be served (`make bench-archive`); else in a temporary folder, removed after.
pub fn bench(articles: usize, site: Option<&Path>) -> Result<(), String> {
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
        crate::bench_import::bench(articles, &SENTENCES)
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
