//! Errors that name what went wrong and where.

use std::fmt;

/// An input that HireLens refuses, with the path of the offending field.
///
/// `field` uses the JSON path of the data contract (`employment[2].start`);
/// `document` is the position of the document in a batch (0-based) when the
/// input was a batch, and `id` its `id` when it had one.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct InputError {
    pub field: String,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

impl InputError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        InputError {
            field: field.into(),
            message: message.into(),
            document: None,
            id: None,
        }
    }

    /// Attach the position (and id, if known) of the document in a batch.
    pub fn in_document(mut self, index: usize, id: Option<&str>) -> Self {
        self.document = Some(index);
        self.id = id.map(str::to_owned);
        self
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(i) = self.document {
            write!(f, "document {}", i + 1)?;
            if let Some(id) = &self.id {
                write!(f, " (id {id:?})")?;
            }
            f.write_str(": ")?;
        }
        if self.field.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.field, self.message)
        }
    }
}

impl std::error::Error for InputError {}
