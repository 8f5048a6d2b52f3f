//! The Web Speech API's synthesis side. A browser may have no `speechSynthesis` at all
//! (WeChat's and some other in-app browsers), or no voice for the page's language; both
//! are values here, never exceptions.

use super::dom;
use changyue_core::speech::voice_fit;
use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

pub fn engine() -> Option<SpeechSynthesis> {
    let window = dom::window()?;
    let value = js_sys::Reflect::get(&window, &JsValue::from_str("speechSynthesis")).ok()?;
    (value.is_object()).then(|| value.unchecked_into())
}

/// Whether this browser is known to have no speech engine. Rendered natively (the pre-rendered
/// page) nothing is known, and the page must not tell a reader whose browser can speak that it
/// cannot.
pub fn missing() -> bool {
    cfg!(target_arch = "wasm32") && engine().is_none()
}

/// A voice the reader can choose, as the browser reports it.
#[derive(Clone, Debug, PartialEq)]
pub struct Voice {
    pub name: String,
    pub uri: String,
    pub lang: String,
}

fn all_voices(engine: &SpeechSynthesis) -> Vec<SpeechSynthesisVoice> {
    engine.get_voices().iter().map(JsCast::unchecked_into).collect()
}

/// The voices that can read `lang`, best first: same region, then local (they work offline).
pub fn voices_for(lang: &str) -> Vec<Voice> {
    let Some(engine) = engine() else { return Vec::new() };
    let mut fitting: Vec<(u8, bool, Voice)> = all_voices(&engine)
        .into_iter()
        .filter_map(|v| {
            let fit = voice_fit(&v.lang(), lang)?;
            Some((fit, !v.local_service(), Voice { name: v.name(), uri: v.voice_uri(), lang: v.lang() }))
        })
        .collect();
    fitting.sort_by_key(|(fit, remote, _)| (*fit, *remote));
    fitting.into_iter().map(|(_, _, voice)| voice).collect()
}

/// Calls `changed` when the browser's list of voices changes (Chrome fills it in late), for as
/// long as the calling component lives.
pub fn on_voices_changed(changed: impl Fn() + 'static) {
    if let Some(engine) = engine() {
        dom::keep_while_owner_lives(EventListener::new(&engine, "voiceschanged", move |_| changed()));
    }
}

pub fn cancel() {
    if let Some(engine) = engine() {
        engine.cancel();
    }
}

/// How long an utterance may wait for its `start`. An engine with no voice may take it and never
/// say a word or send an event (Firefox on a system without voices); a local voice starts at
/// once, and a network voice on a slow line must not be cut off before it has begun.
const START_BOUND_MS: u32 = 6_000;

/// Why an utterance was not spoken.
pub enum Failure {
    /// Taken, but never started within `START_BOUND_MS`: the engine is silent.
    NeverStarted,
    /// No voice, or the engine cannot speak this language.
    NoVoice,
    /// Cancelled by someone else (the system, another page); our own cancels detach first.
    Interrupted,
    Other(String),
}

/// One sentence handed to the engine. It must be kept until it ends: Chrome drops the
/// events of an utterance that was garbage-collected, and reading would silently stop.
pub struct Utterance {
    inner: SpeechSynthesisUtterance,
    _on_start: Closure<dyn FnMut()>,
    _on_end: Closure<dyn FnMut()>,
    _on_error: Closure<dyn FnMut(JsValue)>,
    /// Until the utterance starts: dropped (and so cleared) with it.
    _start_bound: Rc<RefCell<Option<Timeout>>>,
}

impl Drop for Utterance {
    /// A replaced or cancelled sentence must not report back into its closures once gone.
    fn drop(&mut self) {
        self.inner.set_onstart(None);
        self.inner.set_onend(None);
        self.inner.set_onerror(None);
    }
}

pub struct Request<'a> {
    pub text: &'a str,
    pub lang: &'a str,
    pub rate: f32,
    /// 0 to 1; 0 with 声音 off.
    pub volume: f32,
    pub voice_uri: Option<&'a str>,
}

/// Cancels whatever is being said and speaks `request`. `on_end` runs when it has been
/// said; `on_failure` when the engine refuses or something else cancels it. `None` if the
/// browser cannot even make the utterance.
pub fn speak(
    request: Request,
    on_end: impl FnOnce() + 'static,
    on_failure: impl FnOnce(Failure) + 'static,
) -> Option<Utterance> {
    let engine = engine()?;
    let inner = SpeechSynthesisUtterance::new_with_text(request.text).ok()?;
    inner.set_lang(request.lang);
    inner.set_rate(request.rate);
    inner.set_volume(request.volume);
    if let Some(uri) = request.voice_uri {
        let voice = all_voices(&engine).into_iter().find(|v| v.voice_uri() == uri);
        inner.set_voice(voice.as_ref());
    }
    let mut on_end = Some(on_end);
    let on_end = Closure::<dyn FnMut()>::new(move || {
        if let Some(done) = on_end.take() {
            done();
        }
    });
    // The first of an error and the start bound reports; the other finds nothing left to call.
    let on_failure: Rc<RefCell<Option<OnFailure>>> = Rc::new(RefCell::new(Some(Box::new(on_failure))));
    let report = move |failure: Failure| {
        let failed = on_failure.borrow_mut().take();
        if let Some(failed) = failed {
            failed(failure);
        }
    };
    let on_error = Closure::<dyn FnMut(JsValue)>::new({
        let report = report.clone();
        move |event: JsValue| report(failure_of(&event))
    });
    let start_bound =
        Rc::new(RefCell::new(Some(Timeout::new(START_BOUND_MS, move || report(Failure::NeverStarted)))));
    let on_start = Closure::<dyn FnMut()>::new({
        let start_bound = start_bound.clone();
        move || drop(start_bound.borrow_mut().take())
    });
    inner.set_onstart(Some(on_start.as_ref().unchecked_ref()));
    inner.set_onend(Some(on_end.as_ref().unchecked_ref()));
    inner.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    engine.cancel();
    engine.speak(&inner);
    Some(Utterance {
        inner,
        _on_start: on_start,
        _on_end: on_end,
        _on_error: on_error,
        _start_bound: start_bound,
    })
}

/// What runs once when an utterance is not spoken.
type OnFailure = Box<dyn FnOnce(Failure)>;

/// What an utterance's `error` event says.
fn failure_of(event: &JsValue) -> Failure {
    let code = js_sys::Reflect::get(event, &JsValue::from_str("error"))
        .ok()
        .and_then(|c| c.as_string())
        .unwrap_or_default();
    match code.as_str() {
        "interrupted" | "canceled" => Failure::Interrupted,
        "language-unavailable" | "voice-unavailable" | "synthesis-unavailable" => Failure::NoVoice,
        _ => Failure::Other(code),
    }
}

/// Whether the browser lists any voice at all (an empty list may only mean "not loaded yet").
pub fn has_any_voice() -> bool {
    engine().is_some_and(|e| e.get_voices().length() > 0)
}
