-- AlterTable
ALTER TABLE "company" ADD COLUMN     "require_mfa" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "user" ADD COLUMN     "mfa_enabled_at" TIMESTAMPTZ(3),
ADD COLUMN     "mfa_secret" VARCHAR(200),
ADD COLUMN     "password_changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "totp_last_step" BIGINT;

-- CreateTable
CREATE TABLE "mfa_recovery_code" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "code_hash" VARCHAR(64) NOT NULL,
    "used_at" TIMESTAMPTZ(3),

    CONSTRAINT "mfa_recovery_code_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invitation" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "email" VARCHAR(320) NOT NULL,
    "role" "Role" NOT NULL,
    "locale" "Locale" NOT NULL DEFAULT 'ja',
    "token_hash" VARCHAR(64) NOT NULL,
    "invited_by_id" UUID NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "accepted_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "password_reset" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "password_reset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mail_outbox" (
    "id" BIGSERIAL NOT NULL,
    "to" VARCHAR(320) NOT NULL,
    "subject" VARCHAR(300) NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mail_outbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "mfa_recovery_code_user_id_idx" ON "mfa_recovery_code"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "invitation_token_hash_key" ON "invitation"("token_hash");

-- CreateIndex
CREATE INDEX "invitation_company_id_email_idx" ON "invitation"("company_id", "email");

-- CreateIndex
CREATE UNIQUE INDEX "password_reset_token_hash_key" ON "password_reset"("token_hash");

-- CreateIndex
CREATE INDEX "password_reset_user_id_idx" ON "password_reset"("user_id");

-- AddForeignKey
ALTER TABLE "mfa_recovery_code" ADD CONSTRAINT "mfa_recovery_code_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "password_reset" ADD CONSTRAINT "password_reset_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Access rules for the new tables (docs/decisions/001-tenancy-enforcement.md).
-- ---------------------------------------------------------------------------------------------
GRANT SELECT, INSERT, UPDATE, DELETE ON "mfa_recovery_code" TO kumo_app;
GRANT SELECT, INSERT, UPDATE ON "invitation" TO kumo_app;
-- The outbox is write-only for the app: tokens in mail bodies are never read back through the app role.
GRANT INSERT ON "mail_outbox" TO kumo_app;
GRANT USAGE ON SEQUENCE "mail_outbox_id_seq" TO kumo_app;
-- password_reset: no grants at all; only the SECURITY DEFINER functions below touch it.

ALTER TABLE "mfa_recovery_code" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "mfa_recovery_code" FORCE ROW LEVEL SECURITY;
ALTER TABLE "invitation" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "invitation" FORCE ROW LEVEL SECURITY;
ALTER TABLE "password_reset" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "password_reset" FORCE ROW LEVEL SECURITY;
ALTER TABLE "mail_outbox" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "mail_outbox" FORCE ROW LEVEL SECURITY;

-- Recovery codes belong to a person, not a company: only their owner, signed in, sees them.
CREATE POLICY mfa_recovery_code_own ON "mfa_recovery_code" FOR ALL TO kumo_app
  USING (user_id = app_user_id()) WITH CHECK (user_id = app_user_id());

CREATE POLICY invitation_select ON "invitation" FOR SELECT TO kumo_app
  USING (company_id = app_company_id());
CREATE POLICY invitation_insert ON "invitation" FOR INSERT TO kumo_app
  WITH CHECK (company_id = app_company_id());
CREATE POLICY invitation_update ON "invitation" FOR UPDATE TO kumo_app
  USING (company_id = app_company_id()) WITH CHECK (company_id = app_company_id());

CREATE POLICY mail_outbox_append ON "mail_outbox" FOR INSERT TO kumo_app WITH CHECK (true);

-- The owner's own policies, usable only inside the SECURITY DEFINER functions below (the app never connects
-- as the owner). They are the narrow, named cross-tenant paths of security.md.
CREATE POLICY invitation_owner_lookup ON "invitation" FOR SELECT TO CURRENT_USER USING (true);
CREATE POLICY company_owner_lookup ON "company" FOR SELECT TO CURRENT_USER USING (true);
CREATE POLICY user_owner_password_reset ON "user" FOR UPDATE TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY password_reset_owner ON "password_reset" FOR ALL TO CURRENT_USER USING (true) WITH CHECK (true);

-- Invitation acceptance: the invitee is not (yet) in the company, so the link's token is the only key.
CREATE FUNCTION invitation_by_token(p_token_hash text)
  RETURNS TABLE (id uuid, company_id uuid, company_name varchar, email varchar, role "Role", locale "Locale",
                 expires_at timestamptz, accepted_at timestamptz, revoked_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT i.id, i.company_id, c.name, i.email, i.role, i.locale, i.expires_at, i.accepted_at, i.revoked_at
      FROM "invitation" i JOIN "company" c ON c.id = i.company_id
     WHERE i.token_hash = p_token_hash
  $$;
REVOKE ALL ON FUNCTION invitation_by_token(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION invitation_by_token(text) TO kumo_app;

-- Password reset, step 1: a new link supersedes every earlier one of the same person.
-- Returns nothing for an unknown email (the caller answers alike either way).
CREATE FUNCTION password_reset_create(p_email text, p_token_hash text, p_ttl_seconds integer)
  RETURNS TABLE (user_id uuid, name varchar, locale "Locale")
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  DECLARE
    u record;
  BEGIN
    SELECT x.id, x.name, x.locale INTO u FROM "user" x WHERE x.email = lower(p_email);
    IF NOT FOUND THEN
      RETURN;
    END IF;
    DELETE FROM "password_reset" pr WHERE pr.user_id = u.id;
    INSERT INTO "password_reset" (id, user_id, token_hash, expires_at)
      VALUES (gen_random_uuid(), u.id, p_token_hash, now() + make_interval(secs => p_ttl_seconds));
    RETURN QUERY SELECT u.id, u.name, u.locale;
  END
  $$;
REVOKE ALL ON FUNCTION password_reset_create(text, text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION password_reset_create(text, text, integer) TO kumo_app;

-- Password reset, step 2: single use, unexpired, not older than the last password change. Sets the new hash,
-- ends every session (session_version + 1) and voids any other link. Returns the user id, or NULL if refused.
CREATE FUNCTION password_reset_consume(p_token_hash text, p_password_hash text)
  RETURNS uuid
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  DECLARE
    r record;
  BEGIN
    SELECT pr.id, pr.user_id INTO r
      FROM "password_reset" pr JOIN "user" u ON u.id = pr.user_id
     WHERE pr.token_hash = p_token_hash AND pr.used_at IS NULL AND pr.expires_at > now()
       AND pr.created_at >= u.password_changed_at
       FOR UPDATE OF pr;
    IF NOT FOUND THEN
      RETURN NULL;
    END IF;
    UPDATE "password_reset" SET used_at = now() WHERE id = r.id;
    DELETE FROM "password_reset" WHERE user_id = r.user_id AND id <> r.id;
    UPDATE "user" SET password_hash = p_password_hash, session_version = session_version + 1,
                      password_changed_at = now(), updated_at = now()
     WHERE id = r.user_id;
    RETURN r.user_id;
  END
  $$;
REVOKE ALL ON FUNCTION password_reset_consume(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION password_reset_consume(text, text) TO kumo_app;
