-- partymine corpus, schema version 2: crawl runs and frontier provenance (owned by the scraper).

-- One row per crawl of one site. A run stays `running` until its frontier has nothing pending;
-- re-running the same command resumes it (pending URLs only), a finished run makes the next
-- crawl start a new one (listing pages re-fetched with conditional requests, articles kept).
CREATE TABLE crawl_runs (
    id          INTEGER PRIMARY KEY,
    site        TEXT NOT NULL,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    status      TEXT NOT NULL DEFAULT 'running',   -- running | finished
    counts      TEXT                               -- JSON of the last CrawlReport counts
);
CREATE INDEX crawl_runs_site ON crawl_runs(site, id);

ALTER TABLE frontier ADD COLUMN parent TEXT;       -- the listing / sitemap / feed the URL was found on
ALTER TABLE frontier ADD COLUMN lastmod TEXT;      -- sitemap lastmod or feed date, when given
ALTER TABLE frontier ADD COLUMN doc_id TEXT;       -- the document stored from it (or the one it duplicates)
CREATE INDEX frontier_parent ON frontier(parent);

ALTER TABLE pages ADD COLUMN error_detail TEXT;    -- human-readable detail of `error` (a reason code)
