//! The command's one error type: what stopped it, with the file it concerns. `main` prints it,
//! once; nothing below prints an error of its own.

use std::io;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file or folder could not be read or written.
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: io::Error },
    /// A file was read, and is not what it must be (a data file, the app's build).
    #[error("{}: {reason}", path.display())]
    Invalid { path: PathBuf, reason: String },
    /// The command was asked for something it cannot do (exit code 2).
    #[error("{0}")]
    Usage(String),
    /// Stopped for a reason that concerns no one file, said in full.
    #[error("{0}")]
    Stopped(String),
}

pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    pub fn invalid(path: &Path, reason: impl Into<String>) -> Self {
        Error::Invalid { path: path.to_owned(), reason: reason.into() }
    }
}

/// Names the file an I/O error concerns: `fs::read(path).at(path)?`.
pub trait At<T> {
    fn at(self, path: &Path) -> Result<T>;
}

impl<T> At<T> for io::Result<T> {
    fn at(self, path: &Path) -> Result<T> {
        self.map_err(|source| Error::Io { path: path.to_owned(), source })
    }
}
