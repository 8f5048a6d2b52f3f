//! 放大二维码: the code shown large in a modal `<dialog>`, to hold up to another phone's
//! camera. Escape or 关闭 closes it, and focus goes back to the button that opened it.

use changyue_core::text;
use leptos::html;
use leptos::prelude::*;

use crate::components::qr_code_image::QrCodeImage;

#[component]
pub fn EnlargedQr(id: String, title: String, src: Signal<Option<String>>, alt: String) -> impl IntoView {
    let dialog = NodeRef::<html::Dialog>::new();
    let opener = NodeRef::<html::Button>::new();
    let title_id = format!("qr-dialog-{id}");
    let labelled_by = title_id.clone();
    let open = move |_| {
        if let Some(dialog) = dialog.get() {
            let _ = dialog.show_modal();
        }
    };
    let close = move |_| {
        if let Some(dialog) = dialog.get() {
            dialog.close();
        }
    };
    // `close` also follows Escape; browsers differ in where they put focus then.
    let give_focus_back = move |_| {
        if let Some(opener) = opener.get() {
            let _ = opener.focus();
        }
    };
    view! {
        <button type="button" class="control" node_ref=opener on:click=open>
            {text::CHANNEL_ENLARGE}
            <span class="visually-hidden">{title.clone()}</span>
        </button>
        <dialog class="qr-dialog" node_ref=dialog aria-labelledby=labelled_by on:close=give_focus_back>
            // Focus starts on the heading: the code, its hint and 关闭 below may not all fit a small
            // or zoomed window, and a dialog that opens on 关闭 scrolls its heading away.
            <h2 id=title_id tabindex="-1" autofocus>{title}</h2>
            <QrCodeImage src alt class="qr qr-large"/>
            <p>{text::QR_DIALOG_HINT}</p>
            <button type="button" class="control" on:click=close>{text::CLOSE}</button>
        </dialog>
    }
}
