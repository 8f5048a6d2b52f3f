//! `make import-eval`: the importer over the project's corpus of saved CMS pages
//! (`tests/import-corpus`, hand-checked expected JSON), run as a site's editor runs it. Prints
//! exact-match rates for title, source, published and author, body F1 over character 4-grams,
//! and boilerplate leaks; fails below the targets (95% exact for each field, F1 0.95, no leak).

use std::collections::HashMap;
use std::fs;
use std::path::Path;
use std::process::Command;

use serde_json::Value;

const FIELDS: [&str; 5] = ["title", "source", "published", "author", "summary"];

fn import(page: &Path, url: &str, out: &Path) -> Result<Value, String> {
    let _ = fs::remove_dir_all(out);
    let run = Command::new(env!("CARGO_BIN_EXE_changyue"))
        .args(["import", "--base-url", url, "--out"])
        .arg(out)
        .arg(page)
        .output()
        .map_err(|e| e.to_string())?;
    if !run.status.success() {
        return Err(String::from_utf8_lossy(&run.stderr).into_owned());
    }
    let articles = out.join("articles");
    let file = fs::read_dir(&articles)
        .map_err(|e| e.to_string())?
        .flatten()
        .map(|e| e.path())
        .find(|p| p.file_name().is_some_and(|n| n != "index.json"))
        .ok_or("no article written")?;
    serde_json::from_str(&fs::read_to_string(file).map_err(|e| e.to_string())?).map_err(|e| e.to_string())
}

/// Every text a reader sees in a body, in order.
fn texts(body: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for block in body.as_array().into_iter().flatten() {
        for key in ["text", "caption", "alt"] {
            if let Some(t) = block[key].as_str() {
                out.push(t.to_owned());
            }
        }
        for item in block["items"].as_array().into_iter().flatten() {
            out.push(item.as_str().unwrap_or_default().to_owned());
        }
    }
    out
}

fn grams(text: &str) -> HashMap<Vec<char>, usize> {
    let chars: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
    let mut counts = HashMap::new();
    for window in chars.windows(4) {
        *counts.entry(window.to_vec()).or_insert(0) += 1;
    }
    counts
}

fn f1(got: &str, want: &str) -> f64 {
    let (got, want) = (grams(got), grams(want));
    let common: usize = got.iter().map(|(g, n)| (*n).min(want.get(g).copied().unwrap_or(0))).sum();
    let (total_got, total_want) = (got.values().sum::<usize>(), want.values().sum::<usize>());
    if common == 0 || total_got == 0 || total_want == 0 {
        return 0.0;
    }
    let (precision, recall) = (common as f64 / total_got as f64, common as f64 / total_want as f64);
    2.0 * precision * recall / (precision + recall)
}

#[test]
fn the_importer_meets_its_targets_on_the_corpus() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/import-corpus");
    let entries: Vec<Value> =
        serde_json::from_str(&fs::read_to_string(corpus.join("corpus.json")).unwrap()).unwrap();
    let out = std::env::temp_dir().join(format!("changyue-import-eval-{}", std::process::id()));
    let mut exact: HashMap<&str, usize> = HashMap::new();
    let (mut f1_sum, mut leaks, mut blocks_exact) = (0.0, 0, 0);
    for entry in &entries {
        let file = entry["file"].as_str().unwrap();
        let expected = &entry["expected"];
        let got = match import(&corpus.join(file), entry["url"].as_str().unwrap(), &out) {
            Ok(got) => got,
            Err(why) => {
                println!("{file}: not imported: {why}");
                continue;
            }
        };
        let mut problems = Vec::new();
        for field in FIELDS {
            let accepted: Vec<Value> = std::iter::once(expected[field].clone())
                .chain(entry["also_accept"][field].as_array().cloned().unwrap_or_default())
                .collect();
            if accepted.contains(&got[field]) {
                *exact.entry(field).or_default() += 1;
            } else {
                problems.push(format!("{field}: got {} want {}", got[field], expected[field]));
            }
        }
        let optional: Vec<&str> =
            entry["optional"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
        let body: Vec<Value> = got["body"]
            .as_array()
            .cloned()
            .unwrap_or_default()
            .into_iter()
            .filter(|b| !b["text"].as_str().is_some_and(|t| optional.contains(&t)))
            .collect();
        let body = Value::from(body);
        let score = f1(&texts(&body).concat(), &texts(&expected["body"]).concat());
        f1_sum += score;
        if body == expected["body"] {
            blocks_exact += 1;
        } else {
            problems.push(format!("body F1 {score:.3}; blocks differ"));
        }
        for leak in entry["boilerplate"].as_array().into_iter().flatten().filter_map(Value::as_str) {
            if texts(&body).iter().any(|t| t.contains(leak)) {
                leaks += 1;
                problems.push(format!("boilerplate leaked: {leak}"));
            }
        }
        println!("{file}: {}", if problems.is_empty() { "exact".to_owned() } else { problems.join("; ") });
    }
    let _ = fs::remove_dir_all(&out);
    let n = entries.len();
    let rate = |field| exact.get(field).copied().unwrap_or(0) as f64 / n as f64;
    println!("\n{n} pages");
    for field in FIELDS {
        println!("{field:<10} {:>5.1}% exact", rate(field) * 100.0);
    }
    println!("body       F1 over character 4-grams {:.3} (mean); {blocks_exact} of {n} exactly as expected, block for block", f1_sum / n as f64);
    println!("boilerplate leaks {leaks}");
    for field in FIELDS {
        assert!(rate(field) >= 0.95, "{field}: {:.1}% exact, target 95%", rate(field) * 100.0);
    }
    assert!(f1_sum / n as f64 >= 0.95, "body F1 {:.3}, target 0.95", f1_sum / n as f64);
    assert_eq!(leaks, 0, "boilerplate leaked");
}
