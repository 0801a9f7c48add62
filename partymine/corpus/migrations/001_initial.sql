-- partymine corpus, schema version 1.
-- Every output row traces back: figure -> document (doc_id, sentence, offsets) -> page (page_id) -> raw HTML.

CREATE TABLE sites (
    name        TEXT PRIMARY KEY,
    province    TEXT,
    base_url    TEXT,
    profile     TEXT            -- the site profile as JSON
);

-- One row per URL fetched (the latest fetch); raw body kept zlib-compressed so cleaning can be re-run.
CREATE TABLE pages (
    id            INTEGER PRIMARY KEY,
    url           TEXT NOT NULL UNIQUE,
    final_url     TEXT,
    site          TEXT,
    status        INTEGER,
    headers       TEXT,          -- JSON object
    fetched_at    TEXT,
    body          BLOB,          -- zlib-compressed raw bytes
    content_hash  TEXT,          -- sha256 of the raw body
    etag          TEXT,
    last_modified TEXT,
    kind          TEXT,          -- listing | article | other
    error         TEXT
);
CREATE INDEX pages_site ON pages(site);
CREATE INDEX pages_hash ON pages(content_hash);

-- The crawl frontier: what is known to exist and whether it has been fetched.
CREATE TABLE frontier (
    url           TEXT PRIMARY KEY,   -- canonical URL
    site          TEXT NOT NULL,
    kind          TEXT NOT NULL,      -- listing | article
    depth         INTEGER NOT NULL DEFAULT 0,
    state         TEXT NOT NULL DEFAULT 'pending',  -- pending | done | failed | skipped
    reason        TEXT,
    attempts      INTEGER NOT NULL DEFAULT 0,
    discovered_at TEXT NOT NULL,
    updated_at    TEXT
);
CREATE INDEX frontier_state ON frontier(site, state);

CREATE TABLE documents (
    id            TEXT PRIMARY KEY,   -- SCHEMA.md section 1
    url           TEXT,
    site          TEXT,
    title         TEXT,
    published     TEXT,
    author        TEXT,
    province      TEXT,               -- the source's province
    text          TEXT NOT NULL,      -- cleaned text; every offset points into it
    text_hash     TEXT NOT NULL,
    source        TEXT,               -- file path or URL imported from
    page_id       INTEGER REFERENCES pages(id) ON DELETE SET NULL,
    relevance     TEXT,               -- JSON: party-building section / keyword evidence
    imported_at   TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX documents_hash ON documents(text_hash);

CREATE TABLE runs (
    id                INTEGER PRIMARY KEY,
    started_at        TEXT NOT NULL,
    finished_at       TEXT,
    extractor_version TEXT NOT NULL,
    model_hashes      TEXT,           -- JSON {model: sha256}
    documents_done    INTEGER DEFAULT 0,
    documents_failed  INTEGER DEFAULT 0,
    figures           INTEGER DEFAULT 0,
    practices         INTEGER DEFAULT 0,
    status            TEXT NOT NULL DEFAULT 'running'  -- running | finished | interrupted
);

-- Which text of a document was extracted by which extractor: a document is stale when its
-- text_hash or the extractor version differs from what is recorded here.
CREATE TABLE extractions (
    doc_id            TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    run_id            INTEGER NOT NULL REFERENCES runs(id),
    text_hash         TEXT NOT NULL,
    extractor_version TEXT NOT NULL,
    status            TEXT NOT NULL,   -- ok | failed
    error             TEXT,
    extracted_at      TEXT NOT NULL
);

CREATE TABLE figures (
    id             INTEGER PRIMARY KEY,
    run_id         INTEGER NOT NULL REFERENCES runs(id),
    doc_id         TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    indicator      TEXT NOT NULL,
    value          REAL NOT NULL,
    value_max      REAL,
    qualifier      TEXT NOT NULL,
    unit           TEXT NOT NULL,
    total          REAL,
    negated        INTEGER NOT NULL,
    kind           TEXT NOT NULL,
    subject        TEXT,
    locality       TEXT,
    locality_level TEXT,
    province       TEXT,
    province_2025  TEXT,
    locality_code  TEXT,
    period         TEXT,
    published      TEXT,
    sentence       TEXT NOT NULL,
    char_start     INTEGER NOT NULL,
    char_end       INTEGER NOT NULL,
    confidence     REAL NOT NULL,
    method         TEXT NOT NULL
);
CREATE INDEX figures_doc ON figures(doc_id);
CREATE INDEX figures_indicator ON figures(indicator);

CREATE TABLE practices (
    id             INTEGER PRIMARY KEY,
    run_id         INTEGER NOT NULL REFERENCES runs(id),
    doc_id         TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    practice       TEXT NOT NULL,
    locality       TEXT,
    province       TEXT,
    province_2025  TEXT,
    sentence       TEXT NOT NULL,
    char_start     INTEGER NOT NULL,
    char_end       INTEGER NOT NULL,
    confidence     REAL NOT NULL,
    method         TEXT NOT NULL
);
CREATE INDEX practices_doc ON practices(doc_id);

-- Processed documents (sentences + words) keyed by text hash and pipeline version.
CREATE TABLE nlp_cache (
    text_hash        TEXT NOT NULL,
    pipeline_version TEXT NOT NULL,
    data             BLOB NOT NULL,   -- zlib-compressed JSON
    PRIMARY KEY (text_hash, pipeline_version)
);

-- Full-text search: `text` as written and `folded` without accents, for accent-insensitive search.
CREATE VIRTUAL TABLE documents_fts USING fts5(doc_id UNINDEXED, title, text, folded, tokenize = 'unicode61');
