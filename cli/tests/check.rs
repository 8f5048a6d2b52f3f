//! `changyue check`, run as an editor runs it, on copies of the sample data.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

/// A copy of the sample site's data in a folder of its own: `<root>/data`.
fn sample(name: &str) -> PathBuf {
    fn copy(from: &Path, to: &Path) {
        fs::create_dir_all(to).unwrap();
        for entry in fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            let target = to.join(entry.file_name());
            if entry.file_type().unwrap().is_dir() {
                copy(&entry.path(), &target);
            } else {
                fs::copy(entry.path(), target).unwrap();
            }
        }
    }
    let root = std::env::temp_dir().join(format!("changyue-check-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&root);
    copy(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../public/data"), &root.join("data"));
    root.join("data")
}

fn check(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_changyue")).arg("check").args(args).output().unwrap()
}

#[test]
fn the_sample_data_is_clean() {
    let data = sample("clean");
    let out = check(&[data.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
    assert!(String::from_utf8_lossy(&out.stdout).contains("检查了 2 篇文章，没有发现问题。"));
    fs::remove_dir_all(data.parent().unwrap()).unwrap();
}

#[test]
fn every_problem_is_named_with_its_file() {
    let data = sample("problems");
    let articles = data.join("articles");
    let seed = fs::read_to_string(articles.join("wulantaolegai-practice.json")).unwrap();
    // Listed without a file; a file nobody listed; a file whose id is not its name; broken JSON;
    // an image that is not there; an id listed twice.
    fs::remove_file(articles.join("how-to-use.json")).unwrap();
    fs::write(articles.join("forgotten.json"), seed.replace("wulantaolegai-practice", "forgotten")).unwrap();
    fs::write(articles.join("renamed.json"), &seed).unwrap();
    fs::write(articles.join("broken.json"), "{\"id\": \"broken\", ").unwrap();
    let with_image = seed.replace("wulantaolegai-practice", "pictured").replace(
        r#""body": ["#,
        r#""body": [{"type": "image", "src": "/data/images/none.png", "alt": "图"}, {"type": "video", "src": "/v.mp4"}, "#,
    );
    fs::write(articles.join("pictured.json"), with_image).unwrap();
    let entry = |id: &str| {
        format!(r#"{{"id":"{id}","title":"题","source":"源","published":"2023-09-06T07:28:00+08:00"}}"#)
    };
    let list = ["wulantaolegai-practice", "how-to-use", "renamed", "broken", "pictured", "pictured"]
        .map(entry)
        .join(",");
    fs::write(articles.join("index.json"), format!(r#"{{"articles":[{list}]}}"#)).unwrap();

    let out = check(&["--json", data.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["articles"], 5);
    let found: Vec<(String, String, String)> = report["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["file"].as_str().unwrap().into(),
                p["severity"].as_str().unwrap().into(),
                p["message"].as_str().unwrap().into(),
            )
        })
        .collect();
    let has = |file: &str, severity: &str, words: &str| {
        assert!(
            found.iter().any(|(f, s, m)| f == file && s == severity && m.contains(words)),
            "{file} {severity} {words} in {found:#?}"
        );
    };
    has("articles/index.json", "error", "“pictured”出现了不止一次");
    has("articles/index.json", "error", "“how-to-use”没有对应的文章文件");
    has("articles/forgotten.json", "error", "不在文章列表");
    has("articles/renamed.json", "error", "wulantaolegai-practice");
    has("articles/broken.json", "error", "数据文件格式已损坏");
    has("articles/pictured.json", "error", "/data/images/none.png");
    has("articles/pictured.json", "warning", "video");
    assert_eq!(found.len(), 7, "{found:#?}");

    // The same for people: one line a problem, then the count.
    let out = check(&[data.to_str().unwrap()]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("articles/forgotten.json: 错误："), "{text}");
    assert!(text.trim_end().ends_with("检查了 5 篇文章：6 个错误，1 个提醒。"), "{text}");
    fs::remove_dir_all(data.parent().unwrap()).unwrap();
}

#[test]
fn a_list_too_long_for_the_app_is_a_warning_to_build_the_site() {
    let data = sample("long-list");
    let index = data.join("articles/index.json");
    // Valid JSON past the app's 2 MB limit for a data file: the list's own text, then spaces.
    let list = fs::read_to_string(&index).unwrap();
    fs::write(&index, format!("{}{}", list.trim_end(), " ".repeat(2 * 1024 * 1024))).unwrap();
    let out = check(&[data.to_str().unwrap()]);
    let text = String::from_utf8_lossy(&out.stdout);
    // A warning, not an error (a built site never reads this file); found, so exit code 1.
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("articles/index.json: 提醒：数据文件太大（2.0 MB，上限 2.0 MB）"), "{text}");
    assert!(text.contains("changyue build"), "{text}");
    assert!(text.trim_end().ends_with("检查了 2 篇文章：0 个错误，1 个提醒。"), "{text}");
    fs::remove_dir_all(data.parent().unwrap()).unwrap();
}

#[test]
fn a_folder_without_data_is_a_problem_and_wrong_usage_is_exit_2() {
    let empty = std::env::temp_dir().join(format!("changyue-check-empty-{}", std::process::id()));
    fs::create_dir_all(&empty).unwrap();
    let out = check(&[empty.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("site.json: 错误：没有找到所需的内容"));
    assert_eq!(check(&["--no-such-flag"]).status.code(), Some(2));
    assert_eq!(check(&[]).status.code(), Some(2));
    fs::remove_dir_all(&empty).unwrap();
}
