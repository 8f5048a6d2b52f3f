//! Read-aloud: the article's sentences, the `Reader` state machine and the speech engine,
//! joined. Nothing is spoken except on the reader's own action (a button, a shortcut, or a
//! pointer or focus move after they turned 指读 on).

use std::ops::Range;

use changyue_core::speech::{sentence_spans_utf16, split_sentences, Command, Reader, State};
use changyue_core::text::{self, fill};
use leptos::prelude::*;
use web_sys::Element;

use crate::adapters::speech::{self, Failure, Request, Utterance, Voice};
use crate::adapters::{dom, highlight};
use crate::tools::Tools;

/// The blocks of an article that are read, in reading order.
const READABLE: &str =
    "main article h1, .article-summary p, .article-body p, .article-body h2, .article-body li, .article-body figcaption";

struct Sentence {
    block: Element,
    text: String,
    /// UTF-16 offsets into the block's text, for the highlight.
    span: Range<u32>,
}

/// What the toolbar says about speech, if anything is wrong.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    NoEngine,
    NoVoice,
    /// The engine took the sentence and never began to say it.
    Silent,
    NothingToRead,
    Failed(String),
}

impl Problem {
    pub fn message(&self) -> String {
        match self {
            Problem::NoEngine => text::NO_SPEECH.to_owned(),
            Problem::NoVoice => text::NO_VOICE.to_owned(),
            Problem::Silent => text::SPEECH_SILENT.to_owned(),
            Problem::NothingToRead => text::NOTHING_TO_READ.to_owned(),
            Problem::Failed(reason) => fill(text::SPEECH_FAILED, &[("reason", reason)]),
        }
    }
}

#[derive(Clone, Copy)]
pub struct ReadAloud {
    reader: RwSignal<Reader>,
    pub problem: RwSignal<Option<Problem>>,
    pub voices: RwSignal<Vec<Voice>>,
    /// The sentence being read, for the 大字幕 bar.
    pub sentence: RwSignal<Option<String>>,
    /// Whether the queue is the whole article (连读) or one block (指读).
    continuous: StoredValue<bool>,
    queue: StoredValue<Vec<Sentence>, LocalStorage>,
    utterance: StoredValue<Option<Utterance>, LocalStorage>,
    /// Counts utterances: a report that arrives after a newer one was started is ignored.
    spoken: StoredValue<u64>,
    tools: Tools,
}

pub fn provide_read_aloud(tools: Tools) -> ReadAloud {
    let read_aloud = ReadAloud {
        reader: RwSignal::new(Reader::new(0, 1.0)),
        problem: RwSignal::new(speech::missing().then_some(Problem::NoEngine)),
        voices: RwSignal::new(Vec::new()),
        sentence: RwSignal::new(None),
        continuous: StoredValue::new(true),
        queue: StoredValue::new_local(Vec::new()),
        utterance: StoredValue::new_local(None),
        spoken: StoredValue::new(0),
        tools,
    };
    read_aloud.refresh_voices();
    speech::on_voices_changed(move || read_aloud.refresh_voices());
    // A new rate takes effect at once: the current sentence starts again at it.
    Effect::new(move |previous: Option<f32>| {
        let rate = tools.with(|t| t.rate.value());
        if previous.is_some() {
            untrack(|| read_aloud.step(|r| r.set_rate(rate)));
        }
        rate
    });
    // So do a new volume and 声音 on or off.
    Effect::new(move |previous: Option<u32>| {
        let volume = tools.with(|t| t.speech_volume().to_bits());
        if previous.is_some_and(|p| p != volume) {
            untrack(|| read_aloud.step(Reader::repeat));
        }
        volume
    });
    provide_context(read_aloud);
    read_aloud
}

pub fn use_read_aloud() -> ReadAloud {
    expect_context()
}

fn document_lang() -> String {
    dom::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"))
        .unwrap_or_else(|| "zh-CN".to_owned())
}

/// The language a block is written in: its own or its nearest ancestor's `lang`.
fn lang_of(block: &Element) -> String {
    block.closest("[lang]").ok().flatten().and_then(|e| e.get_attribute("lang")).unwrap_or_else(document_lang)
}

fn sentences_of(block: &Element) -> Vec<Sentence> {
    let text = block.text_content().unwrap_or_default();
    split_sentences(&text)
        .into_iter()
        .zip(sentence_spans_utf16(&text))
        .map(|(bytes, span)| Sentence { block: block.clone(), text: text[bytes].to_owned(), span })
        .collect()
}

fn readable_blocks() -> Vec<Element> {
    dom::query_all(READABLE)
}

/// The first block whose text shows in the window, as Firefox's Narrate starts.
fn first_on_screen(blocks: &[Element]) -> usize {
    let height = dom::viewport_height();
    blocks
        .iter()
        .position(|b| {
            let rect = b.get_bounding_client_rect();
            rect.bottom() > 0.0 && rect.top() < height && rect.height() > 0.0
        })
        .unwrap_or(0)
}

impl ReadAloud {
    pub fn state(&self) -> State {
        self.reader.with(Reader::state)
    }

    /// (sentence number from 1, total) while reading 连读.
    pub fn progress(&self) -> Option<(usize, usize)> {
        let current = self.reader.with(Reader::current)?;
        self.continuous.get_value().then(|| (current + 1, self.queue.with_value(Vec::len)))
    }

    pub fn can_speak(&self) -> bool {
        !matches!(self.problem.get(), Some(Problem::NoEngine))
    }

    fn refresh_voices(&self) {
        self.voices.set(speech::voices_for(&document_lang()));
    }

    /// 连读 from the first block on screen.
    pub fn read_from_screen(&self) {
        let blocks = readable_blocks();
        let start = first_on_screen(&blocks);
        self.read_blocks(blocks, start, true);
    }

    /// 连读 from a block the reader picked (clicked while reading).
    pub fn read_from(&self, block: &Element) {
        let blocks = readable_blocks();
        if let Some(start) = blocks.iter().position(|b| b == block) {
            self.read_blocks(blocks, start, true);
        }
    }

    /// 指读: one block, or one control's text, then stop. It follows the pointer and focus, so
    /// it never reports a problem: that would talk over the reader at every move.
    pub fn point_read(&self, block: &Element) {
        self.read_blocks(vec![block.clone()], 0, false);
    }

    /// Whether the article is being read 连读 (speaking or paused).
    pub fn is_reading_article(&self) -> bool {
        self.continuous.get_value() && self.state() != State::Idle
    }

    pub fn is_readable(block: &Element) -> bool {
        block.matches(READABLE).unwrap_or(false)
    }

    fn read_blocks(&self, blocks: Vec<Element>, start: usize, continuous: bool) {
        let report = |problem| {
            if continuous {
                self.problem.set(Some(problem));
            }
        };
        if speech::engine().is_none() {
            report(Problem::NoEngine);
            return;
        }
        let mut first = 0;
        let mut queue = Vec::new();
        for (i, block) in blocks.iter().enumerate() {
            if i == start {
                first = queue.len();
            }
            queue.extend(sentences_of(block));
        }
        if queue.is_empty() {
            report(Problem::NothingToRead);
            return;
        }
        // Voices the browser lists but none for this language: say so rather than read
        // Chinese with an English voice. An empty list may just be late, so it is tried.
        if self.voices.with_untracked(Vec::is_empty) {
            self.refresh_voices();
        }
        if self.voices.with_untracked(Vec::is_empty) && speech::has_any_voice() {
            report(Problem::NoVoice);
            return;
        }
        if continuous {
            self.problem.set(None);
        }
        let count = queue.len();
        self.queue.set_value(queue);
        self.continuous.set_value(continuous);
        let rate = self.tools.with_untracked(|t| t.rate.value());
        self.reader.set(Reader::new(count, rate));
        self.step(|r| r.play_from(first.min(count - 1)));
    }

    /// 暂停 or 继续; nothing while idle.
    pub fn pause_or_resume(&self) {
        match self.state() {
            State::Speaking(_) => self.step(Reader::pause),
            State::Paused(_) => self.step(Reader::resume),
            State::Idle => {}
        }
    }

    /// The shortcut's one key: 连读 when idle, else 暂停 or 继续.
    pub fn read_or_pause(&self) {
        match self.state() {
            State::Idle => self.read_from_screen(),
            _ => self.pause_or_resume(),
        }
    }

    pub fn stop(&self) {
        self.step(Reader::stop);
    }

    pub fn next(&self) {
        self.step(Reader::next_sentence);
    }

    pub fn previous(&self) {
        self.step(Reader::previous_sentence);
    }

    fn step(&self, change: impl FnOnce(&mut Reader) -> Command) {
        let mut command = Command::Nothing;
        self.reader.update(|r| command = change(r));
        self.carry_out(command);
        if self.reader.with_untracked(Reader::state) == State::Idle {
            highlight::clear();
            self.sentence.set(None);
        }
    }

    fn carry_out(&self, command: Command) {
        match command {
            Command::Speak { index, rate } => self.speak(index, rate),
            Command::Cancel => {
                self.utterance.set_value(None);
                speech::cancel();
            }
            Command::Nothing => {}
        }
    }

    fn speak(&self, index: usize, rate: f32) {
        let this = *self;
        // The previous sentence is let go first: the engine's reports of its cancel must find
        // no handler, or they would stop the new one.
        self.utterance.set_value(None);
        let generation = self.spoken.get_value() + 1;
        self.spoken.set_value(generation);
        let current = move || this.spoken.get_value() == generation;
        let continuous = self.continuous.get_value();
        // The reader's voice if the browser still has it, else the best for the language: a
        // browser left to itself may read Chinese with its default English voice.
        let (chosen, volume) = self.tools.with_untracked(|t| (t.voice.clone(), t.speech_volume()));
        let voice = self.voices.with_untracked(|voices| {
            let chosen = voices.iter().find(|v| Some(&v.uri) == chosen.as_ref());
            chosen.or(voices.first()).map(|v| v.uri.clone())
        });
        let utterance = self.queue.with_value(|queue| {
            let sentence = &queue[index];
            highlight::show(&sentence.block, sentence.span.clone(), continuous);
            self.sentence.set(Some(sentence.text.clone()));
            let lang = lang_of(&sentence.block);
            speech::speak(
                Request { text: &sentence.text, lang: &lang, rate, volume, voice_uri: voice.as_deref() },
                // Both run after the engine's event handler has returned: the next step drops
                // this utterance, and its closures with it.
                move || {
                    later(move || {
                        if current() {
                            this.step(|r| r.sentence_ended(index))
                        }
                    })
                },
                move |failure| {
                    later(move || {
                        if current() {
                            this.failed(failure, continuous)
                        }
                    })
                },
            )
        });
        if utterance.is_none() {
            self.failed(Failure::Other("speak".to_owned()), continuous);
        }
        self.utterance.set_value(utterance);
    }

    fn failed(&self, failure: Failure, continuous: bool) {
        // With no voice listed at all, any failure (headless Chromium says `synthesis-failed`)
        // means the same: nothing here can speak.
        let no_voice = !speech::has_any_voice();
        let problem = match failure {
            // Cancelled from outside (the system, another tab): reading just stops.
            Failure::Interrupted => None,
            Failure::NeverStarted => Some(Problem::Silent),
            Failure::Other(_) if no_voice => Some(Problem::NoVoice),
            Failure::NoVoice => Some(Problem::NoVoice),
            Failure::Other(reason) => Some(Problem::Failed(reason)),
        };
        if continuous && problem.is_some() {
            self.problem.set(problem);
        }
        self.step(Reader::stop);
    }
}

fn later(run: impl FnOnce() + 'static) {
    set_timeout(run, std::time::Duration::ZERO);
}
