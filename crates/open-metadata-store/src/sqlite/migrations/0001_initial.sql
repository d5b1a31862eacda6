-- omis repository schema, version 1 (SQLite).
-- Times are epoch milliseconds; properties are plain JSON; qualified_name is set only while the
-- element is visible (not deleted, not archived), so the unique index frees a name on delete.

CREATE TABLE elements (
    guid            TEXT PRIMARY KEY NOT NULL,
    type_name       TEXT NOT NULL,
    status          TEXT NOT NULL,
    properties      TEXT NOT NULL,
    qualified_name  TEXT,
    search_text     TEXT NOT NULL DEFAULT '',
    zones           TEXT,
    version         INTEGER NOT NULL,
    created_by      TEXT NOT NULL,
    create_time     INTEGER NOT NULL,
    updated_by      TEXT,
    update_time     INTEGER,
    origin_category TEXT NOT NULL,
    home_id         TEXT,
    home_name       TEXT,
    anchor_guid     TEXT,
    anchor_type     TEXT,
    parent_guid     TEXT,
    archived        INTEGER NOT NULL DEFAULT 0,
    effective_from  INTEGER,
    effective_to    INTEGER
);
CREATE UNIQUE INDEX elements_qualified_name ON elements (qualified_name);
CREATE INDEX elements_type ON elements (type_name, status);
CREATE INDEX elements_anchor ON elements (anchor_guid) WHERE anchor_guid IS NOT NULL;
CREATE INDEX elements_parent ON elements (parent_guid) WHERE parent_guid IS NOT NULL;
CREATE INDEX elements_home ON elements (home_id) WHERE home_id IS NOT NULL;

-- The search index: trigrams of every string value (case-insensitive), kept in step by triggers.
-- detail=none keeps no positions: LIKE queries on it narrow by trigrams and then check the text,
-- and omis checks every candidate with the search's regular expression anyway.
CREATE VIRTUAL TABLE element_search USING fts5 (
    search_text, content = 'elements', content_rowid = 'rowid', tokenize = 'trigram', detail = 'none', columnsize = 0
);
-- Merge index segments less eagerly than FTS5's default (4): batches of thousands of rows then
-- spend less time rewriting the index; searches still take milliseconds.
INSERT INTO element_search (element_search, rank) VALUES ('automerge', 16);
CREATE TRIGGER elements_search_insert AFTER INSERT ON elements BEGIN
    INSERT INTO element_search (rowid, search_text) VALUES (new.rowid, new.search_text);
END;
CREATE TRIGGER elements_search_delete AFTER DELETE ON elements BEGIN
    INSERT INTO element_search (element_search, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
END;
CREATE TRIGGER elements_search_update AFTER UPDATE OF search_text ON elements
WHEN old.search_text IS NOT new.search_text BEGIN
    INSERT INTO element_search (element_search, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
    INSERT INTO element_search (rowid, search_text) VALUES (new.rowid, new.search_text);
END;

CREATE TABLE classifications (
    element_guid    TEXT NOT NULL,
    name            TEXT NOT NULL,
    properties      TEXT NOT NULL,
    version         INTEGER NOT NULL,
    created_by      TEXT NOT NULL,
    create_time     INTEGER NOT NULL,
    updated_by      TEXT,
    update_time     INTEGER,
    origin_category TEXT NOT NULL,
    home_id         TEXT,
    home_name       TEXT,
    PRIMARY KEY (element_guid, name)
) WITHOUT ROWID;

CREATE TABLE relationships (
    guid            TEXT PRIMARY KEY NOT NULL,
    type_name       TEXT NOT NULL,
    end1_guid       TEXT NOT NULL,
    end1_type       TEXT NOT NULL,
    end2_guid       TEXT NOT NULL,
    end2_type       TEXT NOT NULL,
    properties      TEXT NOT NULL,
    version         INTEGER NOT NULL,
    created_by      TEXT NOT NULL,
    create_time     INTEGER NOT NULL,
    updated_by      TEXT,
    update_time     INTEGER,
    origin_category TEXT NOT NULL,
    home_id         TEXT,
    home_name       TEXT,
    effective_from  INTEGER,
    effective_to    INTEGER
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
    last_synchronized    INTEGER,
    fingerprint          TEXT,
    mapping_properties   TEXT,
    ext_type_name        TEXT,
    ext_created_by       TEXT,
    ext_creation_time    INTEGER,
    ext_last_updated_by  TEXT,
    ext_last_update_time INTEGER,
    ext_version          INTEGER,
    PRIMARY KEY (scope_guid, key, element_guid)
) WITHOUT ROWID;
-- Clustered on (scope, key, element): lookups by key read one range, and a synchronization scope
-- is counted by scanning its source's rows in place, cheaper overall than one more index on
-- every write.
CREATE INDEX external_ids_element ON external_ids (element_guid);

-- The change log ("out topic"). AUTOINCREMENT: a sequence number is never reused.
CREATE TABLE change_log (
    sequence            INTEGER PRIMARY KEY AUTOINCREMENT,
    event_type          TEXT NOT NULL,
    event_time          INTEGER NOT NULL,
    user_id             TEXT NOT NULL,
    source_guid         TEXT,
    guid                TEXT NOT NULL,
    type_name           TEXT NOT NULL,
    classification_name TEXT,
    end1_guid           TEXT,
    end1_type           TEXT,
    end2_guid           TEXT,
    end2_type           TEXT,
    version             INTEGER NOT NULL
);

CREATE TABLE cursors (
    name     TEXT PRIMARY KEY NOT NULL,
    sequence INTEGER NOT NULL
);
