-- A decision's history is read by target, newest first (decision page, PDF audit trail).
-- CreateIndex
CREATE INDEX "audit_event_company_id_target_id_idx" ON "audit_event"("company_id", "target", "id");

-- "Who is asking" on every request, in one statement instead of two transactions (BEGIN, set_config, SELECT,
-- COMMIT each): the membership of the (user, company) pair from the verified session cookie, with the fields
-- the viewer needs and the user's companies for the header's switcher. It reveals nothing the app role could
-- not already read by setting app.company_id and app.user_id to the same pair; the caller passes only ids
-- taken from a verified cookie (lib/server/viewer.ts).
CREATE POLICY membership_owner_lookup ON "membership" FOR SELECT TO CURRENT_USER USING (true);
CREATE FUNCTION session_viewer(p_user uuid, p_company uuid)
  RETURNS TABLE (role "Role", company_name varchar, require_mfa boolean, user_name varchar, email varchar,
                 locale "Locale", session_version integer, mfa_enabled boolean, companies jsonb)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT m.role, c.name, c.require_mfa, u.name, u.email, u.locale, u.session_version, u.mfa_enabled_at IS NOT NULL,
      (SELECT jsonb_agg(jsonb_build_object('companyId', om.company_id, 'role', om.role, 'name', oc.name) ORDER BY om.created_at, om.id)
         FROM "membership" om JOIN "company" oc ON oc.id = om.company_id
        WHERE om.user_id = p_user)
    FROM "membership" m
    JOIN "company" c ON c.id = m.company_id
    JOIN "user" u ON u.id = m.user_id
    WHERE m.user_id = p_user AND m.company_id = p_company
  $$;
REVOKE ALL ON FUNCTION session_viewer(uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION session_viewer(uuid, uuid) TO kumo_app;
