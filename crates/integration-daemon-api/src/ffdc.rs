//! Egeria's REST response envelope (`FFDCResponseBase`, egeria-wire.md §2.3).
//!
//! Every Egeria response carries a `class` discriminator and `relatedHTTPCode`. Business errors are
//! sent with HTTP 200 and the FFDC fields filled in; nulls are omitted.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::error::{ErrorDetail, ErrorKind, OmisError};

fn http_ok() -> u16 {
    200
}

/// The FFDC fields shared by every Egeria response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FfdcResponse {
    /// The response class, e.g. `VoidResponse` or `GUIDResponse`.
    #[serde(rename = "class", default, skip_serializing_if = "Option::is_none")]
    pub class: Option<String>,
    /// 200 on success; the error's HTTP code otherwise.
    #[serde(rename = "relatedHTTPCode", default = "http_ok")]
    pub related_http_code: u16,
    /// The Java class name of the exception.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exception_class_name: Option<String>,
    /// A more specific class name (newer Egeria builds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exception_subclass_name: Option<String>,
    /// The message of the underlying cause.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exception_caused_by: Option<String>,
    /// The operation that failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action_description: Option<String>,
    /// The formatted error message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exception_error_message: Option<String>,
    /// The message id, e.g. `OMIS-INTEGRATION-DAEMON-400-031`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exception_error_message_id: Option<String>,
    /// The parameters of the message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exception_error_message_parameters: Option<Vec<String>>,
    /// What the system did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exception_system_action: Option<String>,
    /// What the user should do.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exception_user_action: Option<String>,
    /// Extra properties such as `parameterName`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exception_properties: Option<BTreeMap<String, serde_json::Value>>,
    /// The request id echoed by newer Egeria servers.
    #[serde(rename = "requestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl FfdcResponse {
    /// A successful response of the given class.
    pub fn ok(class: impl Into<String>) -> FfdcResponse {
        FfdcResponse {
            class: Some(class.into()),
            related_http_code: 200,
            exception_class_name: None,
            exception_subclass_name: None,
            exception_caused_by: None,
            action_description: None,
            exception_error_message: None,
            exception_error_message_id: None,
            exception_error_message_parameters: None,
            exception_system_action: None,
            exception_user_action: None,
            exception_properties: None,
            request_id: None,
        }
    }

    /// The envelope that reports `error` in a response of the given class.
    pub fn from_error(class: impl Into<String>, error: &OmisError) -> FfdcResponse {
        let detail = error.detail();
        FfdcResponse {
            related_http_code: detail.http_code,
            exception_class_name: Some(error.kind().exception_class_name().to_owned()),
            exception_caused_by: detail.caused_by.clone(),
            action_description: detail.action_description.clone(),
            exception_error_message: Some(detail.message.clone()),
            exception_error_message_id: Some(detail.message_id.clone()),
            exception_error_message_parameters: Some(detail.parameters.clone()),
            exception_system_action: Some(detail.system_action.clone()),
            exception_user_action: Some(detail.user_action.clone()),
            exception_properties: (!detail.properties.is_empty()).then(|| {
                detail
                    .properties
                    .iter()
                    .map(|(key, value)| (key.clone(), serde_json::Value::String(value.clone())))
                    .collect()
            }),
            ..FfdcResponse::ok(class)
        }
    }

    /// True when the envelope reports an error.
    pub fn is_error(&self) -> bool {
        self.related_http_code != 200 || self.exception_class_name.is_some()
    }

    /// The error the envelope reports, if any.
    ///
    /// An unrecognised exception class becomes a property-server error, so nothing is lost.
    pub fn to_error(&self) -> Option<OmisError> {
        if !self.is_error() {
            return None;
        }
        let kind = self
            .exception_class_name
            .as_deref()
            .and_then(ErrorKind::from_exception_class_name)
            .unwrap_or(ErrorKind::PropertyServer);
        let properties = self
            .exception_properties
            .iter()
            .flatten()
            .map(|(key, value)| {
                let text = match value {
                    serde_json::Value::String(text) => text.clone(),
                    other => other.to_string(),
                };
                (key.clone(), text)
            })
            .collect();
        let detail = ErrorDetail {
            message_id: self
                .exception_error_message_id
                .clone()
                .unwrap_or_else(|| format!("HTTP-{}", self.related_http_code)),
            message: self.exception_error_message.clone().unwrap_or_else(|| {
                self.exception_class_name
                    .clone()
                    .unwrap_or_else(|| "The server reported an error without a message".into())
            }),
            parameters: self.exception_error_message_parameters.clone().unwrap_or_default(),
            http_code: if self.related_http_code == 200 { 500 } else { self.related_http_code },
            system_action: self.exception_system_action.clone().unwrap_or_default(),
            user_action: self.exception_user_action.clone().unwrap_or_default(),
            action_description: self.action_description.clone(),
            properties,
            caused_by: self.exception_caused_by.clone(),
        };
        Some(OmisError::from_detail(kind, detail))
    }

    /// `Ok(())` for a success envelope, the reported error otherwise.
    pub fn into_result(self) -> Result<(), OmisError> {
        match self.to_error() {
            Some(error) => Err(error),
            None => Ok(()),
        }
    }
}

/// An Egeria response: the FFDC envelope plus a payload whose fields sit beside it at the top level
/// (e.g. `guid` in a `GUIDResponse`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseEnvelope<T> {
    /// The `class`, `relatedHTTPCode` and FFDC fields.
    #[serde(flatten)]
    pub header: FfdcResponse,
    /// The payload fields.
    #[serde(flatten)]
    pub body: T,
}

impl<T> ResponseEnvelope<T> {
    /// A successful response.
    pub fn ok(class: impl Into<String>, body: T) -> ResponseEnvelope<T> {
        ResponseEnvelope { header: FfdcResponse::ok(class), body }
    }

    /// The payload, or the error the envelope reports.
    pub fn into_result(self) -> Result<T, OmisError> {
        match self.header.to_error() {
            Some(error) => Err(error),
            None => Ok(self.body),
        }
    }
}

impl<T: Default> ResponseEnvelope<T> {
    /// A response that reports `error`, with an empty payload.
    pub fn error(class: impl Into<String>, error: &OmisError) -> ResponseEnvelope<T> {
        ResponseEnvelope { header: FfdcResponse::from_error(class, error), body: T::default() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorMessageDefinition;
    use serde_json::json;

    const UNKNOWN_CONNECTOR: ErrorMessageDefinition = ErrorMessageDefinition {
        kind: ErrorKind::InvalidParameter,
        id: "INTEGRATION-DAEMON-SERVICES-400-031",
        http_code: 400,
        text: "Unknown integration connector {0}",
        system_action: "The request is rejected.",
        user_action: "Check the connector name.",
    };

    #[test]
    fn success_envelope_has_class_and_code_only() {
        let value = serde_json::to_value(FfdcResponse::ok("VoidResponse")).unwrap();
        assert_eq!(value, json!({"class": "VoidResponse", "relatedHTTPCode": 200}));
    }

    #[test]
    fn error_envelope_uses_egeria_field_names() {
        let error =
            UNKNOWN_CONNECTOR.error(&[&"X"]).with_parameter_name("connectorName").with_action("refreshConnector");
        let value = serde_json::to_value(FfdcResponse::from_error("VoidResponse", &error)).unwrap();
        assert_eq!(
            value,
            json!({
                "class": "VoidResponse",
                "relatedHTTPCode": 400,
                "exceptionClassName": "org.odpi.openmetadata.frameworks.openmetadata.ffdc.InvalidParameterException",
                "actionDescription": "refreshConnector",
                "exceptionErrorMessage": "Unknown integration connector X",
                "exceptionErrorMessageId": "INTEGRATION-DAEMON-SERVICES-400-031",
                "exceptionErrorMessageParameters": ["X"],
                "exceptionSystemAction": "The request is rejected.",
                "exceptionUserAction": "Check the connector name.",
                "exceptionProperties": {"parameterName": "connectorName"}
            })
        );
    }

    #[test]
    fn error_round_trips_through_the_envelope() {
        let error = UNKNOWN_CONNECTOR.error(&[&"X"]).with_parameter_name("connectorName");
        let text = serde_json::to_string(&FfdcResponse::from_error("VoidResponse", &error)).unwrap();
        let back: FfdcResponse = serde_json::from_str(&text).unwrap();
        assert_eq!(back.to_error(), Some(error));
    }

    #[test]
    fn decodes_a_recorded_egeria_error_with_unknown_fields() {
        let recorded = json!({
            "class": "OpenMetadataRootElementResponse",
            "relatedHTTPCode": 404,
            "exceptionClassName": "org.odpi.openmetadata.frameworks.openmetadata.ffdc.InvalidParameterException",
            "exceptionErrorMessage": "OMAG-REPOSITORY-HANDLER-404-001 The guid 123 is not known",
            "exceptionErrorMessageId": "OMAG-REPOSITORY-HANDLER-404-001",
            "exceptionErrorMessageParameters": ["123"],
            "exceptionProperties": {"guid": "123", "count": 1},
            "requestId": "r-1",
            "somethingNew": true
        });
        let envelope: FfdcResponse = serde_json::from_value(recorded).unwrap();
        let error = envelope.to_error().unwrap();
        assert!(error.is_not_found());
        assert_eq!(error.kind(), ErrorKind::InvalidParameter);
        assert_eq!(error.detail().properties["guid"], "123");
        assert_eq!(error.detail().properties["count"], "1");
    }

    #[test]
    fn unknown_exception_class_becomes_property_server_error() {
        let envelope: FfdcResponse = serde_json::from_value(json!({
            "class": "VoidResponse",
            "relatedHTTPCode": 500,
            "exceptionClassName": "java.lang.NullPointerException"
        }))
        .unwrap();
        let error = envelope.into_result().unwrap_err();
        assert_eq!(error.kind(), ErrorKind::PropertyServer);
        assert_eq!(error.message(), "java.lang.NullPointerException");
    }

    #[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
    struct Guid {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        guid: Option<String>,
    }

    #[test]
    fn payload_sits_beside_the_envelope_fields() {
        let response = ResponseEnvelope::ok("GUIDResponse", Guid { guid: Some("g-1".into()) });
        assert_eq!(
            serde_json::to_value(&response).unwrap(),
            json!({"class": "GUIDResponse", "relatedHTTPCode": 200, "guid": "g-1"})
        );
        let error = UNKNOWN_CONNECTOR.error(&[&"X"]);
        let failed: ResponseEnvelope<Guid> = ResponseEnvelope::error("GUIDResponse", &error);
        let text = serde_json::to_string(&failed).unwrap();
        assert!(!text.contains("\"guid\""));
        let back: ResponseEnvelope<Guid> = serde_json::from_str(&text).unwrap();
        assert_eq!(back.into_result(), Err(error));
    }
}
