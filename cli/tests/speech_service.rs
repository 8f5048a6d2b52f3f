//! `changyue speech`, the site's speech service, run as a site runs it (the real command, the
//! real engine from the distribution's packages, the sample data folder) and asked over HTTP on
//! loopback.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Instant;

const SEED: &str = "wulantaolegai-practice";

/// The service on a free port, stopped when dropped.
struct Service {
    child: Child,
    port: u16,
    cache: PathBuf,
}

impl Drop for Service {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.cache);
    }
}

fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../public/data")
}

fn start(name: &str) -> Service {
    let cache = std::env::temp_dir().join(format!("changyue-speech-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&cache);
    let mut child = Command::new(env!("CARGO_BIN_EXE_changyue"))
        .args([
            "speech",
            data().to_str().unwrap(),
            "--listen",
            "127.0.0.1:0",
            "--cache",
            cache.to_str().unwrap(),
        ])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let port = line.rsplit(':').next().unwrap().trim_end_matches("/speech/\n").parse().unwrap();
    Service { child, port, cache }
}

struct Answer {
    status: u16,
    headers: String,
    body: Vec<u8>,
}

fn get(service: &Service, path: &str) -> Answer {
    ask(service, "GET", path)
}

fn ask(service: &Service, method: &str, path: &str) -> Answer {
    let mut stream = TcpStream::connect(("127.0.0.1", service.port)).unwrap();
    write!(stream, "{method} {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let headers = String::from_utf8_lossy(&raw[..split]).into_owned();
    let status = headers.split(' ').nth(1).unwrap().parse().unwrap();
    Answer { status, headers, body: raw[split + 4..].to_vec() }
}

fn sentence_path(sentence: &str) -> String {
    let query: String = url::form_urlencoded::byte_serialize(sentence.as_bytes()).collect();
    format!("/speech/{SEED}?text={query}")
}

fn cached_files(service: &Service) -> usize {
    fn count(dir: &Path) -> usize {
        std::fs::read_dir(dir).map_or(0, |entries| {
            entries.flatten().map(|e| if e.path().is_dir() { count(&e.path()) } else { 1 }).sum()
        })
    }
    count(&service.cache)
}

/// An MPEG audio frame starts with eleven set bits.
fn is_mp3(body: &[u8]) -> bool {
    body.len() > 2 && body[0] == 0xff && body[1] & 0xe0 == 0xe0
}

#[test]
fn a_sentence_of_a_published_article_is_said_once_and_kept() {
    let service = start("once");
    let first = get(&service, &sentence_path("百舸争流,奋楫者先。"));
    assert_eq!(first.status, 200, "{}", first.headers);
    assert!(first.headers.contains("audio/mpeg") && first.headers.contains("X-Changyue-Cache: made"));
    assert!(is_mp3(&first.body), "an MP3 frame");
    // 32 kbit/s: at most 240 KB a minute, so a sentence of a few seconds is a few KB.
    assert!(first.body.len() < 40_000, "{} bytes", first.body.len());
    assert_eq!(cached_files(&service), 1);
    let again = get(&service, &sentence_path("百舸争流,奋楫者先。"));
    assert!(again.headers.contains("X-Changyue-Cache: hit"), "{}", again.headers);
    assert_eq!(again.body, first.body);
    assert_eq!(cached_files(&service), 1, "nothing made the second time");
}

#[test]
fn what_is_not_a_sentence_of_a_published_article_is_refused_in_words() {
    let service = start("refused");
    for (path, status, words) in [
        (sentence_path("随便说一句话。"), 403, "只朗读本站已发布文章里的句子。"),
        (sentence_path("百舸争流"), 403, "只朗读本站已发布文章里的句子。"),
        ("/speech/not-listed?text=%E4%B8%80".to_owned(), 404, "本站没有这篇文章。"),
        ("/speech/../../etc/passwd?text=x".to_owned(), 404, "本站没有这篇文章。"),
        (format!("/speech/{SEED}"), 400, "请求里没有要朗读的句子。"),
        (format!("/speech/{SEED}?text=%20"), 400, "请求里没有要朗读的句子。"),
    ] {
        let answer = get(&service, &path);
        assert_eq!(answer.status, status, "{path}");
        assert_eq!(String::from_utf8_lossy(&answer.body), words, "{path}");
    }
    assert_eq!(ask(&service, "POST", &sentence_path("百舸争流,奋楫者先。")).status, 405);
    // 200,000 characters of hostile text in one request: refused at once, never voiced.
    let hostile = "银行行长说😀<b>𠀀</b>".repeat(200_000 / 14);
    let started = Instant::now();
    assert_eq!(get(&service, &sentence_path(&hostile)).status, 403);
    println!("200,000 hostile characters refused in {:.2} s", started.elapsed().as_secs_f64());
    assert_eq!(cached_files(&service), 0, "nothing was said");
}

#[test]
fn a_hundred_readers_starting_at_once_are_all_answered() {
    let service = start("hundred");
    let sentences = [
        "抓党建促振兴的乌兰陶勒盖实践",
        "百舸争流,奋楫者先。",
        "产业兴则百业旺。",
        "乡村要振兴,人才必先行。",
        "良好生态是乡村振兴的财富和优势。",
    ];
    let started = Instant::now();
    let answers: Vec<Answer> = std::thread::scope(|scope| {
        let readers: Vec<_> = (0..100)
            .map(|i| {
                let path = sentence_path(sentences[i % sentences.len()]);
                let service = &service;
                scope.spawn(move || get(service, &path))
            })
            .collect();
        readers.into_iter().map(|r| r.join().unwrap()).collect()
    });
    println!("100 readers at once: answered in {:.2} s", started.elapsed().as_secs_f64());
    assert_eq!(answers.iter().map(|a| a.status).collect::<Vec<_>>(), vec![200; 100]);
    let made = answers.iter().filter(|a| a.headers.contains("X-Changyue-Cache: made")).count();
    assert_eq!(made, sentences.len(), "each sentence made once, however many asked for it at once");
    assert_eq!(cached_files(&service), sentences.len());
}
