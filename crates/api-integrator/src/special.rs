//! What is special to the API integration service: an operation's parameter lists are its header,
//! request or response, and the relationship that attaches a list says which.

use integration_daemon_api::family::{self, EntitySpec, Placement};
use integration_daemon_api::{ElementRef, Guid, Result};
use serde::{Deserialize, Serialize};

use crate::generated::{
    APIParameterListElement, APIParameterListProperties, ApiIntegratorClient, ApiSynchronizer, kinds,
};

/// What a parameter list of an API operation is (Egeria's `APIParameterListType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ApiParameterListType {
    /// The operation's headers (`APIHeader`; an operation may have several).
    Header,
    /// The operation's request (`APIRequest`).
    Request,
    /// The operation's response (`APIResponse`).
    Response,
}

impl ApiParameterListType {
    /// Every list type, in Egeria's ordinal order.
    pub const ALL: [ApiParameterListType; 3] =
        [ApiParameterListType::Header, ApiParameterListType::Request, ApiParameterListType::Response];

    /// Egeria's ordinal.
    pub fn ordinal(self) -> i32 {
        match self {
            ApiParameterListType::Header => 0,
            ApiParameterListType::Request => 1,
            ApiParameterListType::Response => 2,
        }
    }

    /// The relationship that attaches a list of this type to its operation.
    pub fn relationship(self) -> &'static str {
        match self {
            ApiParameterListType::Header => "APIHeader",
            ApiParameterListType::Request => "APIRequest",
            ApiParameterListType::Response => "APIResponse",
        }
    }

    /// The kind description of lists of this type.
    fn spec(self) -> EntitySpec {
        EntitySpec {
            placement: Placement::Child {
                relationship: self.relationship(),
                parent_at_end1: true,
                own_anchor: false,
                required: true,
            },
            ..kinds::API_PARAMETER_LIST
        }
    }
}

pub(crate) async fn create_api_parameter_list(
    client: &ApiIntegratorClient,
    api_operation_guid: &str,
    list_type: ApiParameterListType,
    properties: APIParameterListProperties,
) -> Result<Guid> {
    family::create(&client.core, &list_type.spec(), "createAPIParameterList", Some(api_operation_guid), &properties)
        .await
}

pub(crate) async fn get_parameter_lists_for_api_operation(
    client: &ApiIntegratorClient,
    api_operation_guid: &str,
) -> Result<Vec<(ApiParameterListType, APIParameterListElement)>> {
    let mut lists = Vec::new();
    for list_type in ApiParameterListType::ALL {
        let found = family::list_for_parent::<APIParameterListProperties>(
            &client.core,
            &list_type.spec(),
            "getParameterListsForAPIOperation",
            api_operation_guid,
            0,
            0,
        )
        .await?;
        lists.extend(found.into_iter().map(|list| (list_type, list)));
    }
    Ok(lists)
}

impl ApiSynchronizer {
    /// Upserts a parameter list (`APIParameterList`) of the API operation `operation` (by key or
    /// GUID) — its header, request or response, attached by the relationship of `list_type` —
    /// identified by the third party's `key`. The list's parameters are then upserted under it.
    pub async fn upsert_api_parameter_list(
        &mut self,
        key: &str,
        operation: ElementRef,
        list_type: ApiParameterListType,
        properties: &APIParameterListProperties,
    ) -> Result<()> {
        self.typed().upsert_entity(&list_type.spec(), key, Some(operation), properties, Vec::new()).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_types_name_their_relationships() {
        let relationships: Vec<_> = ApiParameterListType::ALL.iter().map(|t| (t.ordinal(), t.relationship())).collect();
        assert_eq!(relationships, [(0, "APIHeader"), (1, "APIRequest"), (2, "APIResponse")]);
        assert_eq!(serde_json::to_string(&ApiParameterListType::Response).unwrap(), "\"RESPONSE\"");
    }
}
