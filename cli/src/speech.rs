//! `changyue speech`: the site's own speech service, for readers whose browser has no voice
//! (WeChat's, on Android). `GET /speech/<id>?text=<sentence>` answers the MP3 of that sentence
//! if it is one that read-aloud makes of a published article (listed in the data folder's
//! `articles/index.json`); anything else is refused, so the service never voices what a caller
//! chooses. A pool of workers answers; more callers than workers wait their turn.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use changyue_core::speech::is_sentence_of;
use changyue_core::{is_valid_id, text, Article, ArticleIndex};
use tiny_http::{Header, Method, Request, Response, Server};

use crate::error::{Error, Result};
use crate::voice::{Made, Voice};

pub struct Options<'a> {
    pub data: &'a Path,
    pub cache: &'a Path,
    pub listen: &'a str,
    pub engine: &'a str,
}

/// Serves until the process is stopped.
pub fn run(options: &Options) -> Result<bool> {
    let server =
        Server::http(options.listen).map_err(|e| Error::Usage(format!("{}: {e}", options.listen)))?;
    let service = Arc::new(Service {
        data: options.data.to_owned(),
        voice: Voice::new(options.engine, options.cache),
        published: Mutex::new(Published::default()),
    });
    let server = Arc::new(server);
    println!("changyue speech: listening on http://{}/speech/", server.server_addr());
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get() * 2);
    let handles: Vec<_> = (0..workers)
        .map(|_| {
            let (server, service) = (server.clone(), service.clone());
            std::thread::spawn(move || {
                while let Ok(request) = server.recv() {
                    service.answer(request);
                }
            })
        })
        .collect();
    for handle in handles {
        let _ = handle.join();
    }
    Ok(true)
}

struct Service {
    data: PathBuf,
    voice: Voice,
    published: Mutex<Published>,
}

/// The ids of the published articles, as the list had them when last read.
#[derive(Default)]
struct Published {
    read_at: Option<SystemTime>,
    ids: HashSet<String>,
}

impl Service {
    fn answer(&self, request: Request) {
        let response = match self.audio_for(&request) {
            Ok((mp3, made)) => Response::from_data(mp3)
                .with_header(header("Content-Type", "audio/mpeg"))
                .with_header(header("Cache-Control", "public, max-age=86400"))
                .with_header(header("X-Changyue-Cache", if made == Made::Cached { "hit" } else { "made" })),
            Err((status, words)) => Response::from_string(words)
                .with_status_code(status)
                .with_header(header("Content-Type", "text/plain; charset=utf-8")),
        };
        let _ = request.respond(response);
    }

    fn audio_for(&self, request: &Request) -> std::result::Result<(Vec<u8>, Made), (u16, &'static str)> {
        if *request.method() != Method::Get {
            return Err((405, text::SPEECH_SERVICE_NO_TEXT));
        }
        let url = url::Url::parse(&format!("http://service{}", request.url()))
            .map_err(|_| (400, text::SPEECH_SERVICE_NO_TEXT))?;
        let id = url
            .path()
            .strip_prefix("/speech/")
            .filter(|id| is_valid_id(id))
            .ok_or((404, text::SPEECH_SERVICE_NO_ARTICLE))?;
        let sentence = url.query_pairs().find(|(k, _)| k == "text").map(|(_, v)| v.into_owned());
        let sentence =
            sentence.filter(|s| !s.trim().is_empty()).ok_or((400, text::SPEECH_SERVICE_NO_TEXT))?;
        let article = self.published_article(id).ok_or((404, text::SPEECH_SERVICE_NO_ARTICLE))?;
        if !is_sentence_of(&article, &sentence) {
            return Err((403, text::SPEECH_SERVICE_NOT_PUBLISHED));
        }
        self.voice.audio(&sentence).map_err(|why| {
            eprintln!("changyue speech: {why}");
            (500, text::SPEECH_SERVICE_FAILED)
        })
    }

    /// The article `id` if the list publishes it.
    fn published_article(&self, id: &str) -> Option<Article> {
        let index = self.data.join("articles/index.json");
        let modified = std::fs::metadata(&index).and_then(|m| m.modified()).ok();
        let mut published = self.published.lock().ok()?;
        if published.read_at != modified || modified.is_none() {
            let json = std::fs::read_to_string(&index).ok()?;
            let list = ArticleIndex::from_archive_json(&json).ok()?.value;
            *published =
                Published { read_at: modified, ids: list.articles.into_iter().map(|a| a.id).collect() };
        }
        if !published.ids.contains(id) {
            return None;
        }
        drop(published);
        let json = std::fs::read_to_string(self.data.join(format!("articles/{id}.json"))).ok()?;
        Article::from_json(&json).ok().map(|parsed| parsed.value).filter(|a| a.id == id)
    }
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("a header of ASCII")
}
