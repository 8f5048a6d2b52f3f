//! Shared helpers for turning raw JSON fields into checked values.

use crate::error::{DataError, Place};

/// A checked value plus what was skipped on the way, for the developer console.
#[derive(Clone, Debug, PartialEq)]
pub struct Parsed<T> {
    pub value: T,
    pub warnings: Vec<String>,
}

/// A required text field: absent, null or only white space counts as missing.
pub(crate) fn required_text(
    value: Option<String>,
    place: Place,
    field: &'static str,
) -> Result<String, DataError> {
    value.filter(|v| !v.trim().is_empty()).ok_or(DataError::Missing { place, field })
}

/// An optional text field: an empty string is the same as none.
pub(crate) fn optional_text(value: Option<String>) -> Option<String> {
    value.filter(|v| !v.trim().is_empty())
}
