//! The 无障碍 toolbar's settings as app state: one signal in context, its guides mirrored
//! onto `<html>` as data attributes and every change kept in localStorage.

use changyue_core::ToolSettings;
use leptos::prelude::*;

use crate::adapters::{dom, storage};

#[derive(Clone, Copy)]
pub struct Tools(pub RwSignal<ToolSettings>);

pub fn provide_tools() -> Tools {
    let initial = storage::load(ToolSettings::STORAGE_KEY)
        .map(|stored| ToolSettings::from_stored(&stored))
        .unwrap_or_default();
    let tools = Tools(RwSignal::new(initial));
    Effect::new(move |previous: Option<ToolSettings>| {
        let current = tools.0.get();
        for (name, on) in current.page_attributes() {
            if on {
                dom::set_root_attribute(name, "");
            } else {
                dom::remove_root_attribute(name);
            }
        }
        match current.line_focus_attribute() {
            Some(lines) => dom::set_root_attribute("data-line-focus", lines),
            None => dom::remove_root_attribute("data-line-focus"),
        }
        if previous.as_ref().is_some_and(|p| *p != current) {
            storage::save(ToolSettings::STORAGE_KEY, &current.to_stored());
        }
        current
    });
    // Another tab's change shows here too, so this tab never stores its stale tools over it.
    storage::on_change_elsewhere(ToolSettings::STORAGE_KEY, move |stored| {
        let theirs = stored.map(|s| ToolSettings::from_stored(&s)).unwrap_or_default();
        if theirs != tools.0.get_untracked() {
            tools.0.set(theirs);
        }
    });
    provide_context(tools);
    tools
}

pub fn use_tools() -> Tools {
    expect_context()
}

impl Tools {
    pub fn with<T>(&self, read: impl FnOnce(&ToolSettings) -> T) -> T {
        self.0.with(read)
    }

    pub fn with_untracked<T>(&self, read: impl FnOnce(&ToolSettings) -> T) -> T {
        self.0.with_untracked(read)
    }

    pub fn update(&self, write: impl FnOnce(&mut ToolSettings)) {
        self.0.update(write)
    }
}
