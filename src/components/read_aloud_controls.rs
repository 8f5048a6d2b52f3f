//! Read-aloud's part of the toolbar: 连读, 指读, 暂停/继续, 停止, 上一句/下一句, the
//! speed, 声音 and the volume; below the toolbar, where reading is, the voice and anything that went wrong.

use changyue_core::speech::State;
use changyue_core::text::{self, fill};
use changyue_core::{Choice, SpeechRate, SpeechVolume, ToolSettings};
use leptos::prelude::*;

use crate::components::live_region::use_announcer;
use crate::components::tool_switch::ToolSwitch;
use crate::components::voice_picker::VoicePicker;
use crate::read_aloud::use_read_aloud;
use crate::tools::use_tools;

const RATE_ID: &str = "speech-rate-current";
const VOLUME_ID: &str = "speech-volume-current";

/// The toolbar's first tools. 连读 is its Tab stop when it opens; every other tool is
/// `tabindex="-1"` until the arrow keys or a click move the stop (`barrier_free_toolbar.rs`).
#[component]
pub fn ReadAloudButtons() -> impl IntoView {
    let read_aloud = use_read_aloud();
    let state = Memo::new(move |_| read_aloud.state());
    let idle = move || (state.get() == State::Idle).to_string();
    let unavailable = move || (!read_aloud.can_speak()).to_string();
    view! {
        <button tabindex="0"
            type="button"
            class="control"
            aria-disabled=unavailable
            aria-describedby="read-continuous-hint"
            on:click=move |_| read_aloud.read_from_screen()
        >
            {text::READ_CONTINUOUS}
        </button>
        <ToolSwitch label=text::POINT_READ read=|t| t.point_read write=|t, on| t.point_read = on/>
        <button tabindex="-1" type="button" class="control" aria-disabled=idle on:click=move |_| read_aloud.pause_or_resume()>
            {move || if matches!(state.get(), State::Paused(_)) { text::RESUME } else { text::PAUSE }}
        </button>
        <button tabindex="-1" type="button" class="control" aria-disabled=idle on:click=move |_| read_aloud.stop()>
            {text::STOP}
        </button>
        <button tabindex="-1" type="button" class="control" aria-disabled=idle on:click=move |_| read_aloud.previous()>
            {text::PREVIOUS_SENTENCE}
        </button>
        <button tabindex="-1" type="button" class="control" aria-disabled=idle on:click=move |_| read_aloud.next()>
            {text::NEXT_SENTENCE}
        </button>
        <SpeechSteps id=RATE_ID name=text::SPEECH_RATE read=|t| t.rate write=|t, rate| t.rate = rate
            down=Step { take: SpeechRate::slower, shows: text::SLOWER, name: text::SLOWER_NAME }
            up=Step { take: SpeechRate::faster, shows: text::FASTER, name: text::FASTER_NAME }/>
        <ToolSwitch label=text::SOUND read=|t| t.sound write=|t, on| t.sound = on/>
        <SpeechSteps id=VOLUME_ID name=text::SPEECH_VOLUME read=|t| t.volume write=|t, v| t.volume = v
            down=Step { take: SpeechVolume::quieter, shows: text::QUIETER, name: text::QUIETER_NAME }
            up=Step { take: SpeechVolume::louder, shows: text::LOUDER, name: text::LOUDER_NAME }/>
    }
}

/// One of a speech tool's two step buttons: the step it takes, the word it shows and its name.
#[derive(Clone, Copy)]
struct Step<T> {
    take: fn(T) -> Option<T>,
    shows: &'static str,
    name: &'static str,
}

/// A speech tool's two steps (减慢 and 加快, 调小 and 调大) with its value between them, which
/// describes both buttons.
#[component]
fn SpeechSteps<T>(
    id: &'static str,
    name: &'static str,
    read: fn(&ToolSettings) -> T,
    write: fn(&mut ToolSettings, T),
    down: Step<T>,
    up: Step<T>,
) -> impl IntoView
where
    T: Choice + Send + Sync,
{
    let tools = use_tools();
    let announcer = use_announcer();
    let value = Memo::new(move |_| tools.with(read));
    let button = move |step: Step<T>| {
        let press = move |_| {
            if let Some(next) = (step.take)(value.get_untracked()) {
                tools.update(|t| write(t, next));
                announcer.say(next.announcement());
            }
        };
        view! {
            <button tabindex="-1"
                type="button"
                class="control"
                aria-label=step.name
                aria-describedby=id
                aria-disabled=move || (step.take)(value.get()).is_none().to_string()
                on:click=press
            >
                {step.shows}
            </button>
        }
    };
    view! {
        {button(down)}
        <span id=id class="speech-rate">{move || format!("{name} {}", value.get().label())}</span>
        {button(up)}
    }
}

/// Under the toolbar: how to pick where reading starts, how far it has got, the voice, and
/// a plain sentence when the browser cannot read.
#[component]
pub fn ReadAloudStatus() -> impl IntoView {
    let read_aloud = use_read_aloud();
    let announcer = use_announcer();
    // A problem is said once, as well as shown: the reader pressed a button and heard nothing.
    Effect::new(move |_| {
        if let Some(problem) = read_aloud.problem.get() {
            announcer.say(problem.message());
        }
    });
    let progress = move || {
        let (n, total) = read_aloud.progress()?;
        let template = match read_aloud.state() {
            State::Paused(_) => text::READING_PAUSED,
            _ => text::READING_PROGRESS,
        };
        Some(fill(template, &[("n", &n.to_string()), ("total", &total.to_string())]))
    };
    view! {
        <p id="read-continuous-hint" class="hint">{text::READ_CONTINUOUS_HINT}</p>
        <p class="reading-progress">{progress}</p>
        {move || read_aloud.problem.get().map(|p| view! { <p class="speech-problem">{p.message()}</p> })}
        <VoicePicker/>
    }
}
