"""The office schema's functions (migration 1): the only way officers change anything.

Each is SECURITY DEFINER with a fixed search_path, takes the officer from session_user, and
applies the rules in one place: apply_change for every field, write_field and audit_line for
the record, its change and its audit line in the same transaction.
"""

from __future__ import annotations

V1_FUNCTIONS = r"""
CREATE FUNCTION mediadesk.my_office() RETURNS int
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = mediadesk, pg_temp AS $$
    SELECT office_id FROM mediadesk.officers WHERE login = session_user AND active
$$;

CREATE FUNCTION mediadesk.whoami() RETURNS jsonb
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = mediadesk, pg_temp AS $$
    SELECT jsonb_build_object(
        'login', o.login, 'display_name', o.display_name, 'role', o.role,
        'office', f.id, 'office_name', f.name, 'two_person_rule', f.two_person_rule)
    FROM mediadesk.officers o JOIN mediadesk.offices f ON f.id = o.office_id
    WHERE o.login = session_user AND o.active
$$;

-- The signed-in officer, or an error for a login that is not one: every call starts here.
CREATE FUNCTION mediadesk.signed_in() RETURNS mediadesk.officers
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = mediadesk, pg_temp AS $$
DECLARE
    who officers;
BEGIN
    SELECT * INTO who FROM officers WHERE login = session_user AND active;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'This sign-in is not an officer of the office.'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN who;
END $$;

-- One writer at a time per office: the audit chain needs it, and taking the turn first means
-- two writers never hold records the other waits for.
CREATE FUNCTION mediadesk.take_turn(p_office int) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = mediadesk, pg_temp AS $$
BEGIN
    INSERT INTO audit_heads VALUES (p_office, repeat('0', 64)) ON CONFLICT DO NOTHING;
    PERFORM 1 FROM audit_heads WHERE office_id = p_office FOR UPDATE;
END $$;

-- One audit line, chained to the office's last one (the head row serialises writers).
CREATE FUNCTION mediadesk.audit_line(
    p_office int, p_entity text, p_id uuid, p_action text, p_field text, p_old jsonb,
    p_new jsonb
) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = mediadesk, pg_temp AS $$
DECLARE
    head text;
    stamp timestamptz := date_trunc('milliseconds', clock_timestamp());
    digest text;
BEGIN
    INSERT INTO audit_heads VALUES (p_office, repeat('0', 64)) ON CONFLICT DO NOTHING;
    SELECT hash INTO head FROM audit_heads WHERE office_id = p_office FOR UPDATE;
    digest := encode(sha256(convert_to(concat_ws(E'\x1f',
        head, p_office::text, (extract(epoch FROM stamp) * 1000)::bigint::text, session_user,
        p_entity, p_id::text, p_action, p_field, coalesce(p_old::text, ''),
        coalesce(p_new::text, '')), 'UTF8')), 'hex');
    INSERT INTO audit(office_id, at, actor, entity, record_id, action, field, old, new,
                      prev_hash, hash)
    VALUES (p_office, stamp, session_user, p_entity, p_id, p_action, p_field, p_old, p_new,
            head, digest);
    UPDATE audit_heads SET hash = digest WHERE office_id = p_office;
END $$;

-- Write one field of a locked record: a new version, a change to pull, an audit line.
CREATE FUNCTION mediadesk.write_field(
    rec mediadesk.records, p_field text, p_value jsonb, p_origin uuid, p_key text DEFAULT NULL
) RETURNS mediadesk.records
LANGUAGE plpgsql SECURITY DEFINER SET search_path = mediadesk, pg_temp AS $$
DECLARE
    v_version int := coalesce((rec.versions ->> p_field)::int, 0) + 1;
    v_old jsonb := rec.fields -> p_field;
    v_action text := CASE WHEN p_field = '_deleted' THEN 'delete'
                        WHEN rec.fields = '{}' AND NOT rec.deleted THEN 'create'
                        ELSE 'update' END;
BEGIN
    UPDATE records SET
        fields = CASE WHEN p_field = '_deleted' THEN '{}'::jsonb
                      ELSE fields || jsonb_build_object(p_field, p_value) END,
        versions = versions || jsonb_build_object(p_field, v_version),
        authors = authors || jsonb_build_object(p_field, session_user),
        deleted = deleted OR p_field = '_deleted'
    WHERE entity = rec.entity AND id = rec.id
    RETURNING * INTO rec;
    INSERT INTO changes(office_id, entity, record_id, field, value, version, author, origin,
                        client_key)
    VALUES (rec.office_id, rec.entity, rec.id, p_field, p_value, v_version, session_user,
            p_origin, p_key);
    PERFORM audit_line(rec.office_id, rec.entity, rec.id, v_action, p_field, v_old, p_value);
    RETURN rec;
END $$;

CREATE FUNCTION mediadesk.apply_change(
    who mediadesk.officers, p_origin uuid, p_entity text, p_id uuid, p_field text,
    p_value jsonb, p_base int, p_key text
) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = mediadesk, pg_temp AS $$
DECLARE
    rec records;
    rule clearance_rules;
    current_version int;
    two_person boolean;
    done int;
BEGIN
    SELECT version INTO done FROM changes WHERE origin = p_origin AND client_key = p_key;
    IF FOUND THEN  -- pushed before, and the answer was lost on the way back
        RETURN jsonb_build_object('result', 'applied', 'version', done);
    END IF;
    IF p_entity !~ '^[a-z][a-z_]{0,39}$' OR p_field !~ '^_?[a-z][a-z0-9_]{0,59}$' THEN
        RETURN jsonb_build_object('result', 'refused',
            'reason', 'That is not a field MediaDesk keeps.');
    END IF;
    IF p_field IN ('cleared_by', 'cleared_at') THEN
        RETURN jsonb_build_object('result', 'refused',
            'reason', 'The office server records who cleared it and when.');
    END IF;
    IF octet_length(p_value::text) > 16 * 1024 * 1024 THEN
        RETURN jsonb_build_object('result', 'refused', 'reason', 'That value is too large.');
    END IF;
    INSERT INTO records(entity, id, office_id) VALUES (p_entity, p_id, who.office_id)
        ON CONFLICT DO NOTHING;
    SELECT * INTO rec FROM records WHERE entity = p_entity AND id = p_id FOR UPDATE;
    IF rec.office_id <> who.office_id THEN
        RETURN jsonb_build_object('result', 'refused',
            'reason', 'That record is not your office''s.');
    END IF;
    IF rec.deleted THEN
        RETURN jsonb_build_object('result', 'refused', 'reason', 'That record has been deleted.');
    END IF;
    current_version := coalesce((rec.versions ->> p_field)::int, 0);
    IF current_version <> p_base THEN
        IF rec.fields -> p_field IS NOT DISTINCT FROM p_value THEN  -- the same edit twice
            RETURN jsonb_build_object('result', 'applied', 'version', current_version);
        END IF;
        INSERT INTO conflicts(office_id, entity, record_id, field, original, mine, mine_by,
                              theirs, theirs_by)
        SELECT rec.office_id, p_entity, p_id, p_field,
               (SELECT value FROM changes WHERE entity = p_entity AND record_id = p_id
                   AND field = p_field AND version = p_base),
               p_value, session_user, rec.fields -> p_field, rec.authors ->> p_field
        WHERE NOT EXISTS (  -- a retried push names the same clash once
            SELECT 1 FROM conflicts WHERE record_id = p_id AND field = p_field
                AND mine IS NOT DISTINCT FROM p_value AND mine_by = session_user
                AND resolved_at IS NULL);
        RETURN jsonb_build_object('result', 'conflict', 'version', current_version,
                                  'theirs', rec.fields -> p_field,
                                  'record', rec.fields, 'versions', rec.versions);
    END IF;
    SELECT * INTO rule FROM clearance_rules WHERE entity = p_entity;
    IF FOUND AND p_field = rule.status_field AND p_value #>> '{}' = rule.cleared THEN
        IF who.role NOT IN ('clearer', 'admin') THEN
            RETURN jsonb_build_object('result', 'refused',
                'reason', 'Only a clearer can clear it.',
                'theirs', rec.fields -> p_field, 'version', current_version,
                'record', rec.fields, 'versions', rec.versions);
        END IF;
        IF rec.fields ->> rule.status_field IS DISTINCT FROM rule.clear_from THEN
            RETURN jsonb_build_object('result', 'refused',
                'reason', 'It has to be sent for clearance before it can be cleared.',
                'theirs', rec.fields -> p_field, 'version', current_version,
                'record', rec.fields, 'versions', rec.versions);
        END IF;
        SELECT two_person_rule INTO two_person FROM offices WHERE id = who.office_id;
        IF two_person AND EXISTS (
            SELECT 1 FROM changes WHERE entity = p_entity AND record_id = p_id
                AND field = ANY (rule.content_fields) AND author = session_user) THEN
            RETURN jsonb_build_object('result', 'refused',
                'reason', 'You wrote these words, so another clearer must clear them.',
                'theirs', rec.fields -> p_field, 'version', current_version,
                'record', rec.fields, 'versions', rec.versions);
        END IF;
        rec := write_field(rec, p_field, p_value, p_origin, p_key);
        rec := write_field(rec, 'cleared_by', to_jsonb(who.display_name), p_origin);
        rec := write_field(rec, 'cleared_at',
            to_jsonb(extract(epoch FROM now())::bigint), p_origin);  -- seconds, as stored
    ELSIF FOUND AND p_field = ANY (rule.content_fields)
            AND rec.fields ->> rule.status_field = rule.cleared
            AND rec.fields -> p_field IS DISTINCT FROM p_value THEN
        rec := write_field(rec, p_field, p_value, p_origin, p_key);  -- changed after clearance:
        rec := write_field(rec, rule.status_field, to_jsonb(rule.reset_to), p_origin);
        rec := write_field(rec, 'cleared_by', to_jsonb(''::text), p_origin);
    ELSE
        rec := write_field(rec, p_field, p_value, p_origin, p_key);
    END IF;
    RETURN jsonb_build_object('result', 'applied',
                              'version', (rec.versions ->> p_field)::int);
END $$;

CREATE FUNCTION mediadesk.push(p_origin uuid, p_changes jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = mediadesk, pg_temp AS $$
DECLARE
    who officers;
    change jsonb;
    results jsonb := '[]';
BEGIN
    who := signed_in();
    IF jsonb_typeof(p_changes) IS DISTINCT FROM 'array'
            OR jsonb_array_length(p_changes) > 5000 THEN
        RAISE EXCEPTION 'A push is a list of at most 5,000 changes.'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM take_turn(who.office_id);
    -- Laptops listening for the office hear of it when this commits (each skips its own).
    PERFORM pg_notify('mediadesk', who.office_id || ':' || p_origin);
    FOR change IN SELECT value FROM jsonb_array_elements(p_changes) LOOP
        results := results || jsonb_build_array(apply_change(
            who, p_origin, change ->> 'entity', (change ->> 'id')::uuid, change ->> 'field',
            change -> 'value', coalesce((change ->> 'base')::int, 0), change ->> 'key'));
    END LOOP;
    RETURN results;
END $$;

-- Every change of the office made by transactions that finished after `p_since`'s window.
-- Windows are ranges of transaction ids below the oldest one still running, so a transaction
-- that commits after a later-numbered one is still pulled (a sequence number would skip it).
CREATE FUNCTION mediadesk.pull(p_since xid8, p_limit int DEFAULT 5000) RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = mediadesk, pg_temp AS $$
DECLARE
    office int := (signed_in()).office_id;
    horizon xid8 := pg_snapshot_xmin(pg_current_snapshot());
    cut xid8;
    first_txid xid8;
BEGIN
    SELECT txid INTO cut FROM changes
        WHERE office_id = office AND txid >= p_since AND txid < horizon
        ORDER BY txid, seq OFFSET greatest(p_limit, 1) LIMIT 1;
    IF cut IS NOT NULL THEN  -- whole transactions only: the rest come with the next pull
        SELECT min(txid) INTO first_txid FROM changes
            WHERE office_id = office AND txid >= p_since;
        horizon := CASE WHEN cut > first_txid THEN cut
                        ELSE (cut::text::bigint + 1)::text::xid8 END;
    END IF;
    RETURN jsonb_build_object(
        'watermark', horizon::text,
        'more', cut IS NOT NULL,
        'changes', coalesce((
            SELECT jsonb_agg(jsonb_build_object(
                'entity', entity, 'id', record_id, 'field', field, 'value', value,
                'version', version, 'author', author, 'origin', origin) ORDER BY txid, seq)
            FROM changes
            WHERE office_id = office AND txid >= p_since AND txid < horizon), '[]'));
END $$;

-- Settle a conflict with the value people chose (mine, theirs, or words merged by hand): the
-- value goes through the same rules as any change, and the choice is audited.
CREATE FUNCTION mediadesk.settle_conflict(p_id bigint, p_origin uuid, p_value jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = mediadesk, pg_temp AS $$
DECLARE
    who officers;
    clash conflicts;
    rec records;
    outcome jsonb := jsonb_build_object('result', 'applied');
BEGIN
    who := signed_in();
    PERFORM take_turn(who.office_id);
    SELECT * INTO clash FROM conflicts
        WHERE id = p_id AND office_id = who.office_id AND resolved_at IS NULL FOR UPDATE;
    IF NOT FOUND THEN
        RETURN jsonb_build_object('result', 'refused',
            'reason', 'Someone has settled this already.');
    END IF;
    SELECT * INTO rec FROM records WHERE entity = clash.entity AND id = clash.record_id;
    IF rec.fields -> clash.field IS DISTINCT FROM p_value THEN
        outcome := apply_change(who, p_origin, clash.entity, clash.record_id, clash.field,
            p_value, coalesce((rec.versions ->> clash.field)::int, 0), NULL);
        IF outcome ->> 'result' <> 'applied' THEN
            RETURN outcome;
        END IF;
    END IF;
    UPDATE conflicts SET resolved_by = session_user, resolved_at = now() WHERE id = p_id;
    PERFORM audit_line(who.office_id, clash.entity, clash.record_id, 'settle', clash.field,
        jsonb_build_object('mine', clash.mine, 'theirs', clash.theirs), p_value);
    RETURN outcome;
END $$;

CREATE FUNCTION mediadesk.reserve_references(p_year int, p_count int) RETURNS int
LANGUAGE plpgsql SECURITY DEFINER SET search_path = mediadesk, pg_temp AS $$
DECLARE
    office int := (signed_in()).office_id;
    first int;
BEGIN
    IF p_count NOT BETWEEN 1 AND 1000 OR p_year NOT BETWEEN 2000 AND 2200 THEN
        RAISE EXCEPTION 'References are reserved 1 to 1,000 at a time.'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO reference_counters VALUES (office, p_year, 0) ON CONFLICT DO NOTHING;
    UPDATE reference_counters SET last = last + p_count
        WHERE office_id = office AND year = p_year
        RETURNING last - p_count + 1 INTO first;
    RETURN first;
END $$;
"""


def _own_lineage() -> str:
    """Migration 4's apply_change_v1: migration 1's, but a field whose newer versions were all
    pushed by the same laptop is that laptop's own line of edits, not a clash.

    (A push applied whose answer was lost, then another edit of the field: the laptop still
    holds the older version, and showed its officer a conflict with their own words.) Changes
    the server made itself (a status sent back after an edit to cleared words) carry no
    client key, so they still clash.
    """
    start = V1_FUNCTIONS.index("CREATE FUNCTION mediadesk.apply_change(")
    end = V1_FUNCTIONS.index("END $$;", start) + len("END $$;")
    body = V1_FUNCTIONS[start:end]
    clash = "    IF current_version <> p_base THEN\n"
    own = (
        "    IF current_version <> p_base AND EXISTS (\n"
        "            SELECT 1 FROM changes WHERE entity = p_entity AND record_id = p_id\n"
        "                AND field = p_field AND version > p_base\n"
        "                AND (origin IS DISTINCT FROM p_origin OR client_key IS NULL)) THEN\n"
    )
    if body.count(clash) != 1:
        raise AssertionError("migration 1's apply_change no longer has its version check")
    return body.replace(clash, own).replace(
        "CREATE FUNCTION mediadesk.apply_change(",
        "CREATE OR REPLACE FUNCTION mediadesk.apply_change_v1(",
    )


V4_OWN_LINEAGE = _own_lineage()
