//! 拼音 on request: while the reader has it on, the article's readings file (made by the build)
//! is fetched once and its syllables are put over the characters; off, they are taken away. The
//! first view never loads the file. A file that is missing or does not fit the article is said
//! once, and the switch shows why under it.

use std::rc::Rc;

use changyue_core::paths;
use changyue_core::pinyin::{pair, ArticleReadings};
use changyue_core::text::{self, fill};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::adapters::{http, ruby};
use crate::components::live_region::use_announcer;
use crate::data::LoadError;
use crate::reading::use_reading_settings;

/// Why the article shows no 拼音 although the reader asked for it (shown under the switch).
#[derive(Clone, Copy)]
pub struct PinyinProblem(pub RwSignal<Option<String>>);

pub fn provide_pinyin() {
    provide_context(PinyinProblem(RwSignal::new(None)));
}

pub fn use_pinyin_problem() -> PinyinProblem {
    expect_context()
}

/// Shows 拼音 over the article `id`, whose texts are `texts` (core's `pinyin::texts_of`), while
/// the setting is on. Called by the article's view; ends with it.
pub fn show_over_article(id: String, texts: Vec<Option<String>>) {
    let settings = use_reading_settings().settings;
    let problem = use_pinyin_problem().0;
    let announcer = use_announcer();
    let loaded: StoredValue<Option<Rc<ArticleReadings>>, LocalStorage> = StoredValue::new_local(None);
    let texts = Rc::new(texts);
    Effect::new(move |_| {
        if !settings.with(|s| s.pinyin) {
            problem.set(None);
            ruby::article().inspect(ruby::remove_all);
            return;
        }
        if let Some(readings) = loaded.get_value() {
            show(&readings, &texts);
            return;
        }
        let (id, texts) = (id.clone(), texts.clone());
        spawn_local(async move {
            let answer = fetch(&id).await;
            // The reader may have turned it off, or left the article, while it was on its way.
            let still_asked = settings.try_with_untracked(|s| s.pinyin).unwrap_or(false);
            if loaded.is_disposed() || !still_asked {
                return;
            }
            match answer.and_then(|readings| if show(&readings, &texts) { Ok(readings) } else { Err(None) }) {
                Ok(readings) => {
                    problem.set(None);
                    loaded.set_value(Some(readings));
                }
                Err(why) => {
                    let said = why.map_or_else(
                        || text::PINYIN_MISSING.to_owned(),
                        |e| fill(text::PINYIN_FAILED, &[("why", &e.message())]),
                    );
                    announcer.say(said.clone());
                    problem.set(Some(said));
                }
            }
        });
    });
}

/// The readings file, or why there is none (`None`: missing or not a readings file).
async fn fetch(id: &str) -> Result<Rc<ArticleReadings>, Option<LoadError>> {
    match http::get_text(&paths::article_readings_file(id)).await {
        Ok(json) => ArticleReadings::from_json(&json).map(Rc::new).ok_or(None),
        Err(http::FetchError::NotFound) => Err(None),
        Err(error) => Err(Some(LoadError::Fetch(error))),
    }
}

/// Puts the readings over the article's texts; `false` when they fit none of them (a file made
/// from another version of the article), so that nothing wrong is ever shown.
fn show(readings: &ArticleReadings, texts: &[Option<String>]) -> bool {
    let Some(article) = ruby::article() else { return false };
    ruby::remove_all(&article);
    let elements = ruby::text_elements(&article);
    let mut shown = 0;
    for ((element, text), syllables) in elements.iter().zip(texts).zip(readings.in_order()) {
        let (Some(element), Some(text), Some(syllables)) = (element, text, syllables) else { continue };
        if element.text_content().as_deref() != Some(text.as_str()) {
            continue;
        }
        if let Some(pieces) = pair(text, syllables) {
            ruby::annotate(element, &pieces);
            shown += 1;
        }
    }
    shown > 0
}
