//! The whole page: skip link, banner, the routed main content, footer, the shortcut help, the
//! reading guides and the live region.
//! Pages fill `<main>`; they never render their own landmarks.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::adapters::dom;
use crate::components::barrier_free_toolbar::provide_toolbar;
use crate::components::live_region::{Announcer, LiveRegion};
use crate::components::quick_bar::QuickBar;
use crate::components::reading_dock::ReadingDock;
use crate::components::reading_guides::ReadingGuides;
use crate::components::shortcut_help::{provide_shortcut_help, ShortcutHelpDialog};
use crate::components::site_banner::SiteBanner;
use crate::components::site_footer::SiteFooter;
use crate::components::skip_link::{SkipLink, MAIN_ID};
use crate::data::{provide_known_data, provide_site, KnownData};
use crate::navigation::{provide_pending_focus, FocusOnNavigate};
use crate::pages::article::ArticlePage;
use crate::pages::home::HomePage;
use crate::pages::not_found::NotFoundPage;
use crate::pinyin::provide_pinyin;
use crate::read_aloud::provide_read_aloud;
use crate::reading::provide_reading_settings;
use crate::reading_history::provide_reading_history;
use crate::shortcut_keys::{listen_for_shortcuts, Targets};
use crate::tools::provide_tools;

/// The whole app. `known` is the first page's data when it is already at hand (the native
/// render at build time); the browser passes none and fetches.
#[component]
pub fn App(#[prop(optional)] known: KnownData) -> impl IntoView {
    provide_known_data(known);
    let reading = provide_reading_settings();
    provide_reading_history();
    let announcer = Announcer::provide();
    provide_pinyin();
    let tools = provide_tools();
    let read_aloud = provide_read_aloud(tools);
    let toolbar = provide_toolbar(tools, read_aloud);
    let help = provide_shortcut_help();
    listen_for_shortcuts(Targets { tools, toolbar, read_aloud, reading, announcer, help });
    provide_pending_focus();
    let site = provide_site();
    Effect::new(move || {
        if let Some(lang) = site.lang() {
            dom::set_root_attribute("lang", &lang);
        }
    });
    view! {
        <Router>
            <FocusOnNavigate/>
            <SkipLink/>
            <SiteBanner/>
            <main id=MAIN_ID tabindex="-1">
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/page/:n") view=HomePage/>
                    <Route path=path!("/article/:id") view=ArticlePage/>
                </Routes>
            </main>
            <SiteFooter/>
            <ShortcutHelpDialog/>
            <QuickBar/>
            <ReadingDock/>
            <ReadingGuides/>
            <LiveRegion/>
        </Router>
    }
}
