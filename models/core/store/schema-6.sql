-- Tessera store, schema version 6: governance policy findings. Applied by Store::migrate() inside one
-- transaction, after version 5.
--
-- policy_findings holds the latest evaluation of the governance policies over the store (the app's governance
-- service writes it whole, in one transaction, after each import or sync): what the product pages show. The
-- policies themselves are code and an organisation's policy file; nothing here is their source of truth.
CREATE TABLE policy_findings (
    id INTEGER PRIMARY KEY,
    policy_id TEXT NOT NULL,
    severity TEXT NOT NULL, -- error, warning, info
    subject_kind TEXT NOT NULL, -- product, contract
    subject_id TEXT NOT NULL,
    subject_version TEXT NOT NULL DEFAULT '',
    subject_name TEXT NOT NULL DEFAULT '',
    domain TEXT NOT NULL DEFAULT '',
    product_id TEXT NOT NULL DEFAULT '',
    pointer TEXT NOT NULL DEFAULT '',
    message TEXT NOT NULL
);
CREATE INDEX policy_findings_product ON policy_findings(product_id);
CREATE INDEX policy_findings_domain ON policy_findings(domain);
