-- CreateEnum
CREATE TYPE "BudgetPlanStatus" AS ENUM ('DRAFT', 'ADOPTED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "BudgetLineKind" AS ENUM ('EXPENSE', 'INCOME');

-- CreateEnum
CREATE TYPE "BudgetEntrySource" AS ENUM ('MANUAL', 'IMPORT');

-- AlterTable
ALTER TABLE "Association" ADD COLUMN     "fiscalYearStartMonth" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "membersSeeBudget" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "BudgetPlan" (
    "id" UUID NOT NULL,
    "associationId" UUID NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "revisesId" UUID,
    "status" "BudgetPlanStatus" NOT NULL DEFAULT 'DRAFT',
    "adoptedOn" DATE,
    "adoptedByDecisionId" UUID,
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "BudgetPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BudgetLine" (
    "id" UUID NOT NULL,
    "associationId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "kind" "BudgetLineKind" NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "amountCents" BIGINT NOT NULL,
    "remark" TEXT,
    "category" TEXT,
    "sourceLineId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BudgetLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BudgetEntry" (
    "id" UUID NOT NULL,
    "associationId" UUID NOT NULL,
    "lineId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "amountCents" BIGINT NOT NULL,
    "label" TEXT NOT NULL,
    "reference" TEXT,
    "source" "BudgetEntrySource" NOT NULL DEFAULT 'MANUAL',
    "importId" UUID,
    "fingerprint" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BudgetEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BudgetImport" (
    "id" UUID NOT NULL,
    "associationId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "createdById" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "settings" JSONB,
    "importedAt" TIMESTAMPTZ(3),
    "importedCount" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "BudgetImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TreasurySnapshot" (
    "id" UUID NOT NULL,
    "associationId" UUID NOT NULL,
    "on" DATE NOT NULL,
    "balanceCents" BIGINT NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TreasurySnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BudgetPlan_associationId_status_idx" ON "BudgetPlan"("associationId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "BudgetPlan_associationId_fiscalYear_revision_key" ON "BudgetPlan"("associationId", "fiscalYear", "revision");

-- CreateIndex
CREATE INDEX "BudgetLine_planId_kind_position_idx" ON "BudgetLine"("planId", "kind", "position");

-- CreateIndex
CREATE INDEX "BudgetLine_associationId_idx" ON "BudgetLine"("associationId");

-- CreateIndex
CREATE INDEX "BudgetEntry_lineId_date_idx" ON "BudgetEntry"("lineId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "BudgetEntry_associationId_fingerprint_key" ON "BudgetEntry"("associationId", "fingerprint");

-- CreateIndex
CREATE INDEX "BudgetImport_associationId_createdAt_idx" ON "BudgetImport"("associationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "TreasurySnapshot_associationId_on_key" ON "TreasurySnapshot"("associationId", "on");

-- AddForeignKey
ALTER TABLE "BudgetPlan" ADD CONSTRAINT "BudgetPlan_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetPlan" ADD CONSTRAINT "BudgetPlan_revisesId_fkey" FOREIGN KEY ("revisesId") REFERENCES "BudgetPlan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_planId_fkey" FOREIGN KEY ("planId") REFERENCES "BudgetPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetEntry" ADD CONSTRAINT "BudgetEntry_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetEntry" ADD CONSTRAINT "BudgetEntry_lineId_fkey" FOREIGN KEY ("lineId") REFERENCES "BudgetLine"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetEntry" ADD CONSTRAINT "BudgetEntry_importId_fkey" FOREIGN KEY ("importId") REFERENCES "BudgetImport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetImport" ADD CONSTRAINT "BudgetImport_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetImport" ADD CONSTRAINT "BudgetImport_planId_fkey" FOREIGN KEY ("planId") REFERENCES "BudgetPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TreasurySnapshot" ADD CONSTRAINT "TreasurySnapshot_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;
