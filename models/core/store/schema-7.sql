-- Tessera store, schema version 7: the review queue's decisions. Applied by Store::migrate() inside one
-- transaction, after version 6.
--
-- A contract version waits for review while its status is "proposed" (OpenMetadata's "In Review" is read as
-- that). A decision is kept per contract id and version, with a hash of the text decided on: when the text
-- changes after "changes requested", the version waits again. Decisions are kept locally first (offline);
-- push_state says whether the endpoint the contract came from still has to hear of it:
--   local   the source cannot take decisions (a folder, Backstage, Marquez): kept here only;
--   pending the next sync of the source sends it;
--   sent    the endpoint has it;
--   failed  the endpoint refused it (push_message says why); not sent again by itself.
CREATE TABLE review_decisions (
    id INTEGER PRIMARY KEY,
    contract_external_id TEXT NOT NULL,
    version TEXT NOT NULL,
    verdict TEXT NOT NULL CHECK (verdict IN ('approved', 'changes-requested')),
    comment TEXT NOT NULL DEFAULT '',
    reviewer TEXT NOT NULL DEFAULT '',
    text_hash TEXT NOT NULL DEFAULT '',
    source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL,
    push_state TEXT NOT NULL DEFAULT 'local' CHECK (push_state IN ('local', 'pending', 'sent', 'failed')),
    push_message TEXT NOT NULL DEFAULT '',
    decided_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX review_decisions_contract ON review_decisions(contract_external_id, version);
CREATE INDEX review_decisions_pending ON review_decisions(source_id) WHERE push_state = 'pending';
