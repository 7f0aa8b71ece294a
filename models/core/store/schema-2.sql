-- Tessera store, schema version 2: facet filters inside FTS5. Applied by Store::migrate() inside one
-- transaction, after version 1.
--
-- Every facet value (kind, domain, owner, status, source, tag, classification) gets a short id. A search
-- document's facet values go into the FTS5 column "facets" as one token per value, so FTS5 itself intersects
-- typed words with facet filters. search_docs.facets holds the same tokens, so one read gives all of a
-- match's facet values.
-- A token spells the value's id in base 6400 with the characters U+E000..U+F8FF (private use: unicode61
-- keeps them as token characters, and nothing a user types contains them, so typed words never match a
-- facet token). Ids below 6400 are one character.
-- `docs` counts the documents that carry the value (kept by the writer), so the facet counts of the
-- whole catalog need no scan.
CREATE TABLE facet_values (
    id INTEGER PRIMARY KEY,
    facet TEXT NOT NULL,
    value TEXT NOT NULL,
    docs INTEGER NOT NULL DEFAULT 0,
    UNIQUE (facet, value)
);
INSERT INTO facet_values(facet, value, docs) SELECT 'kind', kind, count(*) FROM search_docs GROUP BY kind;
INSERT INTO facet_values(facet, value, docs)
    SELECT 'domain', coalesce(domain, ''), count(*) FROM search_docs GROUP BY 2;
INSERT INTO facet_values(facet, value, docs)
    SELECT 'owner', coalesce(owner, ''), count(*) FROM search_docs GROUP BY 2;
INSERT INTO facet_values(facet, value, docs)
    SELECT 'status', coalesce(status, ''), count(*) FROM search_docs GROUP BY 2;
INSERT INTO facet_values(facet, value, docs)
    SELECT 'source', coalesce(source, ''), count(*) FROM search_docs GROUP BY 2;
INSERT INTO facet_values(facet, value, docs)
    SELECT facet, value, count(DISTINCT doc_id) FROM search_tags GROUP BY facet, value;

-- The index again, with the facets column and longer prefix indexes: a prefix query longer than every
-- prefix index merges the doclists of all matching terms first, which is the slowest part of a keystroke
-- in a large store. Eight characters cover most typed words.
CREATE VIRTUAL TABLE search_index USING fts5(
    name, description, tags, columns, owner, domain, facets,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3 4 5 6 7 8'
);
INSERT INTO search_index(rowid, name, description, tags, columns, owner, domain, facets)
SELECT f.rowid, f.name, f.description, f.tags, f.columns, f.owner, f.domain,
    (SELECT group_concat(CASE
                WHEN v.id < 6400 THEN char(57344 + v.id)
                WHEN v.id < 40960000 THEN char(57344 + v.id / 6400, 57344 + v.id % 6400)
                ELSE char(57344 + v.id / 40960000, 57344 + v.id / 6400 % 6400, 57344 + v.id % 6400)
            END, ' ')
        FROM (SELECT id FROM facet_values WHERE facet = 'kind' AND value = d.kind
            UNION SELECT id FROM facet_values WHERE facet = 'domain' AND value = coalesce(d.domain, '')
            UNION SELECT id FROM facet_values WHERE facet = 'owner' AND value = coalesce(d.owner, '')
            UNION SELECT id FROM facet_values WHERE facet = 'status' AND value = coalesce(d.status, '')
            UNION SELECT id FROM facet_values WHERE facet = 'source' AND value = coalesce(d.source, '')
            UNION SELECT v.id FROM search_tags t JOIN facet_values v ON v.facet = t.facet AND v.value = t.value
                WHERE t.doc_id = d.id) v)
FROM search_fts f JOIN search_docs d ON d.id = f.rowid;
-- The same tokens beside each document: counting facets reads these narrow rows, not the index's content.
ALTER TABLE search_docs ADD COLUMN facets TEXT NOT NULL DEFAULT '';
UPDATE search_docs SET facets = coalesce((SELECT facets FROM search_index WHERE rowid = search_docs.id), '');
DROP TABLE search_fts;
ALTER TABLE search_index RENAME TO search_fts;
-- bm25 as in version 1; the facets column weighs nothing.
INSERT INTO search_fts(search_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0, 3.0, 2.0, 2.0, 2.0, 0.0)');
-- search_tags stays: the catalog reader filters products by tag with it.
