//! A button that opens and closes the panel it controls (`aria-expanded`, `aria-controls` while
//! the panel is there): 阅读设置, the folded 字号 bar. Escape on it closes the panel too, as
//! Escape in the panel does, so a reader back on the button need not go in to close it.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

#[component]
pub fn DisclosureButton(
    id: &'static str,
    controls: &'static str,
    open: RwSignal<bool>,
    children: Children,
) -> impl IntoView {
    let on_escape = move |event: KeyboardEvent| {
        if event.key() == "Escape" && open.get_untracked() {
            event.prevent_default();
            open.set(false);
        }
    };
    view! {
        <button
            type="button"
            id=id
            class="control"
            aria-expanded=move || open.get().to_string()
            aria-controls=move || open.get().then_some(controls)
            on:click=move |_| open.update(|o| *o = !*o)
            on:keydown=on_escape
        >
            {children()}
        </button>
    }
}
