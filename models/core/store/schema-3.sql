-- Tessera store, schema version 3: OpenLineage runs recorded whole. Applied by Store::migrate() inside one
-- transaction, after version 2.
--
-- * Each file's lineage is its own rows: the identity of a dataset edge and of a column edge includes the
--   source and file that record it. Two files recording the same edge keep a row each, so a file read again
--   (or removed) takes away exactly what it recorded. Readers ask for DISTINCT edges.
-- * A dataset edge may lack one end: a run that wrote outputs with no input recorded is an edge job → output
--   (input_dataset_id NULL), a run that only read is an edge input → job (output_dataset_id NULL).
-- * Run times: eventTime as UTC ISO 8601, "2026-11-24T06:15:00Z" or with the fraction of a second the event
--   gave, digit for digit ("2026-06-01T21:13:29.598581Z"). Later times sort after earlier ones when compared
--   by substr(t, 1, 19) || rtrim(substr(t, 21), 'Z') (see runTimeLess() in store.h). lineage_edges.run_time
--   is the latest run of its file that recorded the edge; job_runs keeps the latest run of a job per file,
--   including runs that named no dataset (a COMPLETE event without inputs or outputs).
-- * Column edges keep every (type, subtype) of a column pair. A row with no output column is dataset-wide
--   (the column-lineage facet's `dataset` list: joins, filters, groupings, sorts): the input column affects
--   every column of output_dataset_id. output_dataset_id is set on every row.
CREATE TABLE lineage_edges_v3 (
    id INTEGER PRIMARY KEY,
    job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    input_dataset_id INTEGER REFERENCES datasets(id) ON DELETE CASCADE,
    output_dataset_id INTEGER REFERENCES datasets(id) ON DELETE CASCADE,
    run_time TEXT,
    source_id INTEGER REFERENCES sources(id) ON DELETE CASCADE,
    file_path TEXT,
    CHECK (input_dataset_id IS NOT NULL OR output_dataset_id IS NOT NULL)
);
INSERT INTO lineage_edges_v3(id, job_id, input_dataset_id, output_dataset_id, source_id, file_path)
    SELECT id, job_id, input_dataset_id, output_dataset_id, source_id, file_path FROM lineage_edges;
DROP TABLE lineage_edges;
ALTER TABLE lineage_edges_v3 RENAME TO lineage_edges;
CREATE UNIQUE INDEX lineage_edges_key ON lineage_edges(job_id, coalesce(input_dataset_id, 0),
    coalesce(output_dataset_id, 0), coalesce(source_id, 0), coalesce(file_path, ''));
CREATE INDEX lineage_edges_input ON lineage_edges(input_dataset_id);
CREATE INDEX lineage_edges_output ON lineage_edges(output_dataset_id);
CREATE INDEX lineage_edges_file ON lineage_edges(source_id, file_path);

CREATE TABLE column_lineage_v3 (
    id INTEGER PRIMARY KEY,
    input_column_id INTEGER NOT NULL REFERENCES columns(id) ON DELETE CASCADE,
    output_column_id INTEGER REFERENCES columns(id) ON DELETE CASCADE,
    output_dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    transformation_type TEXT NOT NULL DEFAULT '',
    transformation_subtype TEXT NOT NULL DEFAULT '',
    source_id INTEGER REFERENCES sources(id) ON DELETE CASCADE,
    file_path TEXT
);
INSERT INTO column_lineage_v3(id, input_column_id, output_column_id, output_dataset_id, transformation_type,
        transformation_subtype, source_id, file_path)
    SELECT cl.id, cl.input_column_id, cl.output_column_id, c.dataset_id, coalesce(cl.transformation_type, ''),
        coalesce(cl.transformation_subtype, ''), cl.source_id, cl.file_path
    FROM column_lineage cl JOIN columns c ON c.id = cl.output_column_id;
DROP TABLE column_lineage;
ALTER TABLE column_lineage_v3 RENAME TO column_lineage;
CREATE UNIQUE INDEX column_lineage_key ON column_lineage(input_column_id, coalesce(output_column_id, 0),
    output_dataset_id, transformation_type, transformation_subtype, coalesce(source_id, 0), coalesce(file_path, ''));
CREATE INDEX column_lineage_output ON column_lineage(output_column_id);
CREATE INDEX column_lineage_dataset ON column_lineage(output_dataset_id) WHERE output_column_id IS NULL;
CREATE INDEX column_lineage_file ON column_lineage(source_id, file_path);

CREATE TABLE job_runs (
    job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    file_path TEXT NOT NULL,
    run_time TEXT NOT NULL,
    PRIMARY KEY (job_id, source_id, file_path)
) WITHOUT ROWID;
CREATE INDEX job_runs_file ON job_runs(source_id, file_path);

-- Version 2 kept no run times, left out runs without inputs or outputs, kept one transformation per column
-- pair, dropped dataset-wide column lineage, skipped .json files holding an array of events, and left out
-- the whole of an event file with one bad line. Such files are read again by the next import (a size no
-- file has never matches); until then everything they gave stays as it is.
UPDATE files SET size = -1 WHERE kind IN ('lineage', 'other', 'measurements');
