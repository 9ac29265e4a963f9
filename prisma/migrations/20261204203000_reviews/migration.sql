-- CreateEnum
CREATE TYPE "DecisionStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'CONFIRMED', 'APPROVED', 'RETURNED', 'REJECTED');

-- CreateEnum
CREATE TYPE "AnswerStatus" AS ENUM ('CONFIRMED', 'CONCERN', 'NOT_APPLICABLE');

-- CreateTable
CREATE TABLE "decision" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "scope_business" TEXT NOT NULL DEFAULT '',
    "scope_information" TEXT NOT NULL DEFAULT '',
    "info_importance" JSONB NOT NULL DEFAULT '{}',
    "needs" JSONB NOT NULL DEFAULT '{}',
    "template_key" VARCHAR(40) NOT NULL,
    "template_version" INTEGER NOT NULL,
    "status" "DecisionStatus" NOT NULL DEFAULT 'DRAFT',
    "revision" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "candidate" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "decision_id" UUID NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "provider" VARCHAR(200) NOT NULL DEFAULT '',
    "url" VARCHAR(2000) NOT NULL DEFAULT '',
    "category" VARCHAR(100) NOT NULL DEFAULT '',
    "plan" VARCHAR(200) NOT NULL DEFAULT '',
    "price_notes" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "candidate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "item_assignment" (
    "company_id" UUID NOT NULL,
    "decision_id" UUID NOT NULL,
    "item_key" VARCHAR(40) NOT NULL,
    "assignee_id" UUID NOT NULL,
    "assigned_by_id" UUID NOT NULL,
    "assigned_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "item_assignment_pkey" PRIMARY KEY ("decision_id","item_key")
);

-- CreateTable
CREATE TABLE "answer" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "decision_id" UUID NOT NULL,
    "candidate_id" UUID NOT NULL,
    "item_key" VARCHAR(40) NOT NULL,
    "status" "AnswerStatus" NOT NULL,
    "memo" TEXT NOT NULL DEFAULT '',
    "facts" JSONB NOT NULL DEFAULT '{}',
    "sub_points" JSONB NOT NULL DEFAULT '[]',
    "risk_acceptable" BOOLEAN,
    "risk_reason" TEXT NOT NULL DEFAULT '',
    "risk_mitigation" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "answer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "comment" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "decision_id" UUID NOT NULL,
    "item_key" VARCHAR(40),
    "candidate_id" UUID,
    "author_id" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "comment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "decision_company_id_created_at_idx" ON "decision"("company_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "decision_id_company_id_key" ON "decision"("id", "company_id");

-- CreateIndex
CREATE INDEX "candidate_company_id_decision_id_idx" ON "candidate"("company_id", "decision_id");

-- CreateIndex
CREATE INDEX "candidate_decision_id_idx" ON "candidate"("decision_id");

-- CreateIndex
CREATE UNIQUE INDEX "candidate_id_company_id_key" ON "candidate"("id", "company_id");

-- CreateIndex
CREATE INDEX "item_assignment_company_id_assignee_id_idx" ON "item_assignment"("company_id", "assignee_id");

-- CreateIndex
CREATE INDEX "answer_company_id_decision_id_idx" ON "answer"("company_id", "decision_id");

-- CreateIndex
CREATE UNIQUE INDEX "answer_candidate_id_item_key_key" ON "answer"("candidate_id", "item_key");

-- CreateIndex
CREATE INDEX "comment_company_id_decision_id_item_key_idx" ON "comment"("company_id", "decision_id", "item_key");

-- AddForeignKey
ALTER TABLE "decision" ADD CONSTRAINT "decision_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "candidate" ADD CONSTRAINT "candidate_decision_id_company_id_fkey" FOREIGN KEY ("decision_id", "company_id") REFERENCES "decision"("id", "company_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_assignment" ADD CONSTRAINT "item_assignment_decision_id_company_id_fkey" FOREIGN KEY ("decision_id", "company_id") REFERENCES "decision"("id", "company_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "answer" ADD CONSTRAINT "answer_decision_id_company_id_fkey" FOREIGN KEY ("decision_id", "company_id") REFERENCES "decision"("id", "company_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "answer" ADD CONSTRAINT "answer_candidate_id_company_id_fkey" FOREIGN KEY ("candidate_id", "company_id") REFERENCES "candidate"("id", "company_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment" ADD CONSTRAINT "comment_decision_id_company_id_fkey" FOREIGN KEY ("decision_id", "company_id") REFERENCES "decision"("id", "company_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Tenancy (docs/decisions/001-tenancy-enforcement.md): every review table is its company's alone.
-- The composite foreign keys above (…, company_id) also stop a row of one company hanging under another's.
-- ---------------------------------------------------------------------------------------------
GRANT SELECT, INSERT, UPDATE ON "decision" TO kumo_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON "candidate" TO kumo_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON "item_assignment" TO kumo_app;
GRANT SELECT, INSERT, UPDATE ON "answer" TO kumo_app;
GRANT SELECT, INSERT ON "comment" TO kumo_app;

ALTER TABLE "decision" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "decision" FORCE ROW LEVEL SECURITY;
ALTER TABLE "candidate" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "candidate" FORCE ROW LEVEL SECURITY;
ALTER TABLE "item_assignment" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "item_assignment" FORCE ROW LEVEL SECURITY;
ALTER TABLE "answer" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "answer" FORCE ROW LEVEL SECURITY;
ALTER TABLE "comment" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "comment" FORCE ROW LEVEL SECURITY;

CREATE POLICY decision_tenant ON "decision" FOR ALL TO kumo_app
  USING (company_id = app_company_id()) WITH CHECK (company_id = app_company_id());
CREATE POLICY candidate_tenant ON "candidate" FOR ALL TO kumo_app
  USING (company_id = app_company_id()) WITH CHECK (company_id = app_company_id());
CREATE POLICY item_assignment_tenant ON "item_assignment" FOR ALL TO kumo_app
  USING (company_id = app_company_id()) WITH CHECK (company_id = app_company_id());
CREATE POLICY answer_tenant ON "answer" FOR ALL TO kumo_app
  USING (company_id = app_company_id()) WITH CHECK (company_id = app_company_id());
CREATE POLICY comment_tenant ON "comment" FOR ALL TO kumo_app
  USING (company_id = app_company_id()) WITH CHECK (company_id = app_company_id());
