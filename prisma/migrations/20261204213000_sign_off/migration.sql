-- CreateTable
CREATE TABLE "revision_snapshot" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "decision_id" UUID NOT NULL,
    "revision" INTEGER NOT NULL,
    "canonical" TEXT NOT NULL,
    "hash" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "revision_snapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sign_off" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "decision_id" UUID NOT NULL,
    "revision" INTEGER NOT NULL,
    "role" "Role" NOT NULL,
    "user_id" UUID NOT NULL,
    "signer_name" VARCHAR(100) NOT NULL,
    "content_hash" VARCHAR(64) NOT NULL,
    "verdict" "DecisionStatus",
    "chosen_candidate_id" UUID,
    "comment" TEXT NOT NULL DEFAULT '',
    "signed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sign_off_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "revision_snapshot_hash_key" ON "revision_snapshot"("hash");

-- CreateIndex
CREATE INDEX "revision_snapshot_company_id_idx" ON "revision_snapshot"("company_id");

-- CreateIndex
CREATE UNIQUE INDEX "revision_snapshot_decision_id_revision_key" ON "revision_snapshot"("decision_id", "revision");

-- CreateIndex
CREATE INDEX "sign_off_company_id_idx" ON "sign_off"("company_id");

-- CreateIndex
CREATE UNIQUE INDEX "sign_off_decision_id_revision_role_key" ON "sign_off"("decision_id", "revision", "role");

-- AddForeignKey
ALTER TABLE "revision_snapshot" ADD CONSTRAINT "revision_snapshot_decision_id_company_id_fkey" FOREIGN KEY ("decision_id", "company_id") REFERENCES "decision"("id", "company_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sign_off" ADD CONSTRAINT "sign_off_decision_id_company_id_fkey" FOREIGN KEY ("decision_id", "company_id") REFERENCES "decision"("id", "company_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Sign-off integrity (issue D; docs/decisions/001, security.md 11, 13, 14).
-- ---------------------------------------------------------------------------------------------
-- Snapshots and signatures are append-only for the app.
GRANT SELECT, INSERT ON "revision_snapshot" TO kumo_app;
GRANT SELECT, INSERT ON "sign_off" TO kumo_app;

ALTER TABLE "revision_snapshot" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "revision_snapshot" FORCE ROW LEVEL SECURITY;
ALTER TABLE "sign_off" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "sign_off" FORCE ROW LEVEL SECURITY;
CREATE POLICY revision_snapshot_tenant ON "revision_snapshot" FOR ALL TO kumo_app
  USING (company_id = app_company_id()) WITH CHECK (company_id = app_company_id());
CREATE POLICY sign_off_tenant ON "sign_off" FOR ALL TO kumo_app
  USING (company_id = app_company_id()) WITH CHECK (company_id = app_company_id());

-- Even the owner cannot rewrite a signed record in place.
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'signed records are immutable (%)', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER revision_snapshot_immutable BEFORE UPDATE OR DELETE ON "revision_snapshot"
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER sign_off_immutable BEFORE UPDATE OR DELETE ON "sign_off"
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- While a revision is being signed or has been signed, its content cannot change: answers and candidates are
-- refused unless the decision is DRAFT or RETURNED (editing after a verdict first opens the next revision).
-- Cascading deletes of a whole decision (company deletion) are not affected: they skip the check below.
CREATE FUNCTION refuse_change_while_signing() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  d_status "DecisionStatus";
BEGIN
  SELECT status INTO d_status FROM decision WHERE id = COALESCE(NEW.decision_id, OLD.decision_id);
  IF d_status IS NOT NULL AND d_status NOT IN ('DRAFT', 'RETURNED') THEN
    RAISE EXCEPTION 'decision % is % and cannot be edited', COALESCE(NEW.decision_id, OLD.decision_id), d_status
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN COALESCE(NEW, OLD);
END
$$;
CREATE TRIGGER answer_frozen_while_signing BEFORE INSERT OR UPDATE OR DELETE ON "answer"
  FOR EACH ROW EXECUTE FUNCTION refuse_change_while_signing();
CREATE TRIGGER candidate_frozen_while_signing BEFORE INSERT OR UPDATE OR DELETE ON "candidate"
  FOR EACH ROW EXECUTE FUNCTION refuse_change_while_signing();

-- The decision's own content follows the same rule; only status and revision may move during signing.
CREATE FUNCTION refuse_decision_edit_while_signing() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status NOT IN ('DRAFT', 'RETURNED') AND (
       NEW.title IS DISTINCT FROM OLD.title OR NEW.scope_business IS DISTINCT FROM OLD.scope_business
    OR NEW.scope_information IS DISTINCT FROM OLD.scope_information OR NEW.needs IS DISTINCT FROM OLD.needs
    OR NEW.info_importance IS DISTINCT FROM OLD.info_importance) THEN
    RAISE EXCEPTION 'decision % is % and cannot be edited', OLD.id, OLD.status USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER decision_frozen_while_signing BEFORE UPDATE ON "decision"
  FOR EACH ROW EXECUTE FUNCTION refuse_decision_edit_while_signing();

-- Public verification by hash (no sign-in): only what the PDF itself shows, and only for a revision with the
-- manager's final signature. An unknown hash returns nothing.
CREATE POLICY revision_snapshot_owner_lookup ON "revision_snapshot" FOR SELECT TO CURRENT_USER USING (true);
CREATE POLICY sign_off_owner_lookup ON "sign_off" FOR SELECT TO CURRENT_USER USING (true);
CREATE FUNCTION verify_revision(p_hash text)
  RETURNS TABLE (company_name text, decision_title text, revision integer, role "Role", signer_name varchar,
                 signed_at timestamptz, verdict "DecisionStatus", chosen_candidate text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    -- Names come from the frozen snapshot, so later edits (a renamed or removed candidate) change nothing here.
    SELECT s.canonical::jsonb #>> '{company,name}', s.canonical::jsonb #>> '{decision,title}', s.revision, so.role,
           so.signer_name, so.signed_at, so.verdict,
           (SELECT x->>'name' FROM jsonb_array_elements(s.canonical::jsonb -> 'candidates') x
             WHERE x->>'id' = so.chosen_candidate_id::text)
      FROM revision_snapshot s
      JOIN sign_off so ON so.decision_id = s.decision_id AND so.revision = s.revision AND so.content_hash = s.hash
     WHERE s.hash = lower(p_hash)
       AND EXISTS (SELECT 1 FROM sign_off m WHERE m.decision_id = s.decision_id AND m.revision = s.revision
                     AND m.role = 'MANAGER' AND m.content_hash = s.hash)
     ORDER BY so.signed_at
  $$;
REVOKE ALL ON FUNCTION verify_revision(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION verify_revision(text) TO kumo_app;
