//! What is special to the security integration service: looking security groups up by
//! distinguished name, and what a group governs.

use integration_daemon_api::family;
use integration_daemon_api::{ElementStub, Paging, RelatedElementsQuery, RelationshipEnd, Result};

use crate::generated::{SecurityGroupElement, SecurityGroupProperties, SecurityIntegratorClient, kinds};

pub(crate) async fn get_security_groups_for_distinguished_name(
    client: &SecurityIntegratorClient,
    distinguished_name: &str,
    start_from: u32,
    page_size: u32,
) -> Result<Vec<SecurityGroupElement>> {
    family::find_by_property::<SecurityGroupProperties>(
        &client.core,
        &kinds::SECURITY_GROUP,
        "distinguishedName",
        distinguished_name,
        start_from,
        page_size,
    )
    .await
}

pub(crate) async fn get_elements_governed_by_security_group(
    client: &SecurityIntegratorClient,
    security_group_guid: &str,
    start_from: u32,
    page_size: u32,
) -> Result<Vec<ElementStub>> {
    const METHOD: &str = "getElementsGovernedBySecurityGroup";
    family::fetch(&client.core, &kinds::SECURITY_GROUP, METHOD, security_group_guid).await?;
    let query = RelatedElementsQuery {
        starting_at_end: RelationshipEnd::End2,
        paging: Paging { start_from, page_size },
        ..RelatedElementsQuery::new(security_group_guid, Some("GovernedBy"))
    };
    Ok(client.core.get_related_elements(&query).await?.iter().map(|related| related.element.stub()).collect())
}
