//! localStorage. It may be disabled (the getter throws), full, or missing:
//! then settings simply last for this visit.
//!
//! Written by hand rather than with gloo-storage: its `LocalStorage::raw()` throws when storage
//! is disabled (a reader's privacy setting; tested in faults.spec.js), and its get and set
//! encode values as JSON again, while the settings are stored as JSON already and read field
//! by field (`Settings::from_stored`).

use super::dom;
use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Storage, StorageEvent};

fn local_storage() -> Option<Storage> {
    dom::window()?.local_storage().ok().flatten()
}

pub fn load(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// Returns whether the value was kept.
pub fn save(key: &str, value: &str) -> bool {
    local_storage().is_some_and(|storage| storage.set_item(key, value).is_ok())
}

/// Calls `changed` with the new value each time another tab or window of this site stores `key`
/// (the browser tells every other page of the origin, never the one that wrote it), for as long
/// as the calling component lives.
pub fn on_change_elsewhere(key: &'static str, changed: impl Fn(Option<String>) + 'static) {
    let Some(window) = dom::window() else { return };
    let listener = EventListener::new(&window, "storage", move |event| {
        let Some(event) = event.dyn_ref::<StorageEvent>() else { return };
        if event.key().as_deref() == Some(key) {
            changed(event.new_value());
        }
    });
    dom::keep_while_owner_lives(listener);
}
