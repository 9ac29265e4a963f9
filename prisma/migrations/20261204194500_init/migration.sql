-- CreateEnum
CREATE TYPE "Role" AS ENUM ('MANAGER', 'IT_OWNER', 'ADVISOR');

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('ja', 'en');

-- CreateTable
CREATE TABLE "company" (
    "id" UUID NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "company_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user" (
    "id" UUID NOT NULL,
    "email" VARCHAR(320) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "password_hash" VARCHAR(200) NOT NULL,
    "locale" "Locale" NOT NULL DEFAULT 'ja',
    "session_version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "membership" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" BIGSERIAL NOT NULL,
    "company_id" UUID,
    "actor_id" UUID,
    "action" VARCHAR(64) NOT NULL,
    "target" VARCHAR(200),
    "ip" VARCHAR(64),
    "data" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit" (
    "key" VARCHAR(64) NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "hits" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "rate_limit_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE INDEX "membership_user_id_idx" ON "membership"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "membership_company_id_user_id_key" ON "membership"("company_id", "user_id");

-- CreateIndex
CREATE INDEX "audit_event_company_id_created_at_idx" ON "audit_event"("company_id", "created_at");

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Tenancy backstop (docs/decisions/001-tenancy-enforcement.md). Not expressible in schema.prisma.
-- The app connects as kumo_app: no superuser, no BYPASSRLS, owns nothing. Each request runs in a
-- transaction that sets app.company_id / app.user_id with set_config(..., true) (transaction-local).
-- ---------------------------------------------------------------------------------------------
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kumo_app') THEN
    CREATE ROLE kumo_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END
$$;

-- NULLIF: an unset or reset setting reads as '' and must mean "no tenant" (no rows), never "all rows".
CREATE FUNCTION app_company_id() RETURNS uuid LANGUAGE sql STABLE
  AS $$ SELECT NULLIF(current_setting('app.company_id', true), '')::uuid $$;
CREATE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE
  AS $$ SELECT NULLIF(current_setting('app.user_id', true), '')::uuid $$;

GRANT USAGE ON SCHEMA public TO kumo_app;
GRANT EXECUTE ON FUNCTION app_company_id(), app_user_id() TO kumo_app;
GRANT SELECT, INSERT, UPDATE ON "company" TO kumo_app;
GRANT SELECT, INSERT, UPDATE ON "user" TO kumo_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON "membership" TO kumo_app;
-- Append-only audit log: no UPDATE, no DELETE for the app.
GRANT SELECT, INSERT ON "audit_event" TO kumo_app;
GRANT USAGE ON SEQUENCE "audit_event_id_seq" TO kumo_app;
-- Throttle counters are not tenant data (keys are hashes); the app manages them directly.
GRANT SELECT, INSERT, UPDATE, DELETE ON "rate_limit" TO kumo_app;

ALTER TABLE "company" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "company" FORCE ROW LEVEL SECURITY;
ALTER TABLE "user" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "user" FORCE ROW LEVEL SECURITY;
ALTER TABLE "membership" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "membership" FORCE ROW LEVEL SECURITY;
ALTER TABLE "audit_event" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "audit_event" FORCE ROW LEVEL SECURITY;

-- Membership: the current company's members, plus the signed-in user's own memberships (company switcher).
CREATE POLICY membership_select ON "membership" FOR SELECT TO kumo_app
  USING (company_id = app_company_id() OR user_id = app_user_id());
CREATE POLICY membership_insert ON "membership" FOR INSERT TO kumo_app
  WITH CHECK (company_id = app_company_id());
CREATE POLICY membership_update ON "membership" FOR UPDATE TO kumo_app
  USING (company_id = app_company_id()) WITH CHECK (company_id = app_company_id());
CREATE POLICY membership_delete ON "membership" FOR DELETE TO kumo_app
  USING (company_id = app_company_id());

-- Company: the current one, and those the signed-in user belongs to (names in the switcher).
CREATE POLICY company_select ON "company" FOR SELECT TO kumo_app
  USING (id = app_company_id() OR id IN (SELECT m.company_id FROM "membership" m WHERE m.user_id = app_user_id()));
CREATE POLICY company_insert ON "company" FOR INSERT TO kumo_app
  WITH CHECK (id = app_company_id());
CREATE POLICY company_update ON "company" FOR UPDATE TO kumo_app
  USING (id = app_company_id()) WITH CHECK (id = app_company_id());

-- User: oneself, and the members of the current company.
CREATE POLICY user_select ON "user" FOR SELECT TO kumo_app
  USING (id = app_user_id() OR id IN (SELECT m.user_id FROM "membership" m WHERE m.company_id = app_company_id()));
CREATE POLICY user_insert ON "user" FOR INSERT TO kumo_app
  WITH CHECK (id = app_user_id());
CREATE POLICY user_update ON "user" FOR UPDATE TO kumo_app
  USING (id = app_user_id()) WITH CHECK (id = app_user_id());

-- Audit: read only the current company's events; write for the current company, or company-less
-- events (a failed sign-in for an unknown email), which no tenant can read back.
CREATE POLICY audit_event_select ON "audit_event" FOR SELECT TO kumo_app
  USING (company_id = app_company_id());
CREATE POLICY audit_event_insert ON "audit_event" FOR INSERT TO kumo_app
  WITH CHECK (company_id IS NULL OR company_id = app_company_id());

-- The one cross-tenant read at sign-in: find a user by email before any tenant is known.
-- SECURITY DEFINER runs as the migration owner; FORCE RLS applies to the owner too, so the owner
-- gets a read-only policy of its own, which the app role (never the owner) cannot use directly.
CREATE POLICY user_owner_lookup ON "user" FOR SELECT TO CURRENT_USER USING (true);
CREATE FUNCTION auth_user_by_email(p_email text)
  RETURNS TABLE (id uuid, password_hash varchar, session_version integer)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ SELECT u.id, u.password_hash, u.session_version FROM "user" u WHERE u.email = lower(p_email) $$;
REVOKE ALL ON FUNCTION auth_user_by_email(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth_user_by_email(text) TO kumo_app;
