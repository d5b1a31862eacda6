//! The error type of omis, modelled on Egeria's checked exceptions.
//!
//! Egeria reports every failure as one of a few exception classes (invalid parameter, user not
//! authorized, property server, connector checked, connection checked). Each carries a message
//! built from a typed definition: a message id such as `OMIS-INTEGRATION-DAEMON-API-400-003`,
//! an HTTP code, a text with `{0}`-style parameters, a system action and a user action. Over REST
//! they travel in the FFDC envelope (see [`crate::FfdcResponse`]).

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

/// `Result` with [`OmisError`] as the error type.
pub type Result<T, E = OmisError> = std::result::Result<T, E>;

/// The kind of an error: which Egeria exception class it corresponds to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A parameter, request or configuration value is wrong (Egeria `InvalidParameterException`).
    InvalidParameter,
    /// The caller may not do this (Egeria `UserNotAuthorizedException`).
    UserNotAuthorized,
    /// The repository or a server it depends on failed (Egeria `PropertyServerException`).
    PropertyServer,
    /// A connector failed while doing its work (OCF `ConnectorCheckedException`).
    ConnectorChecked,
    /// A connection could not be turned into a connector (OCF `ConnectionCheckedException`).
    ConnectionChecked,
}

impl ErrorKind {
    /// All kinds, in declaration order.
    pub const ALL: [ErrorKind; 5] = [
        ErrorKind::InvalidParameter,
        ErrorKind::UserNotAuthorized,
        ErrorKind::PropertyServer,
        ErrorKind::ConnectorChecked,
        ErrorKind::ConnectionChecked,
    ];

    /// The fully qualified Java class name Egeria 6 puts in `exceptionClassName`.
    pub fn exception_class_name(self) -> &'static str {
        match self {
            ErrorKind::InvalidParameter => {
                "org.odpi.openmetadata.frameworks.openmetadata.ffdc.InvalidParameterException"
            }
            ErrorKind::UserNotAuthorized => {
                "org.odpi.openmetadata.frameworks.openmetadata.ffdc.UserNotAuthorizedException"
            }
            ErrorKind::PropertyServer => "org.odpi.openmetadata.frameworks.openmetadata.ffdc.PropertyServerException",
            ErrorKind::ConnectorChecked => "org.odpi.openmetadata.frameworks.connectors.ffdc.ConnectorCheckedException",
            ErrorKind::ConnectionChecked => {
                "org.odpi.openmetadata.frameworks.connectors.ffdc.ConnectionCheckedException"
            }
        }
    }

    /// Recognises an `exceptionClassName` from any Egeria generation by its simple class name.
    pub fn from_exception_class_name(class_name: &str) -> Option<ErrorKind> {
        let simple = class_name.rsplit('.').next().unwrap_or(class_name);
        ErrorKind::ALL
            .into_iter()
            .find(|kind| kind.exception_class_name().rsplit('.').next().is_some_and(|name| name == simple))
    }
}

/// The typed definition of an error message (Egeria's `ExceptionMessageDefinition`).
///
/// Definitions are constants; parameters are filled in when the error is raised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ErrorMessageDefinition {
    /// The kind of exception this message is raised as.
    pub kind: ErrorKind,
    /// Message id, `<COMPONENT>-<http>-<nnn>`.
    pub id: &'static str,
    /// The HTTP code that goes into `relatedHTTPCode`.
    pub http_code: u16,
    /// The message text with `{0}`, `{1}`, ... placeholders.
    pub text: &'static str,
    /// What the system did about it.
    pub system_action: &'static str,
    /// What the user should do about it.
    pub user_action: &'static str,
}

impl ErrorMessageDefinition {
    /// Builds the error with its parameters filled in.
    pub fn error(&self, params: &[&dyn fmt::Display]) -> OmisError {
        OmisError::new(self, params)
    }
}

/// Fills `{0}`, `{1}`, ... in a message template.
///
/// Placeholders without a parameter are left as they are, so a short parameter list is visible
/// in the message rather than silently hidden.
pub fn format_message(template: &str, params: &[String]) -> String {
    let mut out = String::with_capacity(template.len() + params.iter().map(String::len).sum::<usize>());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        match after[..close].parse::<usize>().ok().and_then(|i| params.get(i)) {
            Some(param) => out.push_str(param),
            None => out.push_str(&rest[open..=open + 1 + close]),
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

/// Everything Egeria reports about a failure (the fields of `OCFCheckedExceptionBase`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorDetail {
    /// The message id, e.g. `OMIS-INTEGRATION-DAEMON-API-400-003`.
    pub message_id: String,
    /// The formatted message text.
    pub message: String,
    /// The parameters that were put into the text.
    pub parameters: Vec<String>,
    /// The HTTP code of the failure (`relatedHTTPCode`).
    pub http_code: u16,
    /// What the system did.
    pub system_action: String,
    /// What the user should do.
    pub user_action: String,
    /// The operation that was running, when known.
    pub action_description: Option<String>,
    /// Extra properties, e.g. `parameterName` or `userId`.
    pub properties: BTreeMap<String, String>,
    /// The message of the error that caused this one, when there was one.
    pub caused_by: Option<String>,
}

impl fmt::Display for ErrorDetail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.message_id, self.message)?;
        if let Some(cause) = &self.caused_by {
            write!(f, " (caused by: {cause})")?;
        }
        Ok(())
    }
}

/// The error of every omis operation.
///
/// Each variant is one of Egeria's exception kinds and carries the full [`ErrorDetail`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum OmisError {
    /// A parameter, request or configuration value is wrong.
    #[error("{0}")]
    InvalidParameter(Box<ErrorDetail>),
    /// The caller may not do this: another source owns the element, the permitted
    /// synchronization forbids the write, or the context is disconnected.
    #[error("{0}")]
    UserNotAuthorized(Box<ErrorDetail>),
    /// The repository or a server it depends on failed.
    #[error("{0}")]
    PropertyServer(Box<ErrorDetail>),
    /// A connector failed while doing its work.
    #[error("{0}")]
    ConnectorChecked(Box<ErrorDetail>),
    /// A connection could not be turned into a connector.
    #[error("{0}")]
    ConnectionChecked(Box<ErrorDetail>),
}

impl OmisError {
    /// Raises the message `definition` with `params` filled in (in its text and actions).
    pub fn new(definition: &ErrorMessageDefinition, params: &[&dyn fmt::Display]) -> OmisError {
        let parameters: Vec<String> = params.iter().map(ToString::to_string).collect();
        let detail = ErrorDetail {
            message_id: definition.id.to_owned(),
            message: format_message(definition.text, &parameters),
            system_action: format_message(definition.system_action, &parameters),
            user_action: format_message(definition.user_action, &parameters),
            parameters,
            http_code: definition.http_code,
            action_description: None,
            properties: BTreeMap::new(),
            caused_by: None,
        };
        OmisError::from_detail(definition.kind, detail)
    }

    /// Builds an error of `kind` from a complete detail (used when decoding a remote error).
    pub fn from_detail(kind: ErrorKind, detail: ErrorDetail) -> OmisError {
        let detail = Box::new(detail);
        match kind {
            ErrorKind::InvalidParameter => OmisError::InvalidParameter(detail),
            ErrorKind::UserNotAuthorized => OmisError::UserNotAuthorized(detail),
            ErrorKind::PropertyServer => OmisError::PropertyServer(detail),
            ErrorKind::ConnectorChecked => OmisError::ConnectorChecked(detail),
            ErrorKind::ConnectionChecked => OmisError::ConnectionChecked(detail),
        }
    }

    /// The kind of the error.
    pub fn kind(&self) -> ErrorKind {
        match self {
            OmisError::InvalidParameter(_) => ErrorKind::InvalidParameter,
            OmisError::UserNotAuthorized(_) => ErrorKind::UserNotAuthorized,
            OmisError::PropertyServer(_) => ErrorKind::PropertyServer,
            OmisError::ConnectorChecked(_) => ErrorKind::ConnectorChecked,
            OmisError::ConnectionChecked(_) => ErrorKind::ConnectionChecked,
        }
    }

    /// Everything known about the failure.
    pub fn detail(&self) -> &ErrorDetail {
        match self {
            OmisError::InvalidParameter(detail)
            | OmisError::UserNotAuthorized(detail)
            | OmisError::PropertyServer(detail)
            | OmisError::ConnectorChecked(detail)
            | OmisError::ConnectionChecked(detail) => detail,
        }
    }

    fn detail_mut(&mut self) -> &mut ErrorDetail {
        match self {
            OmisError::InvalidParameter(detail)
            | OmisError::UserNotAuthorized(detail)
            | OmisError::PropertyServer(detail)
            | OmisError::ConnectorChecked(detail)
            | OmisError::ConnectionChecked(detail) => detail,
        }
    }

    /// The Egeria message id.
    pub fn message_id(&self) -> &str {
        &self.detail().message_id
    }

    /// The formatted message, without the id.
    pub fn message(&self) -> &str {
        &self.detail().message
    }

    /// The HTTP code of the failure.
    pub fn http_code(&self) -> u16 {
        self.detail().http_code
    }

    /// True when the element or thing asked for does not exist (HTTP code 404).
    pub fn is_not_found(&self) -> bool {
        self.http_code() == 404
    }

    /// True when trying again later may succeed: a repository or server failure with a
    /// server-side HTTP code (5xx other than 501) or 429. Bad parameters, refusals and
    /// connector failures are not retried.
    pub fn is_retryable(&self) -> bool {
        matches!(self.kind(), ErrorKind::PropertyServer) && matches!(self.http_code(), 429 | 500 | 502 | 503 | 504)
    }

    /// Names the parameter that was wrong (`exceptionProperties.parameterName`).
    #[must_use]
    pub fn with_parameter_name(self, name: impl Into<String>) -> OmisError {
        self.with_property("parameterName", name)
    }

    /// Adds a property to `exceptionProperties`.
    #[must_use]
    pub fn with_property(mut self, key: impl Into<String>, value: impl Into<String>) -> OmisError {
        self.detail_mut().properties.insert(key.into(), value.into());
        self
    }

    /// Records the operation that was running (`actionDescription`).
    #[must_use]
    pub fn with_action(mut self, action: impl Into<String>) -> OmisError {
        self.detail_mut().action_description = Some(action.into());
        self
    }

    /// Records the error that caused this one (`exceptionCausedBy`).
    #[must_use]
    pub fn with_cause(mut self, cause: &dyn std::error::Error) -> OmisError {
        self.detail_mut().caused_by = Some(cause.to_string());
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: ErrorMessageDefinition = ErrorMessageDefinition {
        kind: ErrorKind::InvalidParameter,
        id: "OMIS-TEST-400-001",
        http_code: 400,
        text: "The value {0} of {1} is wrong",
        system_action: "The request is refused.",
        user_action: "Correct the value.",
    };

    #[test]
    fn formats_parameters_in_any_order_and_keeps_missing_ones() {
        let params = vec!["a".to_owned(), "b".to_owned()];
        assert_eq!(format_message("{1}-{0}-{1}", &params), "b-a-b");
        assert_eq!(format_message("{0} {2} {x} {", &params), "a {2} {x} {");
        assert_eq!(format_message("no placeholders", &params), "no placeholders");
    }

    #[test]
    fn error_carries_definition_and_parameters() {
        let error = SAMPLE.error(&[&42, &"port"]).with_parameter_name("port");
        assert_eq!(error.kind(), ErrorKind::InvalidParameter);
        assert_eq!(error.message_id(), "OMIS-TEST-400-001");
        assert_eq!(error.message(), "The value 42 of port is wrong");
        assert_eq!(error.detail().parameters, vec!["42", "port"]);
        assert_eq!(error.detail().properties["parameterName"], "port");
        assert_eq!(error.to_string(), "OMIS-TEST-400-001 The value 42 of port is wrong");
        assert!(!error.is_retryable());
    }

    #[test]
    fn only_server_failures_are_retryable() {
        let server =
            |code| ErrorMessageDefinition { kind: ErrorKind::PropertyServer, http_code: code, ..SAMPLE }.error(&[]);
        assert!(server(503).is_retryable());
        assert!(server(429).is_retryable());
        assert!(!server(501).is_retryable());
        assert!(!server(400).is_retryable());
        let refused = ErrorMessageDefinition { kind: ErrorKind::UserNotAuthorized, http_code: 503, ..SAMPLE };
        assert!(!refused.error(&[]).is_retryable());
    }

    #[test]
    fn class_names_round_trip_including_older_packages() {
        for kind in ErrorKind::ALL {
            assert_eq!(ErrorKind::from_exception_class_name(kind.exception_class_name()), Some(kind));
        }
        assert_eq!(
            ErrorKind::from_exception_class_name(
                "org.odpi.openmetadata.frameworks.connectors.ffdc.InvalidParameterException"
            ),
            Some(ErrorKind::InvalidParameter)
        );
        assert_eq!(ErrorKind::from_exception_class_name("java.lang.NullPointerException"), None);
    }
}
