"""The local schema that makes a table the office's: global ids and triggers noting changes.

Version 4 did this for enquiries by hand; `sync_triggers` makes the same for any table, and
version 6 uses it for visits, posts, their photos and the outbox.
"""

from __future__ import annotations

_NEW_UID = (
    "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4'"
    " || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1)"
    " || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))"
)


def _unnoted(entity: str, uid: str, field: str) -> str:
    """SQL: no unclaimed "push the current value" row waits for this field yet.

    (Said as a condition, not with OR IGNORE: an upsert's own conflict handling would
    override the trigger's, and the second edit of a field would fail.)
    """
    return (
        f"NOT EXISTS (SELECT 1 FROM sync_pending WHERE entity = '{entity}' AND uid = {uid}"
        f" AND field = '{field}' AND value IS NULL AND claimed = 0)"
    )


def sync_triggers(
    entity: str, table: str, columns: tuple[tuple[str, str], ...], stepped: tuple[str, ...] = ()
) -> str:
    """A shared table's global ids and the triggers that note its local changes.

    `columns` pairs each local column with the shared field it holds; a `stepped` field has
    each of its values pushed in turn (a status, whose steps the office checks). A row made
    here gets its global id as it is inserted, whoever inserts it.
    """
    noted = "NOT EXISTS (SELECT 1 FROM sync_applying)"
    sql = f"""
ALTER TABLE {table} ADD COLUMN uid TEXT;
UPDATE {table} SET uid = {_NEW_UID};
CREATE UNIQUE INDEX {table}_uid ON {table}(uid);
CREATE TRIGGER {table}_sync_new AFTER INSERT ON {table}
BEGIN
    UPDATE {table} SET uid = {_NEW_UID} WHERE id = NEW.id AND uid IS NULL;
    INSERT INTO sync_pending(entity, uid, field)
        SELECT '{entity}', uid, '*' FROM {table} WHERE id = NEW.id AND {noted}
            AND {_unnoted(entity, f"{table}.uid", "*")};
END;
CREATE TRIGGER {table}_sync_gone AFTER DELETE ON {table} WHEN {noted}
BEGIN
    DELETE FROM sync_pending WHERE entity = '{entity}' AND uid = OLD.uid;
    INSERT INTO sync_pending(entity, uid, field) VALUES ('{entity}', OLD.uid, '_deleted');
END;
"""
    for column, name in columns:
        once = "" if name in stepped else f" AND {_unnoted(entity, 'NEW.uid', name)}"
        value = f"json_quote(NEW.{column})" if name in stepped else "NULL"
        sql += f"""CREATE TRIGGER {table}_sync_{column} AFTER UPDATE OF {column} ON {table}
WHEN NEW.{column} IS NOT OLD.{column} AND {noted}{once}
BEGIN INSERT INTO sync_pending(entity, uid, field, value)
    VALUES ('{entity}', NEW.uid, '{name}', {value});
END;
"""
    return sql


# Version 6: visits, posts, their photos and the outbox are the office's too.
_PHOTOS_CHANGED = """
CREATE TRIGGER post_photos_order_{event} AFTER {event} ON post_photos
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN INSERT INTO sync_pending(entity, uid, field)
    SELECT 'post', p.uid, 'photos' FROM posts p WHERE p.id = {row}.post_id
        AND NOT EXISTS (SELECT 1 FROM sync_pending WHERE entity = 'post' AND uid = p.uid
            AND field = 'photos' AND value IS NULL AND claimed = 0);
END;
"""
SCHEMA_V6 = (
    sync_triggers(
        "visit",
        "visits",
        (
            ("minister", "minister"),
            ("date", "date"),
            ("place", "place"),
            ("notes", "notes"),
            ("embargo", "embargo"),
            ("location_sensitive_until", "location_sensitive_until"),
        ),
    )
    + sync_triggers(
        "post",
        "posts",
        (
            ("visit_id", "visit"),
            ("text", "text"),
            ("variants", "variants"),
            ("hashtags", "hashtags"),
            ("link", "link"),
            ("platforms", "platforms"),
            ("thread", "thread"),
            ("status", "status"),
            ("status_note", "status_note"),
            ("publish_at", "publish_at"),
            ("clearance_note", "clearance_note"),
        ),
        stepped=("status",),
    )
    + sync_triggers(
        "photo",
        "post_photos",
        (
            ("post_id", "post"),
            ("position", "position"),
            ("data", "data"),
            ("format", "format"),
            ("width", "width"),
            ("height", "height"),
            ("alt", "alt"),
            ("source_name", "source_name"),
        ),
    )
    + sync_triggers(
        "publication",
        "publications",
        (
            ("post_id", "post"),
            ("platform", "platform"),
            ("part", "part"),
            ("text", "text"),
            ("idem_key", "idem_key"),
            ("state", "state"),
            ("not_before", "not_before"),
            ("attempts", "attempts"),
            ("first_attempt", "first_attempt"),
            ("remote_id", "remote_id"),
            ("remote_cid", "remote_cid"),
            ("remote_url", "remote_url"),
            ("last_error", "last_error"),
        ),
    )
    + _PHOTOS_CHANGED.format(event="INSERT", row="NEW")
    + _PHOTOS_CHANGED.format(event="DELETE", row="OLD")
    + _PHOTOS_CHANGED.format(event="UPDATE OF position", row="NEW").replace(
        "order_UPDATE OF position", "order_moved"
    )
)

# Version 7: the journalist directory is the office's: outlets and journalists with their
# details. Their global ids are made from their names where the office knows of them
# (storage.directory_ids), so two laptops adding the same outlet make one record.
SCHEMA_V7 = sync_triggers(
    "outlet", "outlets", (("name", "name"), ("type", "type"))
) + sync_triggers(
    "contact",
    "contacts",
    (
        ("name", "name"),
        ("outlet_id", "outlet"),
        ("role", "role"),
        ("phone", "phone"),
        ("email", "email"),
        ("handles", "handles"),
    ),
)
