//! `changyue render` run as an editor runs it after changing data in place: only the pages that
//! depend on a change are made again, a withdrawn article's page goes, and the list pages follow;
//! and `changyue build`, which brings a data folder and the built app together first.

use std::fs;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::Command;

const SHELL: &str = include_str!("../../index.html");
const SITE: &str = include_str!("../../public/data/site.json");

fn article(i: usize, title: &str) -> String {
    format!(
        r#"{{"id":"a{i}","title":"{title}","source":"来源","published":"2024-01-{:02}T08:00:00+08:00","body":[{{"type":"paragraph","text":"第{i}篇"}}]}}"#,
        i + 1
    )
}

fn entry(i: usize, title: &str) -> String {
    format!(
        r#"{{"id":"a{i}","title":"{title}","source":"来源","published":"2024-01-{:02}T08:00:00+08:00"}}"#,
        i + 1
    )
}

/// A built site of `n` articles (a0 the oldest), with one title given.
fn site(name: &str, n: usize) -> PathBuf {
    let dist = std::env::temp_dir().join(format!("changyue-render-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dist);
    fs::create_dir_all(dist.join("data/articles")).unwrap();
    fs::write(dist.join("index.html"), SHELL).unwrap();
    fs::write(dist.join("data/site.json"), SITE).unwrap();
    for i in 0..n {
        fs::write(dist.join(format!("data/articles/a{i}.json")), article(i, &format!("标题{i}"))).unwrap();
    }
    write_list(&dist, n, None);
    age(&dist.join("data"));
    dist
}

/// Dates a folder's files a minute back, as an editor's files are by the time a site is built. A
/// file changed moments before a run is not trusted by its date (`build_state::SETTLED`), and the
/// next run would record its date: that record, not a page, is then written again.
fn age(dir: &Path) {
    let then = std::time::SystemTime::now() - std::time::Duration::from_secs(60);
    for entry in fs::read_dir(dir).unwrap().flatten() {
        if entry.path().is_dir() {
            age(&entry.path());
        } else {
            fs::File::options().write(true).open(entry.path()).unwrap().set_modified(then).unwrap();
        }
    }
}

fn write_list(dist: &Path, n: usize, retitled: Option<(usize, &str)>) {
    let entries: Vec<String> = (0..n)
        .map(|i| match retitled {
            Some((r, title)) if r == i => entry(i, title),
            _ => entry(i, &format!("标题{i}")),
        })
        .collect();
    fs::write(dist.join("data/articles/index.json"), format!(r#"{{"articles":[{}]}}"#, entries.join(",")))
        .unwrap();
}

fn render(dist: &Path) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_changyue")).arg("render").arg(dist).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

/// Each file's identity: a file made again is a new file (written whole, then renamed) with a new
/// time. Its inode alone is not enough: a compressed copy is removed before its page is written
/// again, and the file system may give the new copy the inode it freed.
fn inodes(dist: &Path, pages: &[&str]) -> Vec<(u64, std::time::SystemTime)> {
    pages
        .iter()
        .map(|p| {
            let metadata = fs::metadata(dist.join(p)).unwrap();
            (metadata.ino(), metadata.modified().unwrap())
        })
        .collect()
}

/// Every file of the site with its identity and time, but the data an editor writes.
fn files(dist: &Path) -> Vec<(PathBuf, u64, std::time::SystemTime)> {
    fn walk(dir: &Path, all: &mut Vec<(PathBuf, u64, std::time::SystemTime)>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let metadata = fs::metadata(&path).unwrap();
            if metadata.is_dir() {
                walk(&path, all);
            } else {
                all.push((path, metadata.ino(), metadata.modified().unwrap()));
            }
        }
    }
    let mut all = Vec::new();
    walk(dist, &mut all);
    all.sort();
    all
}

#[test]
fn a_corrected_title_makes_and_compresses_only_its_article_page_and_its_list_page_again() {
    let dist = site("title", 25);
    assert!(render(&dist).contains("27 pages, 2 of them list pages: 27 made"));
    let pages = [
        "article/a3.html",
        "article/a24.html",
        "page/1.html",
        "page/2.html",
        "data/articles/page/2.json",
        "article/a3.html.br",
        "article/a24.html.br",
        "page/1.html.gz",
        "page/2.html.gz",
        "index.html.br",
    ];
    let before = inodes(&dist, &pages);
    let everything = files(&dist);
    assert!(render(&dist).contains("0 made"), "nothing changed, nothing made");
    assert_eq!(files(&dist), everything, "and no file written");

    // a3 is on the second list page (newest first: a24 ... a5 on the first).
    fs::write(dist.join("data/articles/a3.json"), article(3, "更正后的标题")).unwrap();
    write_list(&dist, 25, Some((3, "更正后的标题")));
    assert!(render(&dist).contains("2 made"));
    let after = inodes(&dist, &pages);
    assert_ne!(after[0], before[0], "the article's page");
    assert_eq!(after[1], before[1], "another article's page");
    assert_eq!(after[2], before[2], "the first list page");
    assert_ne!(after[3], before[3], "its list page");
    assert_ne!(after[4], before[4], "its list page's data");
    assert_ne!(after[5], before[5], "the article's page, compressed");
    assert_eq!(after[6], before[6], "another article's page, compressed");
    assert_eq!(after[7], before[7], "the first list page, compressed");
    assert_ne!(after[8], before[8], "its list page, compressed");
    assert_eq!(after[9], before[9], "the app's files, compressed once");
    let compressed = fs::read(dist.join("article/a3.html.br")).unwrap();
    let mut page = Vec::new();
    brotli::BrotliDecompress(&mut &compressed[..], &mut page).unwrap();
    assert_eq!(page, fs::read(dist.join("article/a3.html")).unwrap());
    assert!(fs::read_to_string(dist.join("article/a3.html")).unwrap().contains("更正后的标题"));
    assert!(fs::read_to_string(dist.join("page/2.html")).unwrap().contains("更正后的标题"));
    fs::remove_dir_all(&dist).unwrap();
}

#[test]
fn a_new_shell_or_a_lost_record_makes_every_page_again_and_a_deleted_page_is_made_again() {
    let dist = site("shell", 3);
    render(&dist);
    fs::remove_file(dist.join("article/a1.html")).unwrap();
    assert!(render(&dist).contains(": 1 made"), "the deleted page");
    fs::write(dist.join("index.html"), SHELL.replace("<title>", "<title>新")).unwrap();
    assert!(render(&dist).contains(": 4 made"), "a new build of the app");
    fs::write(dist.join(".changyue/pages.json"), "not json").unwrap();
    assert!(render(&dist).contains(": 4 made"), "a broken record");
    fs::remove_dir_all(&dist).unwrap();
}

#[test]
fn an_article_taken_off_the_list_loses_its_page() {
    let dist = site("withdrawn", 3);
    render(&dist);
    assert!(dist.join("article/a2.html").exists());
    write_list(&dist, 2, None);
    render(&dist);
    assert!(!dist.join("article/a2.html").exists(), "a withdrawn article is not served on");
    assert!(dist.join("article/a1.html").exists());
    fs::remove_dir_all(&dist).unwrap();
}

fn build(data: &Path, app: &Path, out: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_changyue"))
        .arg("build")
        .arg(data)
        .arg("--app")
        .arg(app)
        .arg("--out")
        .arg(out)
        .output()
        .unwrap()
}

#[test]
fn build_brings_the_app_and_the_data_folder_together_and_a_second_build_writes_only_the_change() {
    // The app as Trunk built it (with a sample data folder and page of its own), and the editor's data.
    let root = site("build", 3);
    let (app, data, out) = (root.join("app"), root.join("editor-data"), root.join("site"));
    fs::create_dir_all(app.join("article")).unwrap();
    fs::write(app.join("index.html"), SHELL).unwrap();
    fs::write(app.join("changyue-0123456789abcdef.js"), "app").unwrap();
    fs::write(app.join("article/sample.html"), "sample").unwrap();
    fs::rename(root.join("data"), &data).unwrap();
    fs::create_dir_all(app.join("data")).unwrap();
    fs::write(app.join("data/site.json"), "{}").unwrap();
    fs::create_dir_all(data.join("images")).unwrap();
    fs::write(data.join("images/a.png"), "png").unwrap();

    let first = build(&data, &app, &out);
    let said = String::from_utf8_lossy(&first.stdout);
    assert!(first.status.success(), "{}", String::from_utf8_lossy(&first.stderr));
    assert!(said.contains(": 4 made"), "{said}");
    for file in [
        "index.html",
        "changyue-0123456789abcdef.js",
        "data/site.json",
        "data/images/a.png",
        "article/a0.html",
        "data/articles/a0.pinyin.json",
        "page/1.html",
    ] {
        assert!(out.join(file).is_file(), "{file}");
    }
    assert!(!out.join("article/sample.html").exists(), "the app's own sample pages are not the site's");
    assert_eq!(
        fs::read_to_string(out.join("data/site.json")).unwrap(),
        SITE,
        "the editor's data, not the app's"
    );

    let again = String::from_utf8(build(&data, &app, &out).stdout).unwrap();
    assert!(again.contains("0 files written, 0 removed") && again.contains(": 0 made"), "{again}");

    fs::write(data.join("articles/a1.json"), article(1, "更正后的标题")).unwrap();
    fs::remove_file(data.join("images/a.png")).unwrap();
    let edited = String::from_utf8(build(&data, &app, &out).stdout).unwrap();
    assert!(edited.contains("1 files written, 1 removed") && edited.contains(": 1 made"), "{edited}");
    assert!(!out.join("data/images/a.png").exists());
    assert!(out.join("data/articles/page/1.json").exists(), "what the build makes in data stays");
    let readings = fs::read_to_string(out.join("data/articles/a1.pinyin.json")).unwrap();
    assert!(readings.contains("gēng zhèng hòu de biāo tí"), "the corrected title's 拼音: {readings}");

    let refused = build(&data, &app, &app);
    assert!(!refused.status.success());
    fs::remove_dir_all(&root).unwrap();
}

#[test]
fn render_fails_when_no_article_can_be_made_though_the_list_pages_can() {
    let dist = site("nothing", 2);
    for i in 0..2 {
        fs::remove_file(dist.join(format!("data/articles/a{i}.json"))).unwrap();
    }
    let output = Command::new(env!("CARGO_BIN_EXE_changyue")).arg("render").arg(&dist).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no article could be rendered"));
    fs::remove_dir_all(&dist).unwrap();
}

#[test]
fn with_the_site_address_every_page_announces_the_feed_and_without_it_none_does() {
    let dist = site("feed", 3);
    let link = r#"<link rel="alternate" type="application/atom+xml" href="/feed.xml""#;
    let pages = ["page/1.html", "article/a0.html", "article/a2.html"];
    render(&dist);
    for page in pages {
        assert!(!fs::read_to_string(dist.join(page)).unwrap().contains(link), "{page}: no feed yet");
    }
    let output = Command::new(env!("CARGO_BIN_EXE_changyue"))
        .arg("render")
        .arg(&dist)
        .args(["--base-url", "https://dj.example.gov.cn/"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(dist.join("feed.xml").is_file());
    for page in pages {
        let html = fs::read_to_string(dist.join(page)).unwrap();
        let head = &html[..html.find("</head>").unwrap()];
        assert!(head.contains(link), "{page}: the feed is named in the head, so it is made again");
    }
    fs::remove_dir_all(&dist).unwrap();
}
