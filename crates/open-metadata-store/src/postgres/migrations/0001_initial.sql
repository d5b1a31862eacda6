-- omis repository schema, version 1 (PostgreSQL). Same tables and meanings as the SQLite schema;
-- every integer is BIGINT, properties are JSONB, and id columns give the insertion order.

CREATE TABLE elements (
    id              BIGSERIAL UNIQUE,
    guid            TEXT PRIMARY KEY NOT NULL,
    type_name       TEXT NOT NULL,
    status          TEXT NOT NULL,
    properties      JSONB NOT NULL,
    qualified_name  TEXT,
    search_text     TEXT NOT NULL DEFAULT '',
    zones           TEXT,
    version         BIGINT NOT NULL,
    created_by      TEXT NOT NULL,
    create_time     BIGINT NOT NULL,
    updated_by      TEXT,
    update_time     BIGINT,
    origin_category TEXT NOT NULL,
    home_id         TEXT,
    home_name       TEXT,
    anchor_guid     TEXT,
    anchor_type     TEXT,
    parent_guid     TEXT,
    archived        BIGINT NOT NULL DEFAULT 0,
    effective_from  BIGINT,
    effective_to    BIGINT
);
CREATE UNIQUE INDEX elements_qualified_name ON elements (qualified_name);
CREATE INDEX elements_type ON elements (type_name, status);
CREATE INDEX elements_anchor ON elements (anchor_guid) WHERE anchor_guid IS NOT NULL;
CREATE INDEX elements_parent ON elements (parent_guid) WHERE parent_guid IS NOT NULL;
CREATE INDEX elements_home ON elements (home_id) WHERE home_id IS NOT NULL;

CREATE TABLE classifications (
    element_guid    TEXT NOT NULL,
    name            TEXT NOT NULL,
    properties      JSONB NOT NULL,
    version         BIGINT NOT NULL,
    created_by      TEXT NOT NULL,
    create_time     BIGINT NOT NULL,
    updated_by      TEXT,
    update_time     BIGINT,
    origin_category TEXT NOT NULL,
    home_id         TEXT,
    home_name       TEXT,
    PRIMARY KEY (element_guid, name)
);

CREATE TABLE relationships (
    id              BIGSERIAL UNIQUE,
    guid            TEXT PRIMARY KEY NOT NULL,
    type_name       TEXT NOT NULL,
    end1_guid       TEXT NOT NULL,
    end1_type       TEXT NOT NULL,
    end2_guid       TEXT NOT NULL,
    end2_type       TEXT NOT NULL,
    properties      JSONB NOT NULL,
    version         BIGINT NOT NULL,
    created_by      TEXT NOT NULL,
    create_time     BIGINT NOT NULL,
    updated_by      TEXT,
    update_time     BIGINT,
    origin_category TEXT NOT NULL,
    home_id         TEXT,
    home_name       TEXT,
    effective_from  BIGINT,
    effective_to    BIGINT
);
CREATE INDEX relationships_end1 ON relationships (end1_guid, type_name);
CREATE INDEX relationships_end2 ON relationships (end2_guid, type_name);

CREATE TABLE external_ids (
    scope_guid           TEXT NOT NULL,
    scope_name           TEXT,
    key                  TEXT NOT NULL,
    key_pattern          TEXT NOT NULL,
    element_guid         TEXT NOT NULL,
    element_type         TEXT NOT NULL,
    sync_scope           TEXT,
    usage                TEXT,
    source               TEXT,
    permitted_sync       TEXT NOT NULL,
    last_synchronized    BIGINT,
    fingerprint          TEXT,
    mapping_properties   TEXT,
    ext_type_name        TEXT,
    ext_created_by       TEXT,
    ext_creation_time    BIGINT,
    ext_last_updated_by  TEXT,
    ext_last_update_time BIGINT,
    ext_version          BIGINT,
    PRIMARY KEY (scope_guid, key, element_guid)
);
CREATE INDEX external_ids_element ON external_ids (element_guid);

CREATE TABLE change_log (
    sequence            BIGINT PRIMARY KEY,
    event_type          TEXT NOT NULL,
    event_time          BIGINT NOT NULL,
    user_id             TEXT NOT NULL,
    source_guid         TEXT,
    guid                TEXT NOT NULL,
    type_name           TEXT NOT NULL,
    classification_name TEXT,
    end1_guid           TEXT,
    end1_type           TEXT,
    end2_guid           TEXT,
    end2_type           TEXT,
    version             BIGINT NOT NULL
);

CREATE TABLE cursors (
    name     TEXT PRIMARY KEY NOT NULL,
    sequence BIGINT NOT NULL
);
