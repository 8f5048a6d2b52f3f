//! The whole page: skip link, banner, the routed main content, footer and the live region.
//! Pages fill `<main>`; they never render their own landmarks.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::adapters::dom;
use crate::components::live_region::{Announcer, LiveRegion};
use crate::components::site_banner::SiteBanner;
use crate::components::site_footer::SiteFooter;
use crate::components::skip_link::{SkipLink, MAIN_ID};
use crate::data::{load_site, SiteData};
use crate::navigation::{provide_pending_focus, FocusOnNavigate};
use crate::pages::article::ArticlePage;
use crate::pages::home::HomePage;
use crate::pages::not_found::NotFoundPage;
use crate::reading::provide_reading_settings;

#[component]
pub fn App() -> impl IntoView {
    provide_reading_settings();
    Announcer::provide();
    provide_pending_focus();
    let site = SiteData(LocalResource::new(load_site));
    provide_context(site);
    Effect::new(move || {
        site.0.with(|s| {
            if let Some(Ok(s)) = s {
                dom::set_root_attribute("lang", &s.lang);
            }
        });
    });
    view! {
        <Router>
            <FocusOnNavigate/>
            <SkipLink/>
            <SiteBanner/>
            <main id=MAIN_ID tabindex="-1">
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/article/:id") view=ArticlePage/>
                </Routes>
            </main>
            <SiteFooter/>
            <LiveRegion/>
        </Router>
    }
}
