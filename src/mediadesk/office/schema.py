"""The office schema, as numbered server migrations (each runs once, in its own transaction).

Officers never write tables: they hold SELECT (row-level security keeps them to their office)
and EXECUTE on a few SECURITY DEFINER functions, which apply the rules everyone must obey —
only a clearer clears, never their own words, edits after clearance send it back, and every
applied change is audited, hash-chained, in the same transaction.

Shared records are generic (entity, id, fields), so a new shared table needs no new server or
sync code; what differs between entities is data (`clearance_rules`).
"""

from __future__ import annotations

from mediadesk.office.schema_functions import V1_FUNCTIONS, V4_OWN_LINEAGE
from mediadesk.office.schema_retention import V5_RETENTION

GROUPS = ("officer", "clearer", "admin")  # each also holds the ones before it

V1_TABLES = """
CREATE TABLE mediadesk.offices(
    id serial PRIMARY KEY,
    name text NOT NULL UNIQUE,
    two_person_rule boolean NOT NULL DEFAULT true
);
CREATE TABLE mediadesk.officers(
    login name PRIMARY KEY,
    display_name text NOT NULL CHECK (display_name <> ''),
    office_id int NOT NULL REFERENCES mediadesk.offices,
    role text NOT NULL CHECK (role IN ('officer', 'clearer', 'admin')),
    active boolean NOT NULL DEFAULT true,
    added timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE mediadesk.records(
    entity text NOT NULL,
    id uuid NOT NULL,
    office_id int NOT NULL REFERENCES mediadesk.offices,
    fields jsonb NOT NULL DEFAULT '{}',
    versions jsonb NOT NULL DEFAULT '{}',
    authors jsonb NOT NULL DEFAULT '{}',
    deleted boolean NOT NULL DEFAULT false,
    PRIMARY KEY (entity, id)
);
CREATE TABLE mediadesk.changes(
    seq bigserial PRIMARY KEY,
    txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    office_id int NOT NULL,
    entity text NOT NULL,
    record_id uuid NOT NULL,
    field text NOT NULL,
    value jsonb,
    version int NOT NULL,
    author name NOT NULL,
    origin uuid,
    client_key text,  -- the replica's name for the change: a retried push applies it once
    at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX changes_once ON mediadesk.changes(origin, client_key);
CREATE INDEX changes_txid ON mediadesk.changes(office_id, txid);
CREATE INDEX changes_field ON mediadesk.changes(entity, record_id, field, version);
CREATE TABLE mediadesk.conflicts(
    id bigserial PRIMARY KEY,
    office_id int NOT NULL,
    entity text NOT NULL,
    record_id uuid NOT NULL,
    field text NOT NULL,
    original jsonb,
    mine jsonb,
    mine_by name NOT NULL,
    theirs jsonb,
    theirs_by name,
    at timestamptz NOT NULL DEFAULT now(),
    resolved_by name,
    resolved_at timestamptz
);
CREATE TABLE mediadesk.audit(
    id bigserial PRIMARY KEY,
    office_id int NOT NULL,
    at timestamptz NOT NULL DEFAULT now(),
    actor name NOT NULL,
    entity text NOT NULL,
    record_id uuid NOT NULL,
    action text NOT NULL,
    field text NOT NULL,
    old jsonb,
    new jsonb,
    prev_hash text NOT NULL,
    hash text NOT NULL
);
CREATE TABLE mediadesk.audit_heads(office_id int PRIMARY KEY, hash text NOT NULL);
CREATE TABLE mediadesk.reference_counters(
    office_id int NOT NULL,
    year int NOT NULL,
    last int NOT NULL DEFAULT 0,
    PRIMARY KEY (office_id, year)
);
CREATE TABLE mediadesk.clearance_rules(
    entity text PRIMARY KEY,
    status_field text NOT NULL,
    clear_from text NOT NULL,
    cleared text NOT NULL,
    content_fields text[] NOT NULL,
    reset_to text NOT NULL
);
INSERT INTO mediadesk.clearance_rules VALUES
    ('enquiry', 'status', 'awaiting_clearance', 'cleared', '{response}', 'awaiting_clearance'),
    ('post', 'status', 'submitted', 'cleared', '{text,variants,link,hashtags,photos}',
     'submitted');
CREATE FUNCTION mediadesk.no_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON mediadesk.audit
    FOR EACH STATEMENT EXECUTE FUNCTION mediadesk.no_rewrite();
"""


# Some shared records only a clearer or an admin may write (the office's standard monitoring
# columns); the rule is data, checked before any other, for pushes and settled conflicts alike.
V2_WRITE_RULES = """
CREATE TABLE mediadesk.write_rules(
    entity text PRIMARY KEY,
    min_role text NOT NULL CHECK (min_role IN ('officer', 'clearer', 'admin')),
    reason text NOT NULL
);
INSERT INTO mediadesk.write_rules VALUES
    ('column_set', 'clearer', 'Only a clearer or an admin can publish the office''s columns.');
ALTER FUNCTION mediadesk.apply_change(
    mediadesk.officers, uuid, text, uuid, text, jsonb, int, text
) RENAME TO apply_change_v1;
CREATE FUNCTION mediadesk.apply_change(
    who mediadesk.officers, p_origin uuid, p_entity text, p_id uuid, p_field text,
    p_value jsonb, p_base int, p_key text
) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = mediadesk, pg_temp AS $$
DECLARE
    ranks constant text[] := ARRAY['officer', 'clearer', 'admin'];
    rule write_rules;
BEGIN
    SELECT * INTO rule FROM write_rules WHERE entity = p_entity;
    IF FOUND AND array_position(ranks, who.role) < array_position(ranks, rule.min_role) THEN
        RETURN jsonb_build_object('result', 'refused', 'reason', rule.reason);
    END IF;
    RETURN apply_change_v1(who, p_origin, p_entity, p_id, p_field, p_value, p_base, p_key);
END $$;
"""

# A post goes out from exactly one laptop (or the outbox service): before sending a part, the
# sender claims it for a while. The claim is keyed by the post, platform and part, not by a
# publication record, so two laptops that both queued the post still send it once; a part
# already published anywhere answers with where it went.
V3_CLAIMS = """
CREATE TABLE mediadesk.claims(
    office_id int NOT NULL,
    part text NOT NULL,  -- post id : platform : part number
    origin uuid NOT NULL,
    login name NOT NULL,
    until timestamptz NOT NULL,
    PRIMARY KEY (office_id, part)
);
CREATE FUNCTION mediadesk.claim_publication(
    p_origin uuid, p_post uuid, p_platform text, p_part int, p_seconds int
) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = mediadesk, pg_temp AS $$
DECLARE
    who officers := signed_in();
    what text := p_post::text || ':' || p_platform || ':' || p_part;
    done records;
    holder claims;
BEGIN
    IF p_seconds NOT BETWEEN 0 AND 3600 OR p_platform !~ '^[a-z]{1,20}$' THEN
        RAISE EXCEPTION 'A claim lasts 0 to 3,600 seconds, for one platform.'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_seconds = 0 THEN  -- let go: it failed, and a person may retry it from anywhere
        DELETE FROM claims WHERE office_id = who.office_id AND part = what
            AND origin = p_origin;
        RETURN jsonb_build_object('result', 'released');
    END IF;
    SELECT * INTO done FROM records
        WHERE entity = 'publication' AND office_id = who.office_id AND NOT deleted
            AND fields ->> 'post' = p_post::text AND fields ->> 'platform' = p_platform
            AND fields -> 'part' = to_jsonb(p_part) AND fields ->> 'state' = 'published'
        LIMIT 1;
    IF FOUND THEN
        RETURN jsonb_build_object('result', 'published',
            'remote_id', coalesce(done.fields ->> 'remote_id', ''),
            'remote_cid', coalesce(done.fields ->> 'remote_cid', ''),
            'remote_url', coalesce(done.fields ->> 'remote_url', ''));
    END IF;
    INSERT INTO claims VALUES (who.office_id, what, p_origin, session_user,
                               now() + make_interval(secs => p_seconds))
        ON CONFLICT (office_id, part) DO UPDATE
            SET origin = excluded.origin, login = excluded.login, until = excluded.until
            WHERE claims.until < now() OR claims.origin = excluded.origin
        RETURNING * INTO holder;
    IF FOUND THEN
        RETURN jsonb_build_object('result', 'claimed');
    END IF;
    SELECT * INTO holder FROM claims WHERE office_id = who.office_id AND part = what;
    RETURN jsonb_build_object('result', 'taken',
        'by', (SELECT display_name FROM officers WHERE login = holder.login),
        'until', extract(epoch FROM holder.until)::bigint);
END $$;
"""

# A reference any laptop writes (a solo log brought in on joining, above all) is never handed
# out again: the office's counter moves past it.
V6_REFERENCES = r"""
CREATE FUNCTION mediadesk.reference_seen() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = mediadesk, pg_temp AS $$
DECLARE
    parts text[] := regexp_match(NEW.value #>> '{}', '^ENQ-(\d{4})-(\d{1,6})$');
BEGIN
    IF parts IS NOT NULL AND parts[1]::int BETWEEN 2000 AND 2200 THEN
        INSERT INTO reference_counters VALUES (NEW.office_id, parts[1]::int, parts[2]::int)
            ON CONFLICT (office_id, year)
            DO UPDATE SET last = greatest(reference_counters.last, excluded.last);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER changes_reference_seen AFTER INSERT ON mediadesk.changes FOR EACH ROW
    WHEN (NEW.entity = 'enquiry' AND NEW.field = 'ref' AND jsonb_typeof(NEW.value) = 'string')
    EXECUTE FUNCTION mediadesk.reference_seen();
-- How far each year's references are handed out (a joining solo log renames what is below).
CREATE FUNCTION mediadesk.references_reserved() RETURNS jsonb
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = mediadesk, pg_temp AS $$
    SELECT coalesce(jsonb_object_agg(year::text, last), '{}')
    FROM reference_counters WHERE office_id = (signed_in()).office_id
$$;
"""

# What each group may do: read its office's rows (row-level security) and call the functions.
READABLE = ("offices", "officers", "records", "changes", "conflicts", "audit")
CALLABLE = (
    "my_office()",
    "whoami()",
    "push(uuid, jsonb)",
    "pull(xid8, int)",
    "reserve_references(int, int)",
    "settle_conflict(bigint, uuid, jsonb)",
    "claim_publication(uuid, uuid, text, int, int)",
    "references_reserved()",
)
# As a subquery, the officer's office is looked up once per query, not once per row (a
# SECURITY DEFINER function is never inlined): a first sync reads 100,000 rows.
MINE = "(SELECT mediadesk.my_office())"
POLICIES = {  # table -> the rows an officer sees
    "offices": f"id = {MINE}",
    "officers": f"office_id = {MINE}",
    "records": f"office_id = {MINE}",
    "changes": f"office_id = {MINE}",
    "conflicts": f"office_id = {MINE}",
    "audit": f"office_id = {MINE}",
}

MIGRATIONS: tuple[tuple[int, str, tuple[str, ...]], ...] = (
    (1, "offices, officers, shared records, changes, conflicts, audit", (V1_TABLES, V1_FUNCTIONS)),
    (2, "who may write each shared record (the office's columns: a clearer)", (V2_WRITE_RULES,)),
    (3, "claims: each part of a post is published by one laptop", (V3_CLAIMS,)),
    (4, "a laptop's own later edits of a field are not a conflict", (V4_OWN_LINEAGE,)),
    (5, "retention: deleted and anonymised values are forgotten", (V5_RETENTION,)),
    (6, "a reference written anywhere is never handed out again", (V6_REFERENCES,)),
)
