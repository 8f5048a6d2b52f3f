//! changyue (畅阅): an accessible article reader. The browser side: components,
//! pages and the adapters around browser APIs. Pure logic lives in `changyue-core`.

pub mod adapters;
pub mod app;
pub mod components;
pub mod data;
pub mod navigation;
pub mod pages;
pub mod pinyin;
pub mod read_aloud;
pub mod reading;
pub mod reading_history;
mod reading_place;
#[cfg(feature = "ssr")]
pub mod render;
mod settling;
pub mod shortcut_keys;
pub mod tools;

/// Mounts the app on `<body>`.
pub fn start() {
    // Panic messages in the console help development; a release build aborts without them,
    // which keeps the formatting machinery out of the wasm.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    adapters::dom::remove_by_id("boot");
    adapters::takeover::begin_takeover();
    leptos::mount::mount_to_body(|| leptos::view! { <app::App/> });
}
