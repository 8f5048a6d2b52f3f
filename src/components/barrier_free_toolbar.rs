//! 无障碍浏览: the toolbar opened from the banner and the footer. It is a `role="toolbar"`:
//! one Tab stop, arrow keys, Home and End move inside it, so the page's Tab order stays
//! short. It sits in the page's flow under the banner and never covers anything.

use changyue_core::text::{self, fill};
use changyue_core::Choice;
use leptos::ev::{FocusEvent, KeyboardEvent};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::adapters::dom;
use crate::components::live_region::use_announcer;
use crate::components::read_aloud_controls::{ReadAloudButtons, ReadAloudStatus};
use crate::components::shortcut_help::ShortcutHelpButton;
use crate::components::tool_switch::ToolSwitch;
use crate::read_aloud::ReadAloud;
use crate::tools::{use_tools, Tools};

/// Core's, which the settings script in every page's head also uses.
pub use changyue_core::startup::{TOOLBAR_ID, TOOLBAR_TOGGLE_ID as BANNER_TOGGLE_ID, TOOLS_ID};

/// Opening and closing the toolbar, from its buttons and from the shortcut.
#[derive(Clone, Copy)]
pub struct Toolbar {
    tools: Tools,
    read_aloud: ReadAloud,
    /// Where focus goes back to when the toolbar closes: where it was when it opened.
    back: StoredValue<Option<HtmlElement>, LocalStorage>,
}

pub fn provide_toolbar(tools: Tools, read_aloud: ReadAloud) -> Toolbar {
    let toolbar = Toolbar { tools, read_aloud, back: StoredValue::new_local(None) };
    provide_context(toolbar);
    toolbar
}

pub fn use_toolbar() -> Toolbar {
    expect_context()
}

fn toolbar_buttons() -> Vec<HtmlElement> {
    dom::query_all(&format!("#{TOOLS_ID} button"))
}

/// Makes `target` the toolbar's one Tab stop.
fn rove_to(buttons: &[HtmlElement], target: usize) {
    for (i, button) in buttons.iter().enumerate() {
        let _ = button.set_attribute("tabindex", if i == target { "0" } else { "-1" });
    }
}

impl Toolbar {
    pub fn is_open(&self) -> bool {
        self.tools.with(|t| t.open)
    }

    pub fn is_open_untracked(&self) -> bool {
        self.tools.with_untracked(|t| t.open)
    }

    /// Opens the toolbar, moving focus into it if `focus_inside` (from the footer or a
    /// shortcut: the toolbar is far from there), or keeping it where it is.
    pub fn open(&self, focus_inside: bool) {
        if !self.tools.with_untracked(|t| t.open) {
            self.back.set_value(dom::active_element());
            self.tools.update(|t| t.open = true);
        }
        if focus_inside {
            // After the toolbar has been drawn.
            request_animation_frame(|| {
                let buttons = toolbar_buttons();
                let current = buttons.iter().find(|b| b.get_attribute("tabindex").as_deref() == Some("0"));
                if let Some(button) = current.or(buttons.first()) {
                    let _ = button.focus();
                }
            });
        }
    }

    /// Closes it and stops reading. If focus was inside it, focus goes back where it was
    /// before the toolbar opened; otherwise (its banner button, a shortcut) it stays put.
    pub fn close(&self) {
        self.read_aloud.stop();
        let inside = dom::active_element()
            .is_some_and(|e| e.closest(&format!("#{TOOLBAR_ID}")).ok().flatten().is_some());
        self.tools.update(|t| t.open = false);
        if !inside {
            return;
        }
        let target = self.back.get_value().filter(|e| e.is_connected());
        let target = target
            .or_else(|| dom::window()?.document()?.get_element_by_id(BANNER_TOGGLE_ID)?.dyn_into().ok());
        if let Some(target) = target {
            let _ = target.focus();
        }
    }

    pub fn toggle(&self, focus_inside: bool) {
        if self.tools.with_untracked(|t| t.open) {
            self.close();
        } else {
            self.open(focus_inside);
        }
    }
}

/// The banner's 无障碍浏览 button: a disclosure for the toolbar just below it. Escape on it
/// closes the toolbar, as Escape in the toolbar does.
#[component]
pub fn BarrierFreeToggle() -> impl IntoView {
    let toolbar = use_toolbar();
    let open = Memo::new(move |_| toolbar.is_open());
    let on_escape = move |event: KeyboardEvent| {
        if event.key() == "Escape" && open.get_untracked() {
            event.prevent_default();
            toolbar.close();
        }
    };
    view! {
        <button
            type="button"
            id=BANNER_TOGGLE_ID
            class="control"
            aria-expanded=move || open.get().to_string()
            aria-controls=move || open.get().then_some(TOOLBAR_ID)
            on:click=move |_| toolbar.toggle(false)
            on:keydown=on_escape
        >
            {text::TOOLBAR_TITLE}
        </button>
    }
}

/// The arrow keys, Home and End move focus, and the Tab stop with it, along the toolbar.
fn move_by_arrows(event: KeyboardEvent) {
    // Alt+← is the browser's Back, and so on: only bare arrows move in the toolbar.
    if event.alt_key() || event.ctrl_key() || event.meta_key() || event.shift_key() {
        return;
    }
    let buttons = toolbar_buttons();
    let Some(current) = buttons.iter().position(|b| Some(b) == dom::active_element().as_ref()) else {
        return;
    };
    let last = buttons.len() - 1;
    let target = match event.key().as_str() {
        "ArrowRight" | "ArrowDown" => Some(if current == last { 0 } else { current + 1 }),
        "ArrowLeft" | "ArrowUp" => Some(if current == 0 { last } else { current - 1 }),
        "Home" => Some(0),
        "End" => Some(last),
        _ => None,
    };
    if let Some(target) = target {
        event.prevent_default();
        rove_to(&buttons, target);
        let _ = buttons[target].focus();
    }
}

#[component]
pub fn BarrierFreeToolbar() -> impl IntoView {
    let toolbar = use_toolbar();
    // Opened or closed, it is not announced here: its banner button says so (aria-expanded), a
    // press in the footer moves focus into it, and the shortcut says it (shortcut_keys.rs).
    let opened = Memo::new(move |_| toolbar.is_open());
    // Clicked or reached by Tab: wherever focus lands becomes the Tab stop.
    let on_focusin = move |_: FocusEvent| {
        let buttons = toolbar_buttons();
        if let Some(current) = buttons.iter().position(|b| Some(b) == dom::active_element().as_ref()) {
            rove_to(&buttons, current);
        }
    };
    let on_escape = move |event: KeyboardEvent| {
        if event.key() == "Escape" {
            event.prevent_default();
            toolbar.close();
        }
    };
    // Rendered natively always: the pre-rendered page shows it when the reader keeps it open
    // (toolbar.css, by the settings script's mark on <html>), so the text does not jump later.
    let shown = move || opened.get() || cfg!(not(target_arch = "wasm32"));
    view! {
        <Show when=shown>
            <section id=TOOLBAR_ID class="barrier-free" aria-labelledby="barrier-free-title" on:keydown=on_escape>
                <h2 id="barrier-free-title">{text::TOOLBAR_TITLE}</h2>
                <p id="barrier-free-hint" class="hint">{text::TOOLBAR_HINT}</p>
                <div
                    id=TOOLS_ID
                    role="toolbar"
                    aria-label=text::TOOLBAR_LABEL
                    aria-describedby="barrier-free-hint"
                    class="tools"
                    on:keydown=move_by_arrows
                    on:focusin=on_focusin
                >
                    <ReadAloudButtons/>
                    <ToolSwitch label=text::RULER read=|t| t.ruler write=|t, on| t.ruler = on/>
                    <ToolSwitch label=text::LINE_FOCUS read=|t| t.line_focus write=|t, on| t.line_focus = on/>
                    <FocusLinesButton/>
                    <ToolSwitch label=text::CROSSHAIR read=|t| t.crosshair write=|t, on| t.crosshair = on/>
                    <ToolSwitch label=text::LARGE_CURSOR read=|t| t.large_cursor write=|t, on| t.large_cursor = on/>
                    <ToolSwitch label=text::CAPTIONS read=|t| t.captions write=|t, on| t.captions = on/>
                    <ShortcutHelpButton/>
                    <button type="button" tabindex="-1" class="control" on:click=move |_| toolbar.close()>
                        {text::TOOLBAR_CLOSE}
                    </button>
                </div>
                <ReadAloudStatus/>
            </section>
        </Show>
    }
}

/// 聚焦 n 行: how many lines 行聚焦 leaves clear, 1, 3 or 5, round again; a press turns 行聚焦 on.
#[component]
fn FocusLinesButton() -> impl IntoView {
    let tools = use_tools();
    let announcer = use_announcer();
    let lines = Memo::new(move |_| tools.with(|t| t.focus_lines));
    let next = move |_| {
        let next = lines.get_untracked().next();
        let was_on = tools.with_untracked(|t| t.line_focus);
        tools.update(|t| {
            t.focus_lines = next;
            t.line_focus = true;
        });
        let turned_on = fill(text::TOOL_ON, &[("name", text::LINE_FOCUS)]);
        announcer.say(if was_on {
            next.announcement()
        } else {
            format!("{turned_on}，{}", next.announcement())
        });
    };
    view! {
        <button type="button" tabindex="-1" class="control" on:click=next>
            {move || format!("{} {}", text::FOCUS, lines.get().label())}
        </button>
    }
}
