//! The banner: the site's name with 长者模式, its links, the 字号 controls, 阅读设置 and 无障碍浏览.

use changyue_core::{text, SiteLink};
use leptos::prelude::*;

use crate::adapters::dom;
use crate::components::barrier_free_toolbar::{BarrierFreeToggle, BarrierFreeToolbar};
use crate::components::elder_mode_switch::ElderModeSwitch;
use crate::components::font_size_controls::FontSizeControls;
use crate::components::reading_settings_panel::{ReadingSettingsPanel, ReadingSettingsToggle};
use crate::components::retry_button::RetryButton;
use crate::data::use_site;

#[component]
pub fn SiteBanner() -> impl IntoView {
    let site = use_site();
    let settings_open = RwSignal::new(false);
    let links = move || {
        site.links().map(|links| {
            view! {
                <nav class="site-links" aria-label=text::SITE_LINKS>
                    <SiteLinkList links/>
                </nav>
            }
        })
    };
    // After 重试 focus goes to what the attempt brought: the site's name, or the button again.
    let focus_after_retry = StoredValue::new(false);
    let retry = move || {
        focus_after_retry.set_value(true);
        site.refetch();
    };
    Effect::new(move || {
        let loaded = site.state().map(|s| s.is_ok());
        if let Some(ok) = loaded.filter(|_| focus_after_retry.get_value()) {
            focus_after_retry.set_value(false);
            let target = if ok { ".site-name a" } else { ".site-failure button" };
            request_animation_frame(move || {
                dom::focus(target);
            });
        }
    });
    let failure = move || {
        matches!(site.state(), Some(Err(_))).then(|| {
            view! {
                <p class="site-failure">
                    {text::SITE_ERROR}
                    <RetryButton on_retry=retry/>
                </p>
            }
        })
    };
    view! {
        <header class="site-banner">
            <div class="banner-inner">
                // 长者模式 beside the site's name, as government sites place it: on a phone the
                // banner then takes three rows and the article's title starts on the first screen.
                <p class="banner-title">
                    <span class="site-name"><a href="/">{move || site.name()}</a></span>
                    <ElderModeSwitch/>
                </p>
                {links}
                <FontSizeControls/>
                <p class="banner-switches">
                    <ReadingSettingsToggle open=settings_open/>
                    <BarrierFreeToggle/>
                </p>
            </div>
            // The toolbar is one Tab stop (and the voice list), so it comes first: from either
            // button a few Tab presses reach its panel.
            <BarrierFreeToolbar/>
            <ReadingSettingsPanel open=settings_open/>
            {failure}
        </header>
    }
}

/// The site's links from `site.json` (全国党建网站联盟 and the like).
#[component]
pub fn SiteLinkList(links: Vec<SiteLink>) -> impl IntoView {
    let items = links
        .into_iter()
        .map(|link| view! { <li><a href=link.url.as_str().to_owned()>{link.label}</a></li> })
        .collect_view();
    view! { <ul>{items}</ul> }
}
