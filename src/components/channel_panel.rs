//! 两微一端: the site's WeChat accounts, Weibo and app, each with a QR code made here.

use changyue_core::text;
use leptos::prelude::*;

use crate::components::channel_card::ChannelCard;
use crate::data::use_site;

pub const PANEL_ID: &str = "channels";

#[component]
pub fn ChannelPanel() -> impl IntoView {
    let site = use_site();
    move || {
        site.channels().map(|channels| {
            let cards = channels.into_iter().map(|channel| view! { <ChannelCard channel/> }).collect_view();
            view! {
                <section id=PANEL_ID class="channel-panel" aria-labelledby="channels-title">
                    <h2 id="channels-title" tabindex="-1">{text::CHANNELS_TITLE}</h2>
                    <p class="hint">{text::CHANNELS_INTRO}</p>
                    <ul class="channel-list">{cards}</ul>
                </section>
            }
        })
    }
}
