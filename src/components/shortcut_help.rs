//! 快捷键: a modal `<dialog>` listing every shortcut, with the switch that turns them all
//! off. Opened from the toolbar or with Alt+Shift+K; Escape or 关闭 closes it and focus goes
//! back where it was.

use changyue_core::shortcuts::SHORTCUTS;
use changyue_core::text::{self, fill};
use leptos::html;
use leptos::prelude::*;
use web_sys::HtmlElement;

use crate::adapters::dom;
use crate::tools::use_tools;

#[derive(Clone, Copy)]
pub struct ShortcutHelp {
    dialog: NodeRef<html::Dialog>,
    back: StoredValue<Option<HtmlElement>, LocalStorage>,
}

pub fn provide_shortcut_help() -> ShortcutHelp {
    let help = ShortcutHelp { dialog: NodeRef::new(), back: StoredValue::new_local(None) };
    provide_context(help);
    help
}

impl ShortcutHelp {
    pub fn open(&self) {
        let Some(dialog) = self.dialog.get_untracked() else { return };
        if dialog.open() {
            return;
        }
        self.back.set_value(dom::active_element());
        let _ = dialog.show_modal();
    }
}

/// The toolbar's 快捷键 button.
#[component]
pub fn ShortcutHelpButton() -> impl IntoView {
    let help = expect_context::<ShortcutHelp>();
    view! {
        <button type="button" tabindex="-1" class="control" aria-haspopup="dialog" on:click=move |_| help.open()>
            {text::SHORTCUTS_TITLE}
        </button>
    }
}

#[component]
pub fn ShortcutHelpDialog() -> impl IntoView {
    let help = expect_context::<ShortcutHelp>();
    let tools = use_tools();
    let enabled = Memo::new(move |_| tools.with(|t| t.shortcuts));
    // Its pressed state, spoken on the button, says it.
    let toggle = move |_| tools.update(|t| t.shortcuts = !t.shortcuts);
    let close = move |_| {
        if let Some(dialog) = help.dialog.get_untracked() {
            dialog.close();
        }
    };
    let give_focus_back = move |_| {
        if let Some(back) = help.back.get_value().filter(|e| e.is_connected()) {
            let _ = back.focus();
        }
    };
    let rows = SHORTCUTS
        .iter()
        .map(|s| {
            view! {
                <tr>
                    <td><kbd>{fill("Alt+Shift+{key}", &[("key", s.key)])}</kbd></td>
                    <td>{s.description}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <dialog class="shortcut-help" node_ref=help.dialog aria-labelledby="shortcut-help-title" on:close=give_focus_back>
            // Opens at its heading, read first, rather than at the switch below the introduction.
            <h2 id="shortcut-help-title" tabindex="-1" autofocus>{text::SHORTCUTS_TITLE}</h2>
            <p>{text::SHORTCUTS_INTRO}</p>
            <button type="button" class="control" aria-pressed=move || enabled.get().to_string() on:click=toggle>
                {text::SHORTCUTS_SWITCH}
            </button>
            <table>
                <thead>
                    <tr><th scope="col">{text::SHORTCUT_KEY}</th><th scope="col">{text::SHORTCUT_DOES}</th></tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <button type="button" class="control" on:click=close>{text::CLOSE}</button>
        </dialog>
    }
}
