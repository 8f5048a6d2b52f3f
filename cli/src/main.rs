//! `changyue`: the command for the people who run a site. It renders every page of a built
//! site natively, from the site's data folder, with the app's own components.

mod pages;
mod shell;
mod synthetic;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "changyue", version, about = "畅阅: renders a site's pages from its data folder")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Renders every listed article into DIST/article/<id>.html, from DIST/data, inside the
    /// app's own DIST/index.html.
    Render {
        /// The built site (what `trunk build` wrote).
        #[arg(default_value = "dist")]
        dist: PathBuf,
    },
    /// Makes a synthetic archive in a temporary folder, renders it and prints the figures.
    BenchRender {
        /// How many articles the archive has.
        #[arg(long, default_value_t = 10_000)]
        articles: usize,
    },
}

fn main() -> ExitCode {
    let result = match Cli::parse().command {
        Command::Render { dist } => pages::render_site(&dist).map(|report| report.print()),
        Command::BenchRender { articles } => synthetic::bench(articles),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("changyue: {message}");
            ExitCode::FAILURE
        }
    }
}
