"""The library schema, as sqlite-utils migrations (each runs in one transaction)."""

from __future__ import annotations

import secrets

from sqlite_utils import Database, Migrations

from .overview import create_overview_counts

migrations = Migrations("papershelf")
# Every migration this papershelf knows, in order: a library that has applied any other
# was written by a newer papershelf and is refused rather than half-understood.
KNOWN_MIGRATIONS: list[str] = []


def migration(fn):
    KNOWN_MIGRATIONS.append(fn.__name__)
    return migrations()(fn)

PRIVATE_TABLES = (
    "paper_state", "note_state", "tokens", "sync_peers", "meta", "fts_deferred", "capture_raw",
    # discover/: what the reader's taste says (derived from their fields, rebuilt at will)
    "discover_features", "discover_state", "discover_models", "discover_scores",
    "observation_state",
)

_PAPERS = """
CREATE TABLE papers (
    id TEXT PRIMARY KEY,
    title TEXT,
    abstract TEXT,
    summary TEXT,
    authors TEXT,
    authors_count INTEGER,
    published TEXT,
    upvotes INTEGER,
    arxiv_id TEXT,
    arxiv_version INTEGER,
    primary_category TEXT,
    doi TEXT COLLATE NOCASE,  -- DOIs are case-insensitive; kept as written
    url TEXT,
    pdf_url TEXT,
    code_url TEXT,
    project_url TEXT,
    rating INTEGER CHECK (rating BETWEEN 1 AND 5),
    status TEXT NOT NULL DEFAULT 'unread'
        CHECK (status IN ('unread', 'reading', 'read', 'skipped')),
    tags TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX papers_arxiv_id ON papers(arxiv_id) WHERE arxiv_id IS NOT NULL;
CREATE INDEX papers_doi ON papers(doi) WHERE doi IS NOT NULL;
CREATE INDEX papers_published ON papers(published);

-- Bulk imports (store/bulk.py) drop the insert trigger inside their transaction
-- and index the rows they add (rowid >= from_rowid) in one statement per batch
-- before commit: no reader ever sees a row without its index entry. The update
-- and delete triggers leave those not-yet-indexed rows alone.
CREATE TABLE fts_deferred (table_name TEXT PRIMARY KEY, from_rowid INTEGER NOT NULL);

CREATE VIRTUAL TABLE papers_fts USING fts5(
    title, abstract, summary, content='papers', content_rowid='rowid'
);
-- FTS5 writes a new segment whenever its pending terms outgrow this (default
-- 1 MiB): 16 MiB makes a bulk index build about twice as fast, for memory that
-- is only ever held inside one write transaction.
INSERT INTO papers_fts(papers_fts, rank) VALUES ('hashsize', 16777216);
CREATE TRIGGER papers_fts_ad AFTER DELETE ON papers
WHEN NOT EXISTS (SELECT 1 FROM fts_deferred WHERE table_name = 'papers' AND old.rowid >= from_rowid)
BEGIN
    INSERT INTO papers_fts(papers_fts, rowid, title, abstract, summary)
    VALUES ('delete', old.rowid, old.title, old.abstract, old.summary);
END;
CREATE TRIGGER papers_fts_au AFTER UPDATE OF title, abstract, summary ON papers
WHEN NOT EXISTS (SELECT 1 FROM fts_deferred WHERE table_name = 'papers' AND old.rowid >= from_rowid)
BEGIN
    INSERT INTO papers_fts(papers_fts, rowid, title, abstract, summary)
    VALUES ('delete', old.rowid, old.title, old.abstract, old.summary);
    INSERT INTO papers_fts(rowid, title, abstract, summary)
    VALUES (new.rowid, new.title, new.abstract, new.summary);
END;

CREATE TABLE paper_state (
    paper_id TEXT PRIMARY KEY,
    -- 64 bits of the title fingerprint's sha256: a small index (titles are long)
    -- that finds candidates, which are then checked against their titles.
    fingerprint_key INTEGER,
    clocks TEXT NOT NULL DEFAULT '{}',
    tag_set TEXT NOT NULL DEFAULT '{}',
    deleted TEXT,
    version INTEGER NOT NULL,
    origin TEXT
);
CREATE INDEX paper_state_fingerprint_key ON paper_state(fingerprint_key)
    WHERE fingerprint_key IS NOT NULL;
CREATE INDEX paper_state_version ON paper_state(version);

CREATE TABLE paper_aliases (
    alias TEXT PRIMARY KEY,
    paper_id TEXT NOT NULL,
    merged_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX paper_aliases_version ON paper_aliases(version);
CREATE INDEX paper_aliases_paper_id ON paper_aliases(paper_id);
"""

_NOTES = """
CREATE TABLE notes (
    id TEXT PRIMARY KEY,
    paper_id TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    quote TEXT,
    conflict_of TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX notes_paper_id ON notes(paper_id);
CREATE VIRTUAL TABLE notes_fts USING fts5(body, quote, content='notes', content_rowid='rowid');
CREATE TRIGGER notes_fts_ai AFTER INSERT ON notes BEGIN
    INSERT INTO notes_fts(rowid, body, quote) VALUES (new.rowid, new.body, new.quote);
END;
CREATE TRIGGER notes_fts_ad AFTER DELETE ON notes BEGIN
    INSERT INTO notes_fts(notes_fts, rowid, body, quote) VALUES ('delete', old.rowid, old.body, old.quote);
END;
CREATE TRIGGER notes_fts_au AFTER UPDATE OF body, quote ON notes BEGIN
    INSERT INTO notes_fts(notes_fts, rowid, body, quote) VALUES ('delete', old.rowid, old.body, old.quote);
    INSERT INTO notes_fts(rowid, body, quote) VALUES (new.rowid, new.body, new.quote);
END;

CREATE TABLE note_state (
    note_id TEXT PRIMARY KEY,
    paper_id TEXT NOT NULL,
    clock TEXT NOT NULL,
    vv TEXT NOT NULL DEFAULT '{}',
    deleted TEXT,
    version INTEGER NOT NULL,
    origin TEXT
);
CREATE INDEX note_state_version ON note_state(version);
"""

_CAPTURES = """
CREATE TABLE captures (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    url TEXT,
    title TEXT,
    file_name TEXT,
    line_count INTEGER,
    sha256 TEXT,
    captured_at TEXT NOT NULL,
    stored_at TEXT NOT NULL,
    records INTEGER NOT NULL DEFAULT 0,
    problems INTEGER NOT NULL DEFAULT 0,
    raw_type TEXT,
    raw_size INTEGER
);
-- The raw payload (page HTML/text, dump text), one zlib stream cut into chunks
-- so a dump of any size is stored without holding it in memory.
CREATE TABLE capture_raw (
    capture_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (capture_id, seq)
) WITHOUT ROWID;
CREATE INDEX captures_sha256 ON captures(sha256);
CREATE INDEX captures_stored_at ON captures(stored_at);
-- Which papers each capture held, at which line (dumps) or position (pages), and
-- which it brought into the library (`created`: a retried capture id answers the
-- same "new" list). A rowid table: a dump's rows are appended in order.
CREATE TABLE paper_captures (
    capture_id TEXT NOT NULL,
    line INTEGER,
    paper_id TEXT NOT NULL,
    created INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX paper_captures_capture_id ON paper_captures(capture_id);
CREATE INDEX paper_captures_paper_id ON paper_captures(paper_id);
"""

_PRIVATE = """
CREATE TABLE tokens (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    token_hash TEXT NOT NULL UNIQUE,
    scopes TEXT NOT NULL DEFAULT '["read","write","sync"]',
    created_at TEXT NOT NULL,
    last_used_at TEXT,
    revoked_at TEXT
);
CREATE TABLE sync_peers (
    peer TEXT PRIMARY KEY,
    url TEXT,
    pull_cursor INTEGER NOT NULL DEFAULT 0,
    push_cursor INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT
);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


PAPERS_FTS_INSERT_TRIGGER = """
CREATE TRIGGER papers_fts_ai AFTER INSERT ON papers BEGIN
    INSERT INTO papers_fts(rowid, title, abstract, summary)
    VALUES (new.rowid, new.title, new.abstract, new.summary);
END"""


@migration
def m001_initial(db: Database) -> None:
    for script in (_PAPERS, _NOTES, _CAPTURES, _PRIVATE):
        for statement in _statements(script):
            db.execute(statement)
    db.execute(PAPERS_FTS_INSERT_TRIGGER)
    db.execute("INSERT INTO meta(key, value) VALUES ('machine_id', ?)", [secrets.token_hex(8)])
    db.execute("INSERT INTO meta(key, value) VALUES ('version', '0')")
    db.execute("INSERT INTO meta(key, value) VALUES ('hlc', '')")


_DISCOVER = """
-- Each paper's hashed terms (discover/text.py), kept as papers arrive or change. seq
-- grows with every (re)analysis: models score what is newer than what they last saw.
CREATE TABLE discover_features (
    paper_id TEXT PRIMARY KEY,
    text_hash INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    terms BLOB NOT NULL
);
CREATE INDEX discover_features_seq ON discover_features(seq);
-- Counters and the document frequencies (one BLOB) the features were counted with.
CREATE TABLE discover_state (key TEXT PRIMARY KEY, value);
-- One linear model per taste: "liked" and one per tag; labels_hash says which labels it
-- was trained on, scored_seq up to which features it has scored.
CREATE TABLE discover_models (
    name TEXT PRIMARY KEY,
    tag TEXT,
    labels_hash TEXT NOT NULL,
    positives INTEGER NOT NULL,
    negatives INTEGER NOT NULL,
    documents INTEGER NOT NULL,
    trained_at TEXT NOT NULL,
    scored_seq INTEGER NOT NULL,
    bias REAL NOT NULL,
    weights BLOB NOT NULL
);
-- Each model's best unlabelled papers, with their reasons (JSON).
CREATE TABLE discover_scores (
    model TEXT NOT NULL,
    paper_id TEXT NOT NULL,
    score REAL NOT NULL,
    reasons TEXT NOT NULL,
    PRIMARY KEY (model, paper_id)
) WITHOUT ROWID;
CREATE INDEX discover_scores_rank ON discover_scores(model, score DESC);
"""


_TRAJECTORIES = """
ALTER TABLE papers ADD COLUMN organization TEXT;
ALTER TABLE papers ADD COLUMN ai_keywords TEXT;
ALTER TABLE papers ADD COLUMN linked_models TEXT;
ALTER TABLE papers ADD COLUMN linked_datasets TEXT;
ALTER TABLE papers ADD COLUMN linked_spaces TEXT;
ALTER TABLE papers ADD COLUMN daily_submitted_by TEXT;
ALTER TABLE papers ADD COLUMN daily_submitted_on TEXT;
ALTER TABLE papers ADD COLUMN github_stars INTEGER;
ALTER TABLE papers ADD COLUMN linked_models_count INTEGER;

-- What a page said about a paper at one time (store/observations.py): append-only,
-- one row per paper a capture showed. The id is derived from the capture and the
-- paper, so re-deriving a capture adds nothing and every machine agrees on it.
CREATE TABLE observations (
    id TEXT PRIMARY KEY,
    paper_id TEXT NOT NULL,
    observed_at TEXT NOT NULL,
    source TEXT NOT NULL,
    upvotes INTEGER,
    github_stars INTEGER,
    comments INTEGER,
    models INTEGER,
    datasets INTEGER,
    spaces INTEGER,
    trending INTEGER
);
CREATE INDEX observations_paper_id ON observations(paper_id, observed_at);
-- Private: the change feed's version and the machine an observation came from.
CREATE TABLE observation_state (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    origin TEXT
) WITHOUT ROWID;
CREATE INDEX observation_state_version ON observation_state(version);
"""


@migration
def m002_discover(db: Database) -> None:
    for statement in _statements(_DISCOVER):
        db.execute(statement)


@migration
def m003_overview_counts(db: Database) -> None:
    """library_counts, kept by triggers, for the overview page (store/overview.py)."""
    create_overview_counts(db.conn)


@migration
def m004_note_anchors(db: Database) -> None:
    """Notes get a kind (a small fixed set, records.NoteKind) and a W3C target (JSON: the
    page and the selectors that find the passage there)."""
    # The kinds as written here, not records.NoteKind's: a migration means the same forever
    # (a new kind is a new migration; tests/test_note_anchors.py checks the two agree).
    db.execute("ALTER TABLE notes ADD COLUMN kind TEXT NOT NULL DEFAULT 'note' "
               "CHECK (kind IN ('note', 'highlight', 'question', 'to-cite'))")
    db.execute("ALTER TABLE notes ADD COLUMN target TEXT "
               "CHECK (target IS NULL OR json_valid(target))")


@migration
def m005_trajectories(db: Database) -> None:
    """Issue 16: what Hugging Face says about a paper, and its observations over time."""
    for statement in _statements(_TRAJECTORIES):
        db.execute(statement)


# Issue 18: the insert triggers of papers and notes leave a deferred range alone too
# (rowid >= fts_deferred's row for the table), so a transaction that adds many rows
# (an import, a large sync batch: store/bulk.py) defers their full-text index and
# overview counts with one row of fts_deferred instead of dropping triggers (a schema
# change every other connection reads again). A row whose rowid falls below the range
# (SQLite reuses the largest rowid when that row is deleted) is kept by the triggers
# as any other: every row is indexed exactly once. Notes' delete and update triggers
# learn the deferred range as papers' have it. (Both such transactions now drop the
# insert triggers as well, store/bulk.deferred_upkeep: the per-row WHEN still cost a
# sixth of a sync batch's writes. m007 has the update and delete triggers ask the index.)
def _deferred(table: str, row: str) -> str:
    return (f"NOT EXISTS (SELECT 1 FROM fts_deferred WHERE table_name = '{table}' "
            f"AND {row}.rowid >= from_rowid)")


def _paper_count_trigger_body() -> str:
    from .overview import INSERT_TRIGGERS

    sql = INSERT_TRIGGERS["library_counts_papers_ai"]
    return sql[sql.index(" BEGIN"):]


def _deferred_upkeep_script() -> str:
    papers_new, notes_new, notes_old = (_deferred("papers", "new"), _deferred("notes", "new"),
                                        _deferred("notes", "old"))
    return f"""
DROP TRIGGER papers_fts_ai;
DROP TRIGGER library_counts_papers_ai;
DROP TRIGGER notes_fts_ai;
DROP TRIGGER notes_fts_ad;
DROP TRIGGER notes_fts_au;
DROP TRIGGER library_counts_notes_ai;
DROP TRIGGER library_counts_notes_ad;
CREATE TRIGGER papers_fts_ai AFTER INSERT ON papers WHEN {papers_new} BEGIN
    INSERT INTO papers_fts(rowid, title, abstract, summary)
    VALUES (new.rowid, new.title, new.abstract, new.summary);
END;
CREATE TRIGGER library_counts_papers_ai AFTER INSERT ON papers WHEN {papers_new}{
    _paper_count_trigger_body()};
CREATE TRIGGER notes_fts_ai AFTER INSERT ON notes WHEN {notes_new} BEGIN
    INSERT INTO notes_fts(rowid, body, quote) VALUES (new.rowid, new.body, new.quote);
END;
CREATE TRIGGER notes_fts_ad AFTER DELETE ON notes WHEN {notes_old} BEGIN
    INSERT INTO notes_fts(notes_fts, rowid, body, quote) VALUES ('delete', old.rowid, old.body, old.quote);
END;
CREATE TRIGGER notes_fts_au AFTER UPDATE OF body, quote ON notes WHEN {notes_old} BEGIN
    INSERT INTO notes_fts(notes_fts, rowid, body, quote) VALUES ('delete', old.rowid, old.body, old.quote);
    INSERT INTO notes_fts(rowid, body, quote) VALUES (new.rowid, new.body, new.quote);
END;
CREATE TRIGGER library_counts_notes_ai AFTER INSERT ON notes WHEN {notes_new} BEGIN
    INSERT INTO library_counts (facet, value, count) VALUES ('notes', '', 1)
    ON CONFLICT (facet, value) DO UPDATE SET count = count + excluded.count;
END;
CREATE TRIGGER library_counts_notes_ad AFTER DELETE ON notes WHEN {notes_old} BEGIN
    INSERT INTO library_counts (facet, value, count) VALUES ('notes', '', -1)
    ON CONFLICT (facet, value) DO UPDATE SET count = count + excluded.count;
END;
"""


@migration
def m006_deferred_upkeep(db: Database) -> None:
    """The insert triggers of papers and notes, and notes' others, leave a deferred
    range alone (above)."""
    for statement in _statements(_deferred_upkeep_script()):
        db.execute(statement)


# A row that takes a rowid below the deferred range while an import has the insert
# triggers dropped (SQLite reuses the largest rowid once that row is deleted) is not in
# the index yet: editing or deleting it in the same transaction took out of FTS5 and the
# counts what was never in them. The update and delete triggers now ask the index itself.
def _update_and_delete_triggers() -> list[str]:
    from .overview import INDEXED, TRIGGERS

    papers, notes = INDEXED.format(table="papers"), INDEXED.format(table="notes")
    counts = [TRIGGERS[name] for name in (
        "library_counts_papers_ad", "library_counts_papers_au", "library_counts_notes_ad")]
    return [
        f"""CREATE TRIGGER papers_fts_ad AFTER DELETE ON papers WHEN {papers} BEGIN
    INSERT INTO papers_fts(papers_fts, rowid, title, abstract, summary)
    VALUES ('delete', old.rowid, old.title, old.abstract, old.summary);
END""",
        f"""CREATE TRIGGER papers_fts_au AFTER UPDATE OF title, abstract, summary ON papers
WHEN {papers} BEGIN
    INSERT INTO papers_fts(papers_fts, rowid, title, abstract, summary)
    VALUES ('delete', old.rowid, old.title, old.abstract, old.summary);
    INSERT INTO papers_fts(rowid, title, abstract, summary)
    VALUES (new.rowid, new.title, new.abstract, new.summary);
END""",
        f"""CREATE TRIGGER notes_fts_ad AFTER DELETE ON notes WHEN {notes} BEGIN
    INSERT INTO notes_fts(notes_fts, rowid, body, quote) VALUES ('delete', old.rowid, old.body, old.quote);
END""",
        f"""CREATE TRIGGER notes_fts_au AFTER UPDATE OF body, quote ON notes WHEN {notes} BEGIN
    INSERT INTO notes_fts(notes_fts, rowid, body, quote) VALUES ('delete', old.rowid, old.body, old.quote);
    INSERT INTO notes_fts(rowid, body, quote) VALUES (new.rowid, new.body, new.quote);
END""",
        *counts,
    ]


@migration
def m007_triggers_ask_the_index(db: Database) -> None:
    """Update and delete triggers of papers and notes change the index and the counts only
    for a row the index holds (above)."""
    for statement in _update_and_delete_triggers():
        name = statement.split()[2]
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
        db.execute(statement)


@migration
def m008_item_type(db: Database) -> None:
    """A page the reader kept as a web page says so (records.WEB_PAGE): it is known by its
    address. Pages kept before say nothing and are known by their title, as they were."""
    db.execute("ALTER TABLE papers ADD COLUMN item_type TEXT")


# Chinese, Japanese and Korean text is indexed a character a token (store/search_text.py):
# the full-text triggers index each column through the SQL function, and a library indexed
# before has its rows of such text indexed again.
def _search_text_triggers(indexed_columns: dict[str, tuple[str, ...]]) -> list[str]:
    """The full-text triggers of each table, indexing its `indexed_columns` spaced."""
    from .overview import INDEXED
    from .search_text import indexed_values

    statements = []
    for table, columns in indexed_columns.items():
        names = ", ".join(columns)
        fts, indexed = f"{table}_fts", INDEXED.format(table=table)
        delete = (f"INSERT INTO {fts}({fts}, rowid, {names}) "
                  f"VALUES ('delete', old.rowid, {indexed_values(columns, 'old')});")
        insert = f"INSERT INTO {fts}(rowid, {names}) VALUES (new.rowid, {indexed_values(columns, 'new')});"
        statements += [
            f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} WHEN {_deferred(table, 'new')} "
            f"BEGIN\n    {insert}\nEND",
            f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} WHEN {indexed} BEGIN\n    {delete}\nEND",
            f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {names} ON {table} WHEN {indexed} BEGIN\n"
            f"    {delete}\n    {insert}\nEND",
        ]
    return statements


# What m009 indexed: a migration is history, whatever is indexed today.
_M009_COLUMNS = {"papers": ("title", "abstract", "summary"), "notes": ("body", "quote")}


@migration
def m009_search_text(db: Database) -> None:
    """Full-text triggers index Chinese, Japanese and Korean a character a token, and the
    rows indexed before as typed are indexed so (above)."""
    from .overview import TRIGGERS
    from .search_text import index_spaced, search_text_m009

    # SQLite fires the newest trigger first, and the counts' delete and update triggers ask
    # the index whether it holds the row (m007): made again after the index's, they still
    # ask before the index's own trigger takes the row out.
    counts = [TRIGGERS[name] for name in (
        "library_counts_papers_ad", "library_counts_papers_au", "library_counts_notes_ad")]
    for statement in [*_search_text_triggers(_M009_COLUMNS), *counts]:
        db.execute(f"DROP TRIGGER IF EXISTS {statement.split()[2]}")
        db.execute(statement)
    for table, columns in _M009_COLUMNS.items():
        index_spaced(db.conn, table, columns, spaced=search_text_m009)


# A search box finds a paper by who wrote it, as Zotero's finds an item by its creators: the
# papers' index gains their authors (its last column, so that snippet() keeps its numbers),
# built again from the rows.
@migration
def m010_authors_searchable(db: Database) -> None:
    """papers_fts indexes authors too (above)."""
    from .search_text import SEARCH_TEXT_M009

    _index_papers_again(db, _M010_COLUMNS["papers"], SEARCH_TEXT_M009)  # as m009 spaced (m012)


# What m010 to m015 indexed (migrations are history: m016 indexes more).
_M010_COLUMNS = {"papers": ("title", "abstract", "summary", "authors"), "notes": ("body", "quote")}


def _index_papers_again(db: Database, indexed: tuple[str, ...], spacing: str) -> None:
    """papers_fts made again over the `indexed` columns, every row indexed as `spacing` spaces
    it, and its triggers with it."""
    from .overview import TRIGGERS
    from .search_text import index_rows_sql

    columns = {"papers": indexed}
    for name in ("papers_fts_ai", "papers_fts_ad", "papers_fts_au"):
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
    db.execute("DROP TABLE papers_fts")
    db.execute(f"CREATE VIRTUAL TABLE papers_fts USING fts5({', '.join(columns['papers'])}, "
               "content='papers', content_rowid='rowid')")
    db.execute("INSERT INTO papers_fts(papers_fts, rank) VALUES ('hashsize', 16777216)")
    db.conn.execute(index_rows_sql("papers", spacing, indexed), [-(1 << 63)])
    # The counts' triggers ask the index whether it holds a row: made after the index's own
    # (SQLite fires the newest first), as m009 made them.
    counts = [TRIGGERS[name] for name in ("library_counts_papers_ad", "library_counts_papers_au")]
    for statement in [*_search_text_triggers(columns), *counts]:
        db.execute(f"DROP TRIGGER IF EXISTS {statement.split()[2]}")
        db.execute(statement)


def _statements(script: str) -> list[str]:
    """Split on `;` at line ends, keeping trigger bodies (which end in `END;`) whole."""
    statements, current = [], []
    for line in script.strip().splitlines():
        if line.startswith("--"):
            continue
        current.append(line)
        stripped = line.strip()
        in_trigger = current[0].lstrip().upper().startswith("CREATE TRIGGER")
        if stripped.endswith(";") and (not in_trigger or stripped.upper() == "END;"):
            statements.append("\n".join(current).rstrip(";"))
            current = []
    return statements


def applied_migrations(db: Database) -> list[str]:
    return [m.name for m in migrations.applied(db)]


def pending_migrations(db: Database) -> list[str]:
    return [m.name for m in migrations.pending(db)]


def migrate(db: Database) -> None:
    """Apply pending migrations; BEGIN IMMEDIATE so two processes opening a new file don't race."""
    if not migrations.pending(db):
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        migrations.apply(db)  # inside a transaction it uses savepoints
    except BaseException:
        if db.conn.in_transaction:  # SQLite may have rolled back already (disk full)
            db.conn.execute("ROLLBACK")
        raise
    db.conn.execute("COMMIT")


@migration
def m011_venue(db: Database) -> None:
    """A paper keeps the journal, proceedings or book it appeared in (records.Paper.venue).
    Papers stored before have none until a capture or an import brings it."""
    db.execute("ALTER TABLE papers ADD COLUMN venue TEXT")


# Thai, Lao, Myanmar and Khmer are indexed a character a token, as Chinese and Japanese are
# (store/search_text.py): the triggers call the same function, and the rows holding such text,
# indexed as m009 spaced them, are indexed again.
@migration
def m012_search_text_unspaced_scripts(db: Database) -> None:
    """Rows with Thai, Lao, Myanmar or Khmer text indexed again, a character a token."""
    from .search_text import index_spaced, search_text_m009, search_text_m012

    for table, columns in _M010_COLUMNS.items():
        index_spaced(db.conn, table, columns, indexed=search_text_m009, spaced=search_text_m012)


@migration
def m013_paper_restores(db: Database) -> None:
    """A deleted paper can be restored (merge.PaperState.restored): the clock of its latest
    restore beside that of its latest deletion, and a deleted paper's values kept (JSON) while
    its papers row is gone. Papers deleted before kept no values, only their clocks, which
    would outrank the values a restore brings with nothing (a title the reader corrected,
    then none): they forget them, on every machine (this runs before a machine can sync)."""
    db.execute("ALTER TABLE paper_state ADD COLUMN restored TEXT")
    db.execute("ALTER TABLE paper_state ADD COLUMN kept_values TEXT")
    db.execute("UPDATE paper_state SET clocks = '{}' WHERE deleted IS NOT NULL")


# Letters a reader types otherwise (ß as ss, Ł as L, ligatures, full-width Latin) are indexed as
# they are typed (store/search_text.py): the triggers call the same function, and the rows holding
# such letters, indexed as m012 spaced them, are indexed again.
@migration
def m014_search_text_folded_letters(db: Database) -> None:
    """Rows with ß, æ, ø, ł and their kin, ligatures or full-width Latin indexed again, folded."""
    from .search_text import index_spaced, search_text_m012

    for table, columns in _M010_COLUMNS.items():
        index_spaced(db.conn, table, columns, indexed=search_text_m012)


# A search ranks the papers whose titles hold its words first (store/search_text.py,
# COLUMN_WEIGHTS): FTS5 keeps the weights in the index, which every query's rank then uses.
@migration
def m015_titles_rank_first(db: Database) -> None:
    """papers_fts ranks a word in a title ten times a word in an abstract, summary or author."""
    db.execute("INSERT INTO papers_fts (papers_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0, 1.0, 1.0)')")


# A pasted arXiv id or DOI finds its paper in every search (the API's q=, Datasette's ?_search=,
# the canned queries and feeds): papers_fts indexes both, after the columns snippet() counts.
@migration
def m016_identifiers_searchable(db: Database) -> None:
    """papers_fts indexes each paper's arXiv id and DOI too, built again from the rows."""
    from .search_text import INDEXED_COLUMNS, SEARCH_TEXT, ranking_config_sql

    _index_papers_again(db, INDEXED_COLUMNS["papers"], SEARCH_TEXT)
    db.execute(ranking_config_sql("papers"))  # a new table has FTS5's own
