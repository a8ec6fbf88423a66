"""Migration 5: what retention removes from a laptop, the office server forgets too.

Deleting an enquiry (or any shared record) empties every value its changes and audit lines
held; anonymising one empties every earlier value of its fields, leaving the anonymised words.
The audit chain stays verifiable: lines written from now on hash digests of their values
(form 2), so a value can go and the line still proves it was not altered. Lines written
before (form 1) hashed the values themselves; once emptied they are marked redacted and the
chain still checks that none was removed, inserted or reordered.
"""

from __future__ import annotations

V5_RETENTION = r"""
ALTER TABLE mediadesk.audit
    ADD COLUMN form smallint NOT NULL DEFAULT 1,
    ADD COLUMN old_digest text,
    ADD COLUMN new_digest text,
    ADD COLUMN redacted boolean NOT NULL DEFAULT false;

-- Lines stay append-only; the one update allowed empties values, inside purge_history.
DROP TRIGGER audit_append_only ON mediadesk.audit;
CREATE TRIGGER audit_append_only BEFORE DELETE OR TRUNCATE ON mediadesk.audit
    FOR EACH STATEMENT EXECUTE FUNCTION mediadesk.no_rewrite();
CREATE FUNCTION mediadesk.only_redaction() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('mediadesk.redacting', true) IS DISTINCT FROM 'on'
            OR NEW.old IS NOT NULL OR NEW.new IS NOT NULL OR NOT NEW.redacted
            OR (NEW.id, NEW.office_id, NEW.at, NEW.actor, NEW.entity, NEW.record_id, NEW.action,
                NEW.field, NEW.prev_hash, NEW.hash, NEW.form)
               IS DISTINCT FROM
               (OLD.id, OLD.office_id, OLD.at, OLD.actor, OLD.entity, OLD.record_id, OLD.action,
                OLD.field, OLD.prev_hash, OLD.hash, OLD.form)
            OR (OLD.form = 2 AND (NEW.old_digest, NEW.new_digest)
                                 IS DISTINCT FROM (OLD.old_digest, OLD.new_digest)) THEN
        RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER audit_only_redaction BEFORE UPDATE ON mediadesk.audit
    FOR EACH ROW EXECUTE FUNCTION mediadesk.only_redaction();

CREATE OR REPLACE FUNCTION mediadesk.audit_line(
    p_office int, p_entity text, p_id uuid, p_action text, p_field text, p_old jsonb,
    p_new jsonb
) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = mediadesk, pg_temp AS $$
DECLARE
    head text;
    stamp timestamptz := date_trunc('milliseconds', clock_timestamp());
    old_digest text := encode(sha256(convert_to(coalesce(p_old::text, ''), 'UTF8')), 'hex');
    new_digest text := encode(sha256(convert_to(coalesce(p_new::text, ''), 'UTF8')), 'hex');
    digest text;
BEGIN
    INSERT INTO audit_heads VALUES (p_office, repeat('0', 64)) ON CONFLICT DO NOTHING;
    SELECT hash INTO head FROM audit_heads WHERE office_id = p_office FOR UPDATE;
    digest := encode(sha256(convert_to(concat_ws(E'\x1f',
        head, p_office::text, (extract(epoch FROM stamp) * 1000)::bigint::text, session_user,
        p_entity, p_id::text, p_action, p_field, old_digest, new_digest), 'UTF8')), 'hex');
    INSERT INTO audit(office_id, at, actor, entity, record_id, action, field, old, new,
                      prev_hash, hash, form, old_digest, new_digest)
    VALUES (p_office, stamp, session_user, p_entity, p_id, p_action, p_field, p_old, p_new,
            head, digest, 2, old_digest, new_digest);
    UPDATE audit_heads SET hash = digest WHERE office_id = p_office;
END $$;

-- Forget a record's values: all of them (deleted), or every earlier one of `p_field` (NULL:
-- of every field) once it is anonymised.
CREATE FUNCTION mediadesk.purge_history(p_entity text, p_id uuid, p_all boolean, p_field text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = mediadesk, pg_temp AS $$
BEGIN
    UPDATE changes c SET value = NULL
        WHERE c.entity = p_entity AND c.record_id = p_id AND c.value IS NOT NULL
            AND c.field <> '_deleted' AND (p_field IS NULL OR c.field = p_field)
            AND (p_all OR c.version < (SELECT max(d.version) FROM changes d
                 WHERE d.entity = c.entity AND d.record_id = c.record_id AND d.field = c.field));
    UPDATE conflicts SET original = NULL, mine = NULL, theirs = NULL,
            resolved_by = coalesce(resolved_by, session_user),
            resolved_at = coalesce(resolved_at, now())
        WHERE entity = p_entity AND record_id = p_id AND (p_field IS NULL OR field = p_field);
    -- The audit keeps who changed what and when; the words go (the record holds today's).
    PERFORM set_config('mediadesk.redacting', 'on', true);
    UPDATE audit SET old = NULL, new = NULL, redacted = true
        WHERE entity = p_entity AND record_id = p_id AND (p_field IS NULL OR field = p_field)
            AND (old IS NOT NULL OR new IS NOT NULL);
    PERFORM set_config('mediadesk.redacting', 'off', true);
END $$;

CREATE OR REPLACE FUNCTION mediadesk.apply_change(
    who mediadesk.officers, p_origin uuid, p_entity text, p_id uuid, p_field text,
    p_value jsonb, p_base int, p_key text
) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = mediadesk, pg_temp AS $$
DECLARE
    ranks constant text[] := ARRAY['officer', 'clearer', 'admin'];
    rule write_rules;
    outcome jsonb;
    rec records;
BEGIN
    SELECT * INTO rule FROM write_rules WHERE entity = p_entity;
    IF FOUND AND array_position(ranks, who.role) < array_position(ranks, rule.min_role) THEN
        RETURN jsonb_build_object('result', 'refused', 'reason', rule.reason);
    END IF;
    outcome := apply_change_v1(who, p_origin, p_entity, p_id, p_field, p_value, p_base, p_key);
    IF outcome ->> 'result' = 'applied' THEN
        SELECT * INTO rec FROM records WHERE entity = p_entity AND id = p_id;
        IF rec.deleted THEN
            PERFORM purge_history(p_entity, p_id, true, NULL);
        ELSIF coalesce(rec.fields ->> 'anonymised', '0') NOT IN ('0', 'null', 'false') THEN
            PERFORM purge_history(p_entity, p_id, false,
                CASE WHEN p_field = 'anonymised' THEN NULL ELSE p_field END);
        END IF;
    END IF;
    RETURN outcome;
END $$;
"""
