//! A channel's QR code as a real PNG image: crisp when enlarged (pixels scale as squares),
//! dark on light whatever the colour scheme, and long-pressable in phone browsers.

use changyue_core::text::{self, fill};
use changyue_core::{Channel, QrCode};
use leptos::prelude::*;

/// A channel's code as a PNG `data:` URL, made in the browser once the app runs, or `None` when
/// the channel has no http(s) url. Not at build time: each code is about 10 KB of PNG data, twice
/// in every pre-rendered page (card and dialog), and those 63 KB of HTML took a phone's parser
/// (CPU 4x) about 130 ms before the first paint; the footer is below the article anyway.
pub fn qr_source(channel: &Channel) -> Option<Signal<Option<String>>> {
    let code = channel.url.as_ref().and_then(QrCode::for_url)?;
    let src = RwSignal::new(None);
    Effect::new(move || src.set(Some(code.to_png_data_url())));
    Some(src.into())
}

/// The image's accessible name: the channel's name and kind.
pub fn qr_alt(channel: &Channel) -> String {
    fill(text::CHANNEL_QR_ALT, &[("name", &channel.name), ("kind", channel.kind.label())])
}

#[component]
pub fn QrCodeImage(
    src: Signal<Option<String>>,
    alt: String,
    #[prop(default = "qr")] class: &'static str,
) -> impl IntoView {
    // No image at all until its data is made: an <img> without a source would be announced
    // and drawn as an empty box in the pre-rendered page.
    move || src.get().map(|src| view! { <img class=class src=src alt=alt.clone() decoding="async"/> })
}
