//! `changyue`: the command for the people who run a site. It checks a data folder before it goes
//! live, and renders every page of a built site natively, from its data folder, with the app's
//! own components.

mod app_shell;
mod bench_import;
mod build;
mod build_state;
mod check;
mod compress;
mod data_file;
mod feeds;
mod import;
mod pages;
mod shell;
mod synthetic;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "changyue", version, about = "畅阅: checks a site's data folder and renders its pages")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Checks a data folder before it goes live: every file with the app's own rules, and the
    /// rules across files. Exit code 0 when clean, 1 when anything was found.
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
    /// Makes a synthetic archive in a temporary folder, checks, renders and imports it (from saved
    /// pages made of it) and prints the figures.
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
    let result = match Cli::parse().command {
        Command::Check { data, json } => {
            let report = check::check(&data);
            if json {
                println!("{}", serde_json::to_string_pretty(&report).unwrap_or_default());
            } else {
                report.print();
            }
            return if report.problems.is_empty() { ExitCode::SUCCESS } else { ExitCode::FAILURE };
        }
        Command::Import { base_url, out, pages } => {
            return match import::run(&pages, base_url.as_ref(), &out) {
                Ok(true) => ExitCode::SUCCESS,
                Ok(false) => ExitCode::FAILURE,
                Err(stopped) => {
                    eprintln!("changyue: {}", stopped.message);
                    ExitCode::from(if stopped.usage { 2 } else { 1 })
                }
            };
        }
        Command::Build { data, out, app, base_url } => build::build(&data, &app, &out, base_url.as_ref())
            .map(|(synced, report)| {
                println!(
                    "app and data brought over: {} files written, {} removed, {} unchanged",
                    synced.written, synced.removed, synced.unchanged
                );
                report.print();
            }),
        Command::Render { dist, base_url } => {
            pages::render_site(&dist, base_url.as_ref()).map(|report| report.print())
        }
        Command::BenchRender { articles, site } => synthetic::bench(articles, site.as_deref()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("changyue: {message}");
            ExitCode::FAILURE
        }
    }
}
