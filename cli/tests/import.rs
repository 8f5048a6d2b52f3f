//! `changyue import` run as a site's editor runs it: a folder of saved pages into a data folder,
//! again into one that has a list, and the ways it must refuse (with exit codes 1 and 2).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn corpus_page(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/import-corpus/pages").join(name)
}

fn scratch(name: &str) -> PathBuf {
    let root = std::env::temp_dir().join(format!("changyue-import-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&root);
    fs::create_dir_all(root.join("saved/2023")).unwrap();
    root
}

fn import(args: &[&Path]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_changyue")).arg("import").args(args).output().unwrap()
}

fn list(data: &Path) -> Vec<(String, String)> {
    let index: Value =
        serde_json::from_str(&fs::read_to_string(data.join("articles/index.json")).unwrap()).unwrap();
    index["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["id"].as_str().unwrap().to_owned(), e["published"].as_str().unwrap().to_owned()))
        .collect()
}

#[test]
fn a_folder_becomes_articles_and_a_list_newest_first_and_a_second_import_keeps_the_list() {
    let root = scratch("folder");
    fs::copy(corpus_page("trs-ordos-hongsewuye.html"), root.join("saved/2023/t20230906_3470563.html"))
        .unwrap();
    fs::copy(corpus_page("trs-lvyuan-dangke-bom.html"), root.join("saved/t20230829_2201937.html")).unwrap();
    let data = root.join("data");
    let base = Path::new("--base-url=https://www.example.gov.cn/dyjy/");
    let out = import(&[base, Path::new("--out"), &data, &root.join("saved")]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("导入了 2 篇文章（共 2 个网页）"));
    assert_eq!(
        list(&data),
        [
            ("t20230906-3470563".to_owned(), "2023-09-06T07:28:00+08:00".to_owned()),
            ("t20230829-2201937".to_owned(), "2023-08-29T10:15:00+08:00".to_owned())
        ]
    );
    let article: Value =
        serde_json::from_str(&fs::read_to_string(data.join("articles/t20230906-3470563.json")).unwrap())
            .unwrap();
    assert_eq!(
        article["body"][4]["src"], "https://www.example.gov.cn/dyjy/2023/W020230906371524860412.jpg",
        "the image resolves against the page's address in the folder"
    );
    let check = Command::new(env!("CARGO_BIN_EXE_changyue")).arg("check").arg(&data).output().unwrap();
    assert!(
        String::from_utf8_lossy(&check.stdout).contains("检查了 2 篇文章"),
        "what import writes, check reads"
    );

    // Once more, one page alone at its own address: its entry is replaced, the other kept.
    let page = root.join("saved/2023/t20230906_3470563.html");
    let own = Path::new("--base-url=https://www.ordosdj.gov.cn/dyjy/202309/t20230906_3470563.html");
    let again = import(&[own, Path::new("--out"), &data, &page]);
    assert_eq!(again.status.code(), Some(0), "{}", String::from_utf8_lossy(&again.stderr));
    assert_eq!(list(&data).len(), 2);
    fs::remove_dir_all(root).unwrap();
}

#[test]
fn two_pages_that_would_share_an_id_are_not_both_written() {
    let root = scratch("same-id");
    let page = corpus_page("trs-ordos-hongsewuye.html");
    let data = root.join("data");
    let out = import(&[Path::new("--out"), &data, &page, &page]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("得到了同一个 id"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(list(&data).len(), 1);
    fs::remove_dir_all(root).unwrap();
}

#[test]
fn a_list_that_cannot_be_read_is_left_as_it_is_and_nothing_is_imported() {
    let root = scratch("bad-list");
    let data = root.join("data");
    fs::create_dir_all(data.join("articles")).unwrap();
    fs::write(data.join("articles/index.json"), "{\"articles\": [").unwrap();
    let out = import(&[Path::new("--out"), &data, &corpus_page("trs-ordos-hongsewuye.html")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("读不出来"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(fs::read_to_string(data.join("articles/index.json")).unwrap(), "{\"articles\": [");
    assert_eq!(fs::read_dir(data.join("articles")).unwrap().count(), 1, "no article was written");
    fs::remove_dir_all(root).unwrap();
}

#[test]
fn a_page_that_is_no_article_is_reported_and_nothing_is_given_is_wrong_usage() {
    let root = scratch("usage");
    fs::write(
        root.join("saved/list.html"),
        "<html><head><title>栏目</title></head><body><ul><li>一</li></ul></body></html>",
    )
    .unwrap();
    let data = root.join("data");
    let out = import(&[Path::new("--out"), &data, &root.join("saved/list.html")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("找不到发布时间。"));
    assert!(!data.join("articles/list.json").exists());
    let empty = import(&[Path::new("--out"), &data, &root.join("saved/2023")]);
    assert_eq!(empty.status.code(), Some(2), "a folder without pages");
    assert_eq!(import(&[Path::new("--out"), &data]).status.code(), Some(2), "no page named");
    fs::remove_dir_all(root).unwrap();
}
