//! The banner: the site's name and links, and the 字号 controls.

use changyue_core::{text, SiteLink};
use leptos::prelude::*;

use crate::components::font_size_controls::FontSizeControls;
use crate::data::use_site;

#[component]
pub fn SiteBanner() -> impl IntoView {
    let site = use_site();
    let links = move || {
        site.links().map(|links| {
            view! {
                <nav class="site-links" aria-label=text::SITE_LINKS>
                    <SiteLinkList links/>
                </nav>
            }
        })
    };
    let failure = move || {
        matches!(site.0.get(), Some(Err(_))).then(|| {
            view! {
                <p class="site-failure">
                    {text::SITE_ERROR}
                    <button type="button" class="control" on:click=move |_| site.0.refetch()>
                        {text::RETRY}
                    </button>
                </p>
            }
        })
    };
    view! {
        <header class="site-banner">
            <div class="banner-inner">
                <p class="site-name"><a href="/">{move || site.name()}</a></p>
                {links}
                <FontSizeControls/>
            </div>
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
