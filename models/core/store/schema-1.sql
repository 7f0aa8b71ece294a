-- Tessera store, schema version 1. Applied by Store::migrate() inside one transaction.
CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    location TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE TABLE domains (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE teams (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE people (id INTEGER PRIMARY KEY, username TEXT NOT NULL UNIQUE);
CREATE TABLE team_members (
    team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    role TEXT,
    PRIMARY KEY (team_id, person_id)
);
CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    external_id TEXT NOT NULL,
    name TEXT NOT NULL,
    domain_id INTEGER REFERENCES domains(id),
    status TEXT,
    description TEXT,
    owner TEXT,
    tags TEXT,
    document TEXT,
    file_path TEXT,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (source_id, external_id)
);
CREATE INDEX products_name ON products(name COLLATE NOCASE, id);
CREATE INDEX products_file ON products(source_id, file_path);
CREATE TABLE product_ports (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    direction TEXT NOT NULL CHECK (direction IN ('input', 'output')),
    name TEXT,
    version TEXT,
    contract_external_id TEXT,
    type TEXT
);
CREATE INDEX product_ports_product ON product_ports(product_id);
CREATE INDEX product_ports_contract ON product_ports(contract_external_id);
CREATE TABLE contracts (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    external_id TEXT NOT NULL,
    version TEXT NOT NULL,
    name TEXT,
    domain_id INTEGER REFERENCES domains(id),
    status TEXT,
    data_product TEXT,
    api_version TEXT,
    owner TEXT,
    tags TEXT,
    original_text TEXT NOT NULL,
    format TEXT NOT NULL,
    document TEXT,
    file_path TEXT,
    valid INTEGER NOT NULL DEFAULT 1,
    errors INTEGER NOT NULL DEFAULT 0,
    warnings INTEGER NOT NULL DEFAULT 0,
    present INTEGER NOT NULL DEFAULT 1,
    imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (source_id, external_id, version)
);
CREATE INDEX contracts_external ON contracts(external_id);
CREATE INDEX contracts_file ON contracts(source_id, file_path);
CREATE TABLE datasets (
    id INTEGER PRIMARY KEY,
    namespace TEXT NOT NULL,
    name TEXT NOT NULL,
    contract_external_id TEXT,
    contract_version TEXT,
    schema_object TEXT,
    description TEXT,
    domain_id INTEGER REFERENCES domains(id),
    UNIQUE (namespace, name)
);
CREATE UNIQUE INDEX datasets_contract ON datasets(contract_external_id, contract_version, schema_object) WHERE contract_external_id IS NOT NULL;
CREATE TABLE columns (
    id INTEGER PRIMARY KEY,
    dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    logical_type TEXT,
    physical_type TEXT,
    description TEXT,
    classification TEXT,
    position INTEGER,
    UNIQUE (dataset_id, name)
);
CREATE TABLE jobs (id INTEGER PRIMARY KEY, namespace TEXT NOT NULL, name TEXT NOT NULL, UNIQUE (namespace, name));
CREATE TABLE lineage_edges (
    id INTEGER PRIMARY KEY,
    job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    input_dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    output_dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    source_id INTEGER REFERENCES sources(id) ON DELETE CASCADE,
    file_path TEXT,
    UNIQUE (job_id, input_dataset_id, output_dataset_id)
);
CREATE INDEX lineage_edges_input ON lineage_edges(input_dataset_id);
CREATE INDEX lineage_edges_output ON lineage_edges(output_dataset_id);
CREATE INDEX lineage_edges_file ON lineage_edges(source_id, file_path);
CREATE TABLE column_lineage (
    id INTEGER PRIMARY KEY,
    input_column_id INTEGER NOT NULL REFERENCES columns(id) ON DELETE CASCADE,
    output_column_id INTEGER NOT NULL REFERENCES columns(id) ON DELETE CASCADE,
    transformation_type TEXT,
    transformation_subtype TEXT,
    source_id INTEGER REFERENCES sources(id) ON DELETE CASCADE,
    file_path TEXT,
    UNIQUE (input_column_id, output_column_id)
);
CREATE INDEX column_lineage_output ON column_lineage(output_column_id);
CREATE INDEX column_lineage_file ON column_lineage(source_id, file_path);
CREATE TABLE sla_measurements (
    contract_external_id TEXT NOT NULL,
    property TEXT NOT NULL,
    time TEXT NOT NULL,
    value REAL,
    unit TEXT,
    target REAL,
    met INTEGER,
    source_id INTEGER REFERENCES sources(id) ON DELETE CASCADE,
    file_path TEXT,
    PRIMARY KEY (contract_external_id, property, time)
) WITHOUT ROWID;
CREATE TABLE quality_results (
    contract_external_id TEXT NOT NULL,
    schema_object TEXT NOT NULL,
    property TEXT NOT NULL DEFAULT '',
    rule TEXT NOT NULL,
    time TEXT NOT NULL,
    value REAL,
    passed INTEGER,
    source_id INTEGER REFERENCES sources(id) ON DELETE CASCADE,
    file_path TEXT,
    PRIMARY KEY (contract_external_id, schema_object, property, rule, time)
) WITHOUT ROWID;
CREATE TABLE drafts (
    id INTEGER PRIMARY KEY,
    contract_external_id TEXT,
    base_version TEXT,
    text TEXT NOT NULL,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    draft_id INTEGER REFERENCES drafts(id),
    source_id INTEGER REFERENCES sources(id),
    operation TEXT NOT NULL,
    payload TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE TABLE sync_cursors (
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    entity TEXT NOT NULL,
    cursor TEXT,
    etag TEXT,
    updated_at TEXT,
    PRIMARY KEY (source_id, entity)
);
CREATE TABLE files (
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    size INTEGER,
    mtime INTEGER,
    kind TEXT,
    problems TEXT,
    PRIMARY KEY (source_id, path)
);
-- Search: one row per product, contract (latest version) and dataset. search_docs holds the facets.
CREATE TABLE search_docs (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    ref TEXT NOT NULL,
    title TEXT,
    domain TEXT,
    owner TEXT,
    status TEXT,
    source TEXT,
    UNIQUE (kind, ref)
);
CREATE INDEX search_docs_domain ON search_docs(domain);
CREATE INDEX search_docs_title ON search_docs(title COLLATE NOCASE);
CREATE TABLE search_tags (doc_id INTEGER NOT NULL REFERENCES search_docs(id) ON DELETE CASCADE, facet TEXT NOT NULL, value TEXT NOT NULL);
CREATE INDEX search_tags_doc ON search_tags(doc_id);
CREATE INDEX search_tags_value ON search_tags(facet, value);
CREATE VIRTUAL TABLE search_fts USING fts5(
    name, description, tags, columns, owner, domain,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);
-- Rank by bm25 with the name weighing most, then tags, columns, owner, domain, description.
INSERT INTO search_fts(search_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0, 3.0, 2.0, 2.0, 2.0)');
