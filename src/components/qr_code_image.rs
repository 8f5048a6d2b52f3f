//! A channel's QR code as a real PNG image: crisp when enlarged (pixels scale as squares),
//! dark on light whatever the colour scheme, and long-pressable in phone browsers.

use changyue_core::text::{self, fill};
use changyue_core::{Channel, QrCode};
use leptos::prelude::*;

/// The `data:` URL of a channel's code, or `None` when it has no http(s) url.
pub fn qr_data_url(channel: &Channel) -> Option<String> {
    channel.url.as_ref().and_then(QrCode::for_url).map(|code| code.to_png_data_url())
}

/// The image's accessible name: the channel's name and kind.
pub fn qr_alt(channel: &Channel) -> String {
    fill(text::CHANNEL_QR_ALT, &[("name", &channel.name), ("kind", channel.kind.label())])
}

#[component]
pub fn QrCodeImage(src: String, alt: String, #[prop(default = "qr")] class: &'static str) -> impl IntoView {
    view! { <img class=class src=src alt=alt decoding="async"/> }
}
