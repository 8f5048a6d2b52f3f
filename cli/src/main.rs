//! `changyue`: the command for the people who run a site. It checks a data folder before it goes
//! live, and renders every page of a built site natively, from its data folder, with the app's
//! own components.

mod app_shell;
#[cfg(feature = "bench")]
mod bench;
mod build;
mod build_state;
mod check;
mod compress;
mod data_file;
mod error;
mod feeds;
mod files;
mod import;
mod pinyin;
mod render;
mod shell;
mod speech;
mod voice;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::error::{Error, Result};

#[derive(Parser)]
#[command(
    name = "changyue",
    version,
    about = "畅阅: checks a site's data folder, imports saved CMS pages and builds the site",
    after_help = "Run `changyue help <command>` for a command's options and examples."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Checks a data folder before it goes live: every file with the app's own rules, and the
    /// rules across files. Exit code 0 when clean, 1 when anything was found.
    #[command(
        after_help = "Examples:\n  changyue check public/data\n  changyue check --json public/data > report.json"
    )]
    Check {
        /// The site's data folder (the one holding site.json and articles/).
        data: PathBuf,
        /// Prints the report as JSON, for machines.
        #[arg(long)]
        json: bool,
    },
    /// Builds the whole site into OUT from a data folder and the app as Trunk built it: the
    /// app's files and the data are brought over (only what differs is written; data files the
    /// folder no longer has are removed), then every page is rendered as `render` does.
    #[command(
        after_help = "Examples:\n  changyue build site-data --out site --base-url https://www.example.gov.cn/\n  changyue build site-data --out site --app dist\n\nRun it again after an edit: only what changed is written (a corrected article: its data file\nand two pages)."
    )]
    Build {
        /// The site's data folder (site.json, articles/, images).
        data: PathBuf,
        /// The site folder to write, to be served as it is.
        #[arg(long, value_name = "OUT_DIR")]
        out: PathBuf,
        /// The app as Trunk built it (`make build` writes it to dist/).
        #[arg(long, value_name = "APP_DIR", default_value = "dist")]
        app: PathBuf,
        /// The site's public address, for sitemap.xml and feed.xml.
        #[arg(long, value_name = "URL")]
        base_url: Option<url::Url>,
    },
    /// Renders every listed article into DIST/article/<id>.html and the list, 20 articles a page,
    /// into DIST/page/<n>.html with its data in DIST/data/articles/page/<n>.json, from DIST/data,
    /// inside the app's own DIST/index.html. With --base-url, also DIST/sitemap.xml and the Atom
    /// feed DIST/feed.xml.
    #[command(
        after_help = "Examples:\n  changyue render dist\n  changyue render dist --base-url https://www.example.gov.cn/"
    )]
    Render {
        /// The built site (what `trunk build` wrote).
        #[arg(default_value = "dist")]
        dist: PathBuf,
        /// The site's public address, such as https://www.example.gov.cn/: the sitemap and the
        /// feed name pages by absolute address.
        #[arg(long, value_name = "URL")]
        base_url: Option<url::Url>,
    },
    /// Imports saved article pages of Chinese government and news CMSs (files, or folders of
    /// .html, .htm and .shtml) into a data folder: articles/<id>.json and the list. Exit code 0
    /// when every page was imported, 1 when any was not (each is reported with why).
    #[command(
        after_help = "Examples:\n  changyue import --out site-data saved/2023/0906.html\n  changyue import --out site-data --base-url https://www.example.gov.cn/ saved/\n\nPages in GBK, GB2312 or GB18030 are read as such. Exit code 2 when no page was named."
    )]
    Import {
        /// Where the pages were published: a page's own address, or a folder's (a page's address is
        /// then this joined with its path in the folder). Relative image addresses resolve against
        /// it, and a page's id comes from it. A page's own `Url` meta or canonical link is used
        /// when this is not given.
        #[arg(long, value_name = "URL")]
        base_url: Option<url::Url>,
        /// The data folder to write to (created if missing; an existing list is kept and extended).
        #[arg(long, value_name = "DATA_DIR")]
        out: PathBuf,
        /// Saved pages, or folders of them.
        #[arg(required = true, value_name = "PAGE_OR_DIR")]
        pages: Vec<PathBuf>,
    },
    /// Runs the site's speech service: GET /speech/<id>?text=<sentence> answers the MP3 of a
    /// sentence of a published article, for readers whose browser has no voice. Made once,
    /// kept in the cache folder; any other text is refused. Runs until stopped.
    #[command(
        after_help = "Examples:\n  changyue speech site/data --cache /var/cache/changyue-speech\n  changyue speech site/data --cache speech-cache --listen 127.0.0.1:8090 --engine \"espeak-ng -v cmn-latn-pinyin -s 150 --stdin --stdout\"\n\nThe engine reads tone-numbered 拼音 (zhong1 guo2) on its standard input and writes WAV on its\nstandard output; lame makes the MP3. Put it behind the site's web server (deploy/nginx/)."
    )]
    Speech {
        /// The site's data folder (site.json, articles/).
        data: PathBuf,
        /// Where the audio is kept, so that each sentence is made once.
        #[arg(long, value_name = "DIR")]
        cache: PathBuf,
        /// The address to answer on.
        #[arg(long, default_value = "127.0.0.1:8090")]
        listen: String,
        /// The speech engine's command line.
        #[arg(long, default_value = voice::DEFAULT_ENGINE)]
        engine: String,
    },
    /// Makes a synthetic archive in a temporary folder, checks, renders and imports it (from saved
    /// pages made of it) and prints the figures.
    #[cfg(feature = "bench")]
    BenchRender {
        /// How many articles the archive has.
        #[arg(long, default_value_t = 10_000)]
        articles: usize,
        /// Makes the archive in this folder, which holds a built app (a copy of `dist/`), and
        /// keeps it there to be served.
        #[arg(long, value_name = "DIR")]
        site: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    match run(Cli::parse().command) {
        Ok(true) => ExitCode::SUCCESS,
        // Done, and found something to report (a problem in the data, a page not imported).
        Ok(false) => ExitCode::FAILURE,
        Err(error) => {
            eprintln!("changyue: {error}");
            ExitCode::from(if matches!(error, Error::Usage(_)) { 2 } else { 1 })
        }
    }
}

/// Runs one command; `Ok(false)` when it ran to the end and has something to report.
fn run(command: Command) -> Result<bool> {
    match command {
        Command::Check { data, json } => {
            let report = check::check(&data);
            if json {
                println!("{}", serde_json::to_string_pretty(&report).unwrap_or_default());
            } else {
                report.print();
            }
            Ok(report.problems.is_empty())
        }
        Command::Import { base_url, out, pages } => import::run(&pages, base_url.as_ref(), &out),
        Command::Speech { data, cache, listen, engine } => {
            speech::run(&speech::Options { data: &data, cache: &cache, listen: &listen, engine: &engine })
        }
        Command::Build { data, out, app, base_url } => {
            let (synced, report) = build::build(&data, &app, &out, base_url.as_ref())?;
            println!(
                "app and data brought over: {} files written, {} removed, {} unchanged",
                synced.written, synced.removed, synced.unchanged
            );
            report.print();
            Ok(true)
        }
        Command::Render { dist, base_url } => {
            render::render_site(&dist, base_url.as_ref())?.print();
            Ok(true)
        }
        #[cfg(feature = "bench")]
        Command::BenchRender { articles, site } => bench::bench(articles, site.as_deref()).map(|()| true),
    }
}
