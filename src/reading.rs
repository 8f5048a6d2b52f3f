//! The reader's settings as app state: one signal in context, mirrored onto
//! `<html>` (so CSS restyles without re-rendering) and into localStorage.

use changyue_core::{Settings, SystemPreferences};
use leptos::prelude::*;

use crate::adapters::{dom, storage};

#[derive(Clone, Copy)]
pub struct ReadingSettings {
    pub settings: RwSignal<Settings>,
    /// The browser's `prefers-*` wishes at start: they pick the first colour scheme.
    pub system: SystemPreferences,
}

/// Reads the stored settings, applies them at once and keeps applying and storing every change.
pub fn provide_reading_settings() -> ReadingSettings {
    let system = SystemPreferences {
        dark: dom::prefers("(prefers-color-scheme: dark)"),
        more_contrast: dom::prefers("(prefers-contrast: more)"),
    };
    let initial =
        storage::load(Settings::STORAGE_KEY).map(|stored| Settings::from_stored(&stored)).unwrap_or_default();
    apply_to_page(initial, system);
    let settings = RwSignal::new(initial);
    Effect::new(move |previous: Option<Settings>| {
        let current = settings.get();
        if previous.is_some_and(|p| p != current) {
            apply_to_page(current, system);
            storage::save(Settings::STORAGE_KEY, &current.to_stored());
        }
        current
    });
    let reading = ReadingSettings { settings, system };
    provide_context(reading);
    reading
}

pub fn use_reading_settings() -> ReadingSettings {
    expect_context()
}

fn apply_to_page(settings: Settings, system: SystemPreferences) {
    let style = settings.page_style(system);
    for (name, value) in &style.properties {
        dom::set_root_property(name, value);
    }
    for (name, value) in &style.attributes {
        match value {
            Some(value) => dom::set_root_attribute(name, value),
            None => dom::remove_root_attribute(name),
        }
    }
}
