//! The reader's settings as app state: one signal in context, mirrored onto
//! `<html>` (so CSS restyles without re-rendering) and into localStorage.

use changyue_core::Settings;
use leptos::prelude::*;

use crate::adapters::{dom, storage};

#[derive(Clone, Copy)]
pub struct ReadingSettings(pub RwSignal<Settings>);

/// Reads the stored settings, applies them at once and keeps applying and storing every change.
pub fn provide_reading_settings() -> ReadingSettings {
    let initial =
        storage::load(Settings::STORAGE_KEY).map(|stored| Settings::from_stored(&stored)).unwrap_or_default();
    apply_to_page(initial);
    let settings = RwSignal::new(initial);
    Effect::new(move |previous: Option<Settings>| {
        let current = settings.get();
        if previous.is_some_and(|p| p != current) {
            apply_to_page(current);
            storage::save(Settings::STORAGE_KEY, &current.to_stored());
        }
        current
    });
    let reading = ReadingSettings(settings);
    provide_context(reading);
    reading
}

pub fn use_reading_settings() -> ReadingSettings {
    expect_context()
}

fn apply_to_page(settings: Settings) {
    let scale = settings.effective_font_scale();
    dom::set_root_property("--cy-text-scale", &scale.css_factor());
    dom::set_root_attribute("data-font-scale", &scale.percent().to_string());
    if settings.elder {
        dom::set_root_attribute("data-elder", "");
    } else {
        dom::remove_root_attribute("data-elder");
    }
}
