//! The footer: the source page's 党网联盟, 无障碍浏览, 长者模式 and 手机端 entries.

use changyue_core::text;
use leptos::prelude::*;

use crate::components::barrier_free_toolbar::use_toolbar;
use crate::components::channel_panel::ChannelPanel;
use crate::components::elder_mode_switch::ElderModeSwitch;
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
    // The toolbar is at the top of the page, far from here: focus goes into it.
    let toolbar = use_toolbar();
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
                            aria-describedby="footer-barrier-free-hint"
                            on:click=move |_| toolbar.open(true)
                        >
                            {text::FOOTER_BARRIER_FREE}
                        </button>
                        <span id="footer-barrier-free-hint" class="hint">{text::FOOTER_BARRIER_FREE_HINT}</span>
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
