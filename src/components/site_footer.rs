//! The footer: the source page's 党网联盟, 无障碍浏览, 长者模式 and 手机端 entries.

use changyue_core::text;
use leptos::prelude::*;

use crate::adapters::dom;
use crate::components::channel_panel::ChannelPanel;
use crate::components::elder_mode_switch::ElderModeSwitch;
use crate::components::font_size_controls::GROUP_ID;
use crate::components::site_banner::SiteLinkList;
use crate::data::use_site;

#[component]
pub fn SiteFooter() -> impl IntoView {
    let site = use_site();
    let alliance = move || {
        site.links().map(|links| {
            view! {
                <section class="footer-alliance" aria-labelledby="footer-alliance-title">
                    <h2 id="footer-alliance-title">{text::FOOTER_ALLIANCE}</h2>
                    <SiteLinkList links/>
                </section>
            }
        })
    };
    // Until the full barrier-free toolbar exists, 无障碍浏览 takes the reader to the
    // reading controls there are: it moves focus to the first 字号 button.
    let to_reading_controls = |_| dom::focus(&format!("#{GROUP_ID} button"));
    view! {
        <footer class="site-footer">
            <ChannelPanel/>
            {alliance}
            <section class="footer-tools" aria-labelledby="footer-tools-title">
                <h2 id="footer-tools-title">{text::FOOTER_TOOLS}</h2>
                <ul>
                    <li>
                        <button
                            type="button"
                            class="control"
                            aria-describedby="barrier-free-hint"
                            on:click=to_reading_controls
                        >
                            {text::FOOTER_BARRIER_FREE}
                        </button>
                        <span id="barrier-free-hint" class="hint">{text::FOOTER_BARRIER_FREE_HINT}</span>
                    </li>
                    <li><ElderModeSwitch hint_id="elder-hint"/></li>
                    <li>
                        <span class="footer-label">{text::FOOTER_MOBILE}</span>
                        <span class="hint">{text::FOOTER_MOBILE_NOTE}</span>
                    </li>
                </ul>
            </section>
        </footer>
    }
}
