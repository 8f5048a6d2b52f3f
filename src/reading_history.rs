//! 继续阅读 as app state: every article's reading position, in context, loaded from and kept in
//! localStorage (never sent anywhere), and the watch that notes the position as the reader reads.

use std::time::Duration;

use changyue_core::reading_history::{ReadingHistory, ReadingPosition};
use gloo_timers::callback::Timeout;
use leptos::ev;
use leptos::prelude::*;

use crate::adapters::{dom, storage};
use crate::reading_place::body_block_at_line;

#[derive(Clone, Copy)]
pub struct History(RwSignal<ReadingHistory>);

pub fn provide_reading_history() -> History {
    let stored = storage::load(ReadingHistory::STORAGE_KEY)
        .map(|s| ReadingHistory::from_stored(&s))
        .unwrap_or_default();
    let history = RwSignal::new(stored);
    Effect::new(move |previous: Option<()>| {
        let stored = history.with(ReadingHistory::to_stored);
        if previous.is_some() {
            storage::save(ReadingHistory::STORAGE_KEY, &stored);
        }
    });
    // Positions noted in another tab are taken in, so this tab's next note keeps them instead
    // of storing its older history over them (an article read there would lose its place).
    storage::on_change_elsewhere(ReadingHistory::STORAGE_KEY, move |stored| {
        let theirs = stored.map(|s| ReadingHistory::from_stored(&s)).unwrap_or_default();
        if history.with_untracked(|h| *h != theirs) {
            history.set(theirs);
        }
    });
    provide_context(History(history));
    History(history)
}

pub fn use_reading_history() -> History {
    expect_context()
}

impl History {
    pub fn position(self, id: &str) -> Option<ReadingPosition> {
        self.0.with(|h| h.get(id).cloned())
    }

    pub fn position_untracked(self, id: &str) -> Option<ReadingPosition> {
        self.0.with_untracked(|h| h.get(id).cloned())
    }

    pub fn is_empty(self) -> bool {
        self.0.with(ReadingHistory::is_empty)
    }

    pub fn clear(self) {
        self.0.update(ReadingHistory::clear);
    }

    pub fn start_over(self, id: &str) {
        self.0.update(|h| h.start_over(id));
    }

    fn record(self, id: &str, position: ReadingPosition) {
        if self.0.with_untracked(|h| h.get(id) != Some(&position)) {
            self.0.update(|h| h.record(id, position));
        }
    }
}

/// How long scrolling must rest before the position is noted.
const SETTLE: Duration = Duration::from_millis(400);

/// Notes article `id`'s position each time the reader's scrolling comes to rest. `keep_later`
/// is true while 继续阅读 is offered: a glance at the start must not overwrite the place offered.
pub fn watch_reading_position(id: String, keep_later: Signal<bool>) {
    let history = use_reading_history();
    let pending = StoredValue::new_local(None::<Timeout>);
    // A place waits to be noted (the timeout has not run yet).
    let waiting = StoredValue::new(false);
    let note = move || {
        let Some(place) = body_block_at_line() else { return };
        let mut position = ReadingPosition::new(place.index as u32, place.count as u32, &place.text);
        position.read |= place.end_seen;
        let earlier = history.position_untracked(&id);
        if keep_later.get_untracked() && earlier.as_ref().is_some_and(|e| e.block > position.block) {
            return;
        }
        history.record(&id, position);
    };
    let note = StoredValue::new_local(note);
    let settle = move || {
        waiting.set_value(true);
        let timeout = Timeout::new(SETTLE.as_millis() as u32, move || {
            waiting.set_value(false);
            note.with_value(|note| note());
        });
        // Dropping the previous timeout cancels it: only the rest at the end counts.
        pending.set_value(Some(timeout));
    };
    // Once as the article opens (a short one never scrolls, and is read once seen whole); in the
    // browser only, where there are timers (the native render has none).
    if dom::window().is_some() {
        settle();
    }
    let scrolled = window_event_listener(ev::scroll, move |_| settle());
    // Leaving (another app, a closed tab, a link) notes the place at once: the last swipe counts.
    let note_now = move || {
        if waiting.get_value() {
            waiting.set_value(false);
            pending.set_value(None);
            note.with_value(|note| note());
        }
    };
    let hidden = window_event_listener(ev::pagehide, move |_| note_now());
    let visibility = dom::window()
        .and_then(|w| w.document())
        .map(|d| gloo_events::EventListener::new(&d, "visibilitychange", move |_| note_now()));
    if let Some(listener) = visibility {
        dom::keep_while_owner_lives(listener);
    }
    // Leaving the article in the app drops a place not yet noted: by then the page may show the
    // next article, whose blocks must not be counted as this one's.
    on_cleanup(move || {
        scrolled.remove();
        hidden.remove();
        waiting.set_value(false);
        pending.set_value(None);
    });
}
