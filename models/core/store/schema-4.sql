-- Tessera store, schema version 4: the contract designer's drafts. Applied by Store::migrate() inside one
-- transaction, after version 3.
--
-- * drafts: the working copy of each contract being designed, autosaved within a second of every edit. A
--   draft is named by draft_key (a UUID the editor picks), so that saving never waits for an id. `open`
--   marks drafts whose editor was open: the next start brings them back, also after a crash or a kill.
--   `origin` says where the contract came from ("file:/path", "store:contract-id", or empty for new).
-- * draft_versions: every draft the user saved explicitly (Save draft, Publish), kept for comparing.
ALTER TABLE drafts ADD COLUMN draft_key TEXT;
ALTER TABLE drafts ADD COLUMN origin TEXT NOT NULL DEFAULT '';
ALTER TABLE drafts ADD COLUMN open INTEGER NOT NULL DEFAULT 0;
UPDATE drafts SET draft_key = 'legacy-' || id WHERE draft_key IS NULL;
CREATE UNIQUE INDEX drafts_key ON drafts(draft_key);
CREATE INDEX drafts_open ON drafts(open) WHERE open = 1;

CREATE TABLE draft_versions (
    id INTEGER PRIMARY KEY,
    draft_key TEXT NOT NULL,
    contract_external_id TEXT,
    version TEXT,
    kind TEXT NOT NULL DEFAULT 'draft', -- draft (Save draft) or published
    text TEXT NOT NULL,
    saved_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX draft_versions_contract ON draft_versions(contract_external_id);
CREATE INDEX draft_versions_key ON draft_versions(draft_key);
