-- Tessera store, schema version 5: catalog endpoints and their sync. Applied by Store::migrate() inside one
-- transaction, after version 4.
--
-- * sources: a remote source (backstage, openmetadata, marquez) keeps its URL in `location` and its settings in
--   `settings` (JSON: the certificate trusted for it by fingerprint, page size). Never a token: tokens live in
--   the OS keychain. `sync_state` is the outcome of its last sync (ok, offline, failed, cancelled) with
--   `sync_message` (translated when written) and `synced_at` (UTC ISO 8601, last successful sync).
-- * files: for a remote source each row is one entity of the endpoint (`path` is its key, such as
--   "resource:default/orders-cleaned"), `etag` the version the endpoint gave: an unchanged etag is not fetched
--   again, a key no longer listed is removed with what it contributed.
-- * source_datasets: the datasets a source's entity describes (datasets are shared by every source: the same
--   namespace and name seen by two sources is one dataset). Their search documents go when no entity
--   describes them any more.
ALTER TABLE sources ADD COLUMN settings TEXT NOT NULL DEFAULT '{}';
ALTER TABLE sources ADD COLUMN sync_state TEXT NOT NULL DEFAULT '';
ALTER TABLE sources ADD COLUMN sync_message TEXT NOT NULL DEFAULT '';
ALTER TABLE sources ADD COLUMN synced_at TEXT;
ALTER TABLE files ADD COLUMN etag TEXT;
CREATE TABLE source_datasets (
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    file_path TEXT NOT NULL,
    dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    PRIMARY KEY (source_id, file_path, dataset_id)
) WITHOUT ROWID;
CREATE INDEX source_datasets_dataset ON source_datasets(dataset_id);
-- Two names of one dataset (an OpenMetadata table and the OpenLineage dataset a Marquez job wrote, say): kept
-- in both directions so a lookup needs one index.
CREATE TABLE dataset_links (
    dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    other_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    file_path TEXT NOT NULL,
    PRIMARY KEY (dataset_id, other_id, source_id, file_path)
) WITHOUT ROWID;
CREATE INDEX dataset_links_file ON dataset_links(source_id, file_path);
-- The endpoint's version of a contract when its change was queued: the push sends it as If-Match, so a contract
-- that changed on the endpoint since is a conflict, even when a later sync brought the newer version in.
ALTER TABLE outbox ADD COLUMN base_etag TEXT;
-- 'conflict': the endpoint's version moved; the change waits for the user (a new publish of its draft replaces
-- it) and is not sent again by itself.
ALTER TABLE outbox ADD COLUMN state TEXT NOT NULL DEFAULT '';
