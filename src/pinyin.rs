//! 拼音 on request: while the reader has it on, the article's readings file (made by the build)
//! is fetched once and its syllables are put over the characters; off, they are taken away. The
//! first view never loads the file. A file that is missing or does not fit the article is said
//! once, and shown under the switch, until the reader leaves the article.

use std::cell::Cell;
use std::rc::Rc;

use changyue_core::paths;
use changyue_core::pinyin::{pair, ArticleReadings};
use changyue_core::text::{self, fill};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::adapters::{http, ruby, takeover};
use crate::components::live_region::{use_announcer, Announcer};
use crate::data::LoadError;
use crate::reading::ReadingSettings;

/// Why the article shows no 拼音 although the reader asked for it (shown under the switch).
#[derive(Clone, Copy)]
pub struct PinyinProblem(pub RwSignal<Option<String>>);

pub fn provide_pinyin() {
    provide_context(PinyinProblem(RwSignal::new(None)));
}

pub fn use_pinyin_problem() -> PinyinProblem {
    expect_context()
}

/// What one article's view knows of its readings.
#[derive(Clone)]
struct ArticlePinyin {
    id: String,
    /// The article's texts, in core's `pinyin::texts_of` order.
    texts: Rc<Vec<Option<String>>>,
    loaded: StoredValue<Option<Rc<ArticleReadings>>, LocalStorage>,
    /// Counts the reader's turns on and off: an answer that arrives after a later turn is dropped.
    turn: Rc<Cell<u32>>,
    problem: RwSignal<Option<String>>,
    announcer: Announcer,
}

/// Shows 拼音 over the article `id`, whose texts are `texts` (core's `pinyin::texts_of`), while
/// the setting is on. Called by the article's view; ends with it. A view without the app around
/// it (a component test) has no setting, and shows none.
pub fn show_over_article(id: String, texts: Vec<Option<String>>) {
    let (Some(reading), Some(problem)) = (use_context::<ReadingSettings>(), use_context::<PinyinProblem>())
    else {
        return;
    };
    let settings = reading.settings;
    // Only a turn of the switch itself: a change of 字号 or 配色 must not fetch or redraw.
    let wanted = Memo::new(move |_| settings.with(|s| s.pinyin));
    let this = ArticlePinyin {
        id,
        texts: Rc::new(texts),
        loaded: StoredValue::new_local(None),
        turn: Rc::new(Cell::new(0)),
        problem: problem.0,
        announcer: use_announcer(),
    };
    on_cleanup(move || problem.0.set(None));
    Effect::new(move |_| {
        let on = wanted.get();
        this.turn.set(this.turn.get() + 1);
        this.problem.set(None);
        if on {
            this.show_or_fetch();
        } else {
            ruby::article().inspect(ruby::remove_all);
        }
    });
}

impl ArticlePinyin {
    fn show_or_fetch(&self) {
        if let Some(readings) = self.loaded.get_value() {
            show_when_settled(readings, self.texts.clone(), TAKEOVER_FRAMES);
            return;
        }
        let (this, turn) = (self.clone(), self.turn.get());
        spawn_local(async move {
            let answer = fetch(&this.id).await;
            // The reader turned it off (or on again), or left the article, while it was on its way.
            if this.loaded.is_disposed() || this.turn.get() != turn {
                return;
            }
            let fits = |readings: &ArticleReadings| {
                ruby::article().is_some_and(|a| fits_some(&a, readings, &this.texts))
            };
            match answer.and_then(|readings| if fits(&readings) { Ok(readings) } else { Err(None) }) {
                Ok(readings) => {
                    this.loaded.set_value(Some(readings.clone()));
                    show_when_settled(readings, this.texts.clone(), TAKEOVER_FRAMES);
                }
                Err(why) => {
                    let said = why.map_or_else(
                        || text::PINYIN_MISSING.to_owned(),
                        |e| fill(text::PINYIN_FAILED, &[("why", &e.message())]),
                    );
                    this.announcer.say(said.clone());
                    this.problem.set(Some(said));
                }
            }
        });
    }
}

/// The readings file, or why there is none (`None`: missing or not a readings file).
async fn fetch(id: &str) -> Result<Rc<ArticleReadings>, Option<LoadError>> {
    match http::get_text(&paths::article_readings_file(id)).await {
        Ok(json) => ArticleReadings::from_json(&json).map(Rc::new).ok_or(None),
        Err(http::FetchError::NotFound) => Err(None),
        Err(error) => Err(Some(LoadError::Fetch(error))),
    }
}

/// How many frames the syllables wait for the takeover before they are shown regardless.
const TAKEOVER_FRAMES: u32 = 300;

/// Shows the readings once the app has taken over from a pre-rendered page: annotating the app's
/// copy before that would make its blocks differ from the page's, and the page's own nodes (where
/// a reader's selection or screen reader may be) would not be kept. A takeover that never ends
/// does not keep the page polling for ever.
fn show_when_settled(readings: Rc<ArticleReadings>, texts: Rc<Vec<Option<String>>>, frames_left: u32) {
    if takeover::is_taking_over() && frames_left > 0 {
        request_animation_frame(move || show_when_settled(readings, texts, frames_left - 1));
        return;
    }
    if let Some(article) = ruby::article() {
        show(&article, &readings, &texts);
    }
}

/// The texts of the page that the readings fit, with their readings.
fn fitting<'a>(
    article: &web_sys::Element,
    readings: &'a ArticleReadings,
    texts: &'a [Option<String>],
) -> Vec<(web_sys::Element, &'a str, &'a str)> {
    let elements = ruby::text_elements(article);
    elements
        .into_iter()
        .zip(texts)
        .zip(readings.in_order())
        .filter_map(|((element, text), syllables)| {
            let (element, text, syllables) = (element?, text.as_deref()?, syllables?);
            let same = element.text_content().as_deref() == Some(text) && pair(text, syllables).is_some();
            same.then_some((element, text, syllables))
        })
        .collect()
}

/// Whether the readings fit any of the article's texts (a file made from another version of the
/// article fits none, and nothing wrong is ever shown).
fn fits_some(article: &web_sys::Element, readings: &ArticleReadings, texts: &[Option<String>]) -> bool {
    !fitting(article, readings, texts).is_empty()
}

fn show(article: &web_sys::Element, readings: &ArticleReadings, texts: &[Option<String>]) {
    for (element, text, syllables) in fitting(article, readings, texts) {
        if let Some(pieces) = pair(text, syllables) {
            ruby::annotate(&element, &pieces);
        }
    }
}
