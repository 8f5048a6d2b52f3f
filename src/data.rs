//! Loading the site's JSON files: fetch, parse, check, and one error type for the page.

use changyue_core::list_page::page_file;
use changyue_core::paths;
use changyue_core::text::{self, fill};
use changyue_core::{
    is_valid_id, Article, ArticleIndex, Channel, DataError, ListPage, Parsed, Place, Site, SiteLink,
};
use leptos::prelude::*;

use crate::adapters::http::FetchError;
use crate::adapters::{dom, http};

#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    Fetch(FetchError),
    Data(DataError),
}

impl LoadError {
    pub fn is_not_found(&self) -> bool {
        matches!(self, LoadError::Fetch(FetchError::NotFound))
    }

    /// A failure that trying again later may cure (the network, a busy server).
    pub fn is_transient(&self) -> bool {
        matches!(self, LoadError::Fetch(FetchError::Network | FetchError::Timeout | FetchError::Status(_)))
    }

    /// What the reader is told, in plain Chinese.
    pub fn message(&self) -> String {
        match self {
            LoadError::Fetch(FetchError::Network) => text::ERROR_NETWORK.to_owned(),
            LoadError::Fetch(FetchError::Timeout) => {
                fill(text::ERROR_TIMEOUT, &[("seconds", &http::TIMEOUT_SECONDS.to_string())])
            }
            LoadError::Fetch(FetchError::NotFound) => text::ERROR_NOT_FOUND.to_owned(),
            LoadError::Fetch(FetchError::Status(code)) => {
                fill(text::ERROR_HTTP, &[("code", &code.to_string())])
            }
            LoadError::Data(error) => error.message(),
        }
    }
}

async fn load<T>(url: &str, parse: fn(&str) -> Result<Parsed<T>, DataError>) -> Result<T, LoadError> {
    let json = http::get_text(url).await.map_err(LoadError::Fetch)?;
    let parsed = parse(&json).map_err(|error| {
        dom::warn(&format!("{url}: {error:?}"));
        LoadError::Data(error)
    })?;
    for warning in &parsed.warnings {
        dom::warn(&format!("{url}: {warning}"));
    }
    Ok(parsed.value)
}

pub async fn load_site() -> Result<Site, LoadError> {
    load(paths::SITE_FILE, Site::from_json).await
}

pub async fn load_index() -> Result<ArticleIndex, LoadError> {
    load(paths::INDEX_FILE, ArticleIndex::from_json).await
}

/// List page `n`: its own small file on a built site (`changyue render` writes them), else cut
/// out of the whole list, for a data folder served as it is. A built site never has the whole
/// list loaded: past its last page, the first page's file is there to tell that it is built, and
/// only a first page that is not there at all sends the app to the whole list.
pub async fn load_list_page(n: usize) -> Result<ListPage, LoadError> {
    let not_found = || LoadError::Fetch(FetchError::NotFound);
    match load(&page_file(n), ListPage::from_json).await {
        Ok(page) if page.page == n => return Ok(page),
        Ok(_) => return Err(LoadError::Data(DataError::BadValue { place: Place::Index, field: "page" })),
        Err(error) if !error.is_not_found() => return Err(error),
        Err(_) => {}
    }
    if n > 1 {
        match load(&page_file(1), ListPage::from_json).await {
            Err(error) if error.is_not_found() => {}
            // Built: this page is past the end.
            Ok(_) => return Err(not_found()),
            // The reader is told what went wrong, and the whole list is not fetched instead.
            Err(error) => return Err(error),
        }
    }
    let index = load_index().await?;
    ListPage::of_index(&index, n).ok_or_else(not_found)
}

/// An id outside the contract is never turned into a request: it cannot be an article.
pub async fn load_article(id: String) -> Result<Article, LoadError> {
    if !is_valid_id(&id) {
        return Err(LoadError::Fetch(FetchError::NotFound));
    }
    let article = load(&paths::article_file(&id), Article::from_json).await?;
    // A file whose id is not its name is a data error, not a page that waits forever.
    if article.id != id {
        return Err(LoadError::Data(DataError::BadValue { place: Place::Article, field: "id" }));
    }
    Ok(article)
}

/// What the first page's data already is when the app renders it, so that the page renders
/// at once without fetching: on the build machine, where every page is rendered natively from
/// the data folder (`crate::render`). Empty in the browser, which fetches.
#[derive(Clone, Default)]
pub struct KnownData {
    pub site: Option<Site>,
    pub article: Option<Article>,
    pub list: Option<ListPage>,
}

/// The known data, shared through context.
#[derive(Clone, Copy)]
pub struct Known(StoredValue<KnownData>);

pub fn provide_known_data(known: KnownData) {
    provide_context(Known(StoredValue::new(known)));
}

pub fn use_known() -> Known {
    expect_context()
}

impl Known {
    /// The known article, if it is the one with this id.
    pub fn article(&self, id: &str) -> Option<Article> {
        self.0.with_value(|k| k.article.as_ref().filter(|a| a.id == id).cloned())
    }

    /// The known list page, if it is page `n`.
    pub fn list(&self, n: usize) -> Option<ListPage> {
        self.0.with_value(|k| k.list.as_ref().filter(|p| p.page == n).cloned())
    }
}

type SiteState = Option<Result<Site, LoadError>>;

/// The site file, loaded once for the whole app (or known already) and shared through context.
#[derive(Clone, Copy)]
pub struct SiteData {
    state: Signal<SiteState>,
    /// The download, when the site was not known: 重试 asks for it again.
    download: Option<LocalResource<Result<Site, LoadError>>>,
}

pub fn provide_site() -> SiteData {
    let site = match use_known().0.with_value(|k| k.site.clone()) {
        Some(site) => SiteData { state: Signal::stored(Some(Ok(site))), download: None },
        None => {
            let download = LocalResource::new(load_site);
            SiteData { state: Signal::derive(move || download.get()), download: Some(download) }
        }
    };
    provide_context(site);
    site
}

pub fn use_site() -> SiteData {
    expect_context()
}

impl SiteData {
    /// The site file: not there yet (`None`), loaded, or failed.
    pub fn state(&self) -> SiteState {
        self.state.get()
    }

    /// Fetches the site file again (after a failure).
    pub fn refetch(&self) {
        if let Some(download) = self.download {
            download.refetch();
        }
    }

    /// The site's name once it is known; the app's own name until then or if it failed.
    pub fn name(&self) -> String {
        self.state.with(|site| match site {
            Some(Ok(site)) => site.name.clone(),
            _ => text::APP_NAME.to_owned(),
        })
    }

    /// The site's language once it is known.
    pub fn lang(&self) -> Option<String> {
        self.state.with(|site| match site {
            Some(Ok(site)) => Some(site.lang.clone()),
            _ => None,
        })
    }

    /// The site's 两微一端 channels, once loaded and if there are any.
    pub fn channels(&self) -> Option<Vec<Channel>> {
        self.state.with(|site| match site {
            Some(Ok(site)) if !site.channels.is_empty() => Some(site.channels.clone()),
            _ => None,
        })
    }

    /// The site's links, once loaded and if there are any.
    pub fn links(&self) -> Option<Vec<SiteLink>> {
        self.state.with(|site| match site {
            Some(Ok(site)) if !site.links.is_empty() => Some(site.links.clone()),
            _ => None,
        })
    }
}
