"""Numbered schema migrations, with an encrypted backup taken before any of them runs."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

from mediadesk.errors import ProfileError
from mediadesk.storage.db import Connection
from mediadesk.storage.sync_schema import SCHEMA_V6, SCHEMA_V7
from mediadesk.words import QT_TRANSLATE_NOOP, Said

SCHEMA_V1 = """
CREATE TABLE outlets(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL DEFAULT 'national'
);
CREATE TABLE contacts(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    outlet_id INTEGER REFERENCES outlets(id),
    role TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    handles TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contacts_name_key ON contacts(name_key);
CREATE TABLE enquiries(
    id INTEGER PRIMARY KEY,
    ref TEXT NOT NULL UNIQUE,
    received INTEGER NOT NULL,
    channel TEXT NOT NULL,
    contact_id INTEGER REFERENCES contacts(id),
    outlet_id INTEGER REFERENCES outlets(id),
    subject TEXT NOT NULL,
    questions TEXT NOT NULL DEFAULT '',
    deadline INTEGER,
    priority TEXT NOT NULL DEFAULT 'normal',
    owner TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'new',
    response TEXT NOT NULL DEFAULT '',
    response_type TEXT NOT NULL DEFAULT '',
    cleared_by TEXT NOT NULL DEFAULT '',
    cleared_at INTEGER,
    responded_at INTEGER,
    tags TEXT NOT NULL DEFAULT '',
    updated INTEGER NOT NULL,
    anonymised INTEGER NOT NULL DEFAULT 0,
    fts_key INTEGER
);
CREATE INDEX enquiries_received ON enquiries(received);
CREATE INDEX enquiries_deadline ON enquiries(deadline);
CREATE INDEX enquiries_status ON enquiries(status, deadline);
CREATE INDEX enquiries_owner ON enquiries(owner);
CREATE INDEX enquiries_outlet ON enquiries(outlet_id);
CREATE INDEX enquiries_contact ON enquiries(contact_id);
CREATE TABLE enquiry_tags(
    tag TEXT NOT NULL,
    enquiry_id INTEGER NOT NULL REFERENCES enquiries(id) ON DELETE CASCADE,
    PRIMARY KEY (tag, enquiry_id)
) WITHOUT ROWID;
CREATE INDEX enquiry_tags_enquiry ON enquiry_tags(enquiry_id);
CREATE VIRTUAL TABLE enquiries_fts USING fts5(
    subject, questions, response, journalist, outlet, tags,
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TABLE ref_counters(year INTEGER PRIMARY KEY, last INTEGER NOT NULL);
CREATE TABLE audit(
    id INTEGER PRIMARY KEY,
    ts INTEGER NOT NULL,
    actor TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    action TEXT NOT NULL,
    field TEXT NOT NULL DEFAULT '',
    old TEXT,
    new TEXT,
    old_digest TEXT NOT NULL,
    new_digest TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_entity ON audit(entity, entity_id);
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_only_redact BEFORE UPDATE ON audit
WHEN NEW.id IS NOT OLD.id OR NEW.ts IS NOT OLD.ts OR NEW.actor IS NOT OLD.actor
  OR NEW.entity IS NOT OLD.entity OR NEW.entity_id IS NOT OLD.entity_id
  OR NEW.action IS NOT OLD.action OR NEW.field IS NOT OLD.field
  OR NEW.old_digest IS NOT OLD.old_digest OR NEW.new_digest IS NOT OLD.new_digest
  OR NEW.prev_hash IS NOT OLD.prev_hash OR NEW.hash IS NOT OLD.hash
  OR (NEW.old IS NOT NULL AND NEW.old IS NOT OLD.old)
  OR (NEW.new IS NOT NULL AND NEW.new IS NOT OLD.new)
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE drafts(name TEXT PRIMARY KEY, body TEXT NOT NULL, updated INTEGER NOT NULL);
"""

SCHEMA_V2 = """
CREATE TABLE monitor_columns(
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    query TEXT NOT NULL,
    filters TEXT NOT NULL DEFAULT '{}',
    interval_s INTEGER NOT NULL DEFAULT 300,
    width INTEGER NOT NULL DEFAULT 360,
    muted INTEGER NOT NULL DEFAULT 0,
    etag TEXT,
    last_modified TEXT,
    last_attempt INTEGER,
    last_success INTEGER,
    next_poll INTEGER,
    failures INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    parser TEXT NOT NULL DEFAULT 'verify'
);
CREATE TABLE monitor_items(
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    url TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    handle TEXT NOT NULL DEFAULT '',
    published INTEGER NOT NULL,
    fetched INTEGER NOT NULL,
    read INTEGER NOT NULL DEFAULT 0,
    starred INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX monitor_items_fetched ON monitor_items(fetched);
CREATE INDEX monitor_items_starred ON monitor_items(starred) WHERE starred = 1;
CREATE TABLE monitor_column_items(
    column_id INTEGER NOT NULL REFERENCES monitor_columns(id) ON DELETE CASCADE,
    published INTEGER NOT NULL,
    item_id INTEGER NOT NULL REFERENCES monitor_items(id) ON DELETE CASCADE,
    alerted INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (column_id, published, item_id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX monitor_column_items_item ON monitor_column_items(item_id, column_id);
CREATE VIRTUAL TABLE monitor_items_fts USING fts5(
    title, summary, author, tokenize = 'unicode61 remove_diacritics 2'
);
"""

SCHEMA_V3 = """
CREATE TABLE visits(
    id INTEGER PRIMARY KEY,
    minister TEXT NOT NULL,
    date TEXT NOT NULL,
    place TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    embargo INTEGER,
    location_sensitive_until INTEGER,
    created INTEGER NOT NULL,
    updated INTEGER NOT NULL
);
CREATE TABLE snippets(
    id INTEGER PRIMARY KEY,
    visit_id INTEGER REFERENCES visits(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    created INTEGER NOT NULL
);
CREATE TABLE posts(
    id INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL REFERENCES visits(id),
    text TEXT NOT NULL DEFAULT '',
    variants TEXT NOT NULL DEFAULT '{}',
    hashtags TEXT NOT NULL DEFAULT '',
    link TEXT NOT NULL DEFAULT '',
    platforms TEXT NOT NULL DEFAULT 'x,bluesky,mastodon',
    thread INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'draft',
    status_note TEXT NOT NULL DEFAULT '',
    publish_at INTEGER,
    cleared_by TEXT NOT NULL DEFAULT '',
    cleared_at INTEGER,
    clearance_note TEXT NOT NULL DEFAULT '',
    created INTEGER NOT NULL,
    updated INTEGER NOT NULL
);
CREATE INDEX posts_visit ON posts(visit_id);
CREATE TABLE post_photos(
    id INTEGER PRIMARY KEY,
    post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    data BLOB NOT NULL,
    format TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    alt TEXT NOT NULL DEFAULT '',
    source_name TEXT NOT NULL DEFAULT ''
);
CREATE INDEX post_photos_post ON post_photos(post_id, position);
CREATE TABLE accounts(
    platform TEXT PRIMARY KEY,
    handle TEXT NOT NULL,
    server TEXT NOT NULL,
    user_id TEXT NOT NULL DEFAULT '',
    client_id TEXT NOT NULL DEFAULT '',
    connected INTEGER NOT NULL
);
CREATE TABLE publications(
    id INTEGER PRIMARY KEY,
    post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    platform TEXT NOT NULL,
    part INTEGER NOT NULL,
    text TEXT NOT NULL,
    idem_key TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    not_before INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    first_attempt INTEGER,
    remote_id TEXT NOT NULL DEFAULT '',
    remote_cid TEXT NOT NULL DEFAULT '',
    remote_url TEXT NOT NULL DEFAULT '',
    last_error TEXT NOT NULL DEFAULT '',
    UNIQUE(post_id, platform, part)
);
CREATE INDEX publications_due ON publications(state, not_before);
CREATE TABLE platform_cache(
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    fetched INTEGER NOT NULL
);
"""

# Version 4: a replica of the office server. Every enquiry gets a global id where it is made;
# triggers note which shared fields changed locally (one row per field, or every value of a
# state field such as status, whose steps the server checks in turn) while sync is not the
# writer; the server's version of each field is kept to push against.
_V4_COLUMNS = (  # local column -> the shared field it holds
    ("ref", "ref"),
    ("received", "received"),
    ("channel", "channel"),
    ("contact_id", "journalist"),
    ("outlet_id", "outlet"),
    ("subject", "subject"),
    ("questions", "questions"),
    ("deadline", "deadline"),
    ("priority", "priority"),
    ("owner", "owner"),
    ("response", "response"),
    ("response_type", "response_type"),
    ("responded_at", "responded_at"),
    ("tags", "tags"),
    ("anonymised", "anonymised"),
)
_NOT_SYNCING = "NOT EXISTS (SELECT 1 FROM sync_applying)"
SCHEMA_V4 = (
    """
ALTER TABLE enquiries ADD COLUMN uid TEXT;
UPDATE enquiries SET uid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4'
    || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1)
    || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX enquiries_uid ON enquiries(uid);
CREATE TABLE sync_state(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sync_versions(
    entity TEXT NOT NULL, uid TEXT NOT NULL, field TEXT NOT NULL, version INTEGER NOT NULL,
    PRIMARY KEY (entity, uid, field)
) WITHOUT ROWID;
CREATE TABLE sync_pending(
    id INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused: it names the change to the server
    entity TEXT NOT NULL, uid TEXT NOT NULL, field TEXT NOT NULL,
    value TEXT,  -- JSON, for a state field's every step; NULL: push the current value
    claimed INTEGER NOT NULL DEFAULT 0  -- in a push under way: an edit meanwhile is a new row
);
CREATE UNIQUE INDEX sync_pending_once ON sync_pending(entity, uid, field)
    WHERE value IS NULL AND claimed = 0;
CREATE TABLE sync_applying(since INTEGER);
CREATE TABLE sync_conflicts(
    id INTEGER PRIMARY KEY,
    server_id INTEGER UNIQUE,  -- the office's conflict (seen on every laptop); NULL: only here
    entity TEXT NOT NULL, uid TEXT NOT NULL, field TEXT NOT NULL,
    original TEXT, mine TEXT, mine_by TEXT NOT NULL DEFAULT '',
    theirs TEXT, theirs_by TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',  -- why the server refused it, when it did
    noted INTEGER NOT NULL, settled INTEGER
);
CREATE TABLE ref_blocks(year INTEGER NOT NULL, next INTEGER NOT NULL, last INTEGER NOT NULL);
"""
    + f"""
CREATE TRIGGER enquiries_sync_new AFTER INSERT ON enquiries WHEN {_NOT_SYNCING}
BEGIN INSERT OR IGNORE INTO sync_pending(entity, uid, field) VALUES ('enquiry', NEW.uid, '*');
END;
CREATE TRIGGER enquiries_sync_status AFTER UPDATE OF status ON enquiries
WHEN NEW.status IS NOT OLD.status AND {_NOT_SYNCING}
BEGIN INSERT INTO sync_pending(entity, uid, field, value)
    VALUES ('enquiry', NEW.uid, 'status', json_quote(NEW.status));
END;
CREATE TRIGGER enquiries_sync_gone AFTER DELETE ON enquiries WHEN {_NOT_SYNCING}
BEGIN
    DELETE FROM sync_pending WHERE entity = 'enquiry' AND uid = OLD.uid;
    INSERT INTO sync_pending(entity, uid, field) VALUES ('enquiry', OLD.uid, '_deleted');
END;
"""
    + "".join(
        f"""CREATE TRIGGER enquiries_sync_{column} AFTER UPDATE OF {column} ON enquiries
WHEN NEW.{column} IS NOT OLD.{column} AND {_NOT_SYNCING}
BEGIN INSERT OR IGNORE INTO sync_pending(entity, uid, field) VALUES ('enquiry', NEW.uid, '{field}');
END;
"""
        for column, field in _V4_COLUMNS
    )
)

# One row per shared record, not per field: a first sync of 100,000 enquiries wrote 1.6
# million rows of version numbers, a quarter of its time.
SCHEMA_V5 = """
CREATE TABLE sync_records(
    entity TEXT NOT NULL, uid TEXT NOT NULL,
    versions TEXT NOT NULL,  -- JSON: field -> the office's version this replica holds
    PRIMARY KEY (entity, uid)
) WITHOUT ROWID;
INSERT INTO sync_records SELECT entity, uid, json_group_object(field, version)
    FROM sync_versions GROUP BY entity, uid;
DROP TABLE sync_versions;
-- The office's standard columns (a clearer publishes them): each known by its office key.
ALTER TABLE monitor_columns ADD COLUMN office_key TEXT;
CREATE UNIQUE INDEX monitor_columns_office ON monitor_columns(office_key)
    WHERE office_key IS NOT NULL;
"""

# Each migration is one SQL script, run inside one transaction with its version bump.
MIGRATIONS: list[str] = [
    SCHEMA_V1,
    SCHEMA_V2,
    SCHEMA_V3,
    SCHEMA_V4,
    SCHEMA_V5,
    SCHEMA_V6,
    SCHEMA_V7,
]
LATEST = len(MIGRATIONS)


def schema_version(conn: Connection) -> int:
    """The schema version recorded in the database."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def backup_file(conn: Connection, db_path: Path, backup_dir: Path, label: str) -> Path:
    """Copy the (encrypted) database file aside after folding the WAL into it."""
    from mediadesk.storage.integrity import problem

    why = problem(conn)
    if why is not None:
        raise ProfileError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The profile database is damaged ({why}), so it was not upgraded or backed up."
                    " Nothing was changed; restore a backup from the profile's backups folder, or "
                    "ask IT.",
                ),
                why=why,
            )
        )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backup_dir / f"{db_path.stem}-{label}-{stamp}.db"
    shutil.copy2(db_path, target)
    return target


def migrate(conn: Connection, db_path: Path, backup_dir: Path) -> int:
    """Bring the schema up to LATEST; returns the version found before migrating."""
    found = schema_version(conn)
    if found > LATEST:
        raise ProfileError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "This profile was written by a newer MediaDesk (schema {found}; this version "
                    "knows {LATEST}). Install the newer version; the profile was not changed.",
                ),
                found=found,
                LATEST=LATEST,
            )
        )
    if found == LATEST:
        return found
    if found > 0:
        backup_file(conn, db_path, backup_dir, f"before-v{found + 1}")
    for version in range(found + 1, LATEST + 1):
        script = MIGRATIONS[version - 1]
        try:
            conn.executescript(
                f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {version};\nCOMMIT;"
            )
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return found
