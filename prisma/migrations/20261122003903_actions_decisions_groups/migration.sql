-- Accents are folded before text search, so that "tresorerie" finds "trésorerie" (queries get
-- the same fold). Plain translate(): immutable, no extension needed.
CREATE FUNCTION quorum_fold(input text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT translate(lower(input), 'àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæ', 'aaaaaaceeeeiiiinooooouuuuyyoa') $$;

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ActionUpdateKind" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED', 'NOT_DISCUSSED');

-- CreateEnum
CREATE TYPE "DecisionOutcome" AS ENUM ('ADOPTED', 'REJECTED', 'POSTPONED');

-- CreateEnum
CREATE TYPE "MajorityRule" AS ENUM ('SIMPLE', 'TWO_THIRDS', 'UNANIMITY');

-- CreateTable
CREATE TABLE "Action" (
    "id" UUID NOT NULL,
    "associationId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "detail" TEXT,
    "assigneeId" UUID,
    "assigneeName" TEXT,
    "dueOn" DATE,
    "status" "ActionStatus" NOT NULL DEFAULT 'OPEN',
    "meetingId" UUID,
    "agendaItemId" UUID,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionUpdate" (
    "id" UUID NOT NULL,
    "associationId" UUID NOT NULL,
    "actionId" UUID NOT NULL,
    "kind" "ActionUpdateKind" NOT NULL,
    "note" TEXT,
    "statusBefore" "ActionStatus" NOT NULL,
    "statusAfter" "ActionStatus" NOT NULL,
    "meetingId" UUID,
    "followUpItemId" UUID,
    "recordedById" UUID,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ActionUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionFollowUp" (
    "agendaItemId" UUID NOT NULL,
    "associationId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "actionId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionFollowUp_pkey" PRIMARY KEY ("agendaItemId")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" UUID NOT NULL,
    "associationId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "agendaItemId" UUID,
    "text" TEXT NOT NULL,
    "outcome" "DecisionOutcome" NOT NULL,
    "majority" "MajorityRule" NOT NULL DEFAULT 'SIMPLE',
    "votesFor" INTEGER,
    "votesAgainst" INTEGER,
    "votesAbstain" INTEGER,
    "votedAt" TIMESTAMPTZ(3) NOT NULL,
    "electorateSize" INTEGER NOT NULL,
    "votersPresent" INTEGER NOT NULL,
    "quorumRequired" INTEGER NOT NULL,
    "quorumMet" BOOLEAN NOT NULL,
    "majorityMet" BOOLEAN,
    "departedIds" UUID[],
    "amountCents" INTEGER,
    "amountIncludesTax" BOOLEAN,
    "budgetLineId" UUID,
    "language" "Locale" NOT NULL,
    "search" tsvector GENERATED ALWAYS AS (
        CASE WHEN "language" = 'en'::"Locale"
            THEN to_tsvector('english'::regconfig, quorum_fold("text"))
            ELSE to_tsvector('french'::regconfig, quorum_fold("text"))
        END
    ) STORED,
    "recordedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkingGroup" (
    "id" UUID NOT NULL,
    "associationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "closedOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WorkingGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupReferent" (
    "groupId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "associationId" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "GroupReferent_pkey" PRIMARY KEY ("groupId","userId")
);

-- CreateTable
CREATE TABLE "GroupFollowUp" (
    "agendaItemId" UUID NOT NULL,
    "associationId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "note" TEXT,
    "notedById" UUID,
    "notedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupFollowUp_pkey" PRIMARY KEY ("agendaItemId")
);

-- CreateIndex
CREATE INDEX "Action_associationId_status_idx" ON "Action"("associationId", "status");

-- CreateIndex
CREATE INDEX "Action_associationId_assigneeId_idx" ON "Action"("associationId", "assigneeId");

-- CreateIndex
CREATE INDEX "Action_meetingId_idx" ON "Action"("meetingId");

-- CreateIndex
CREATE UNIQUE INDEX "ActionUpdate_followUpItemId_key" ON "ActionUpdate"("followUpItemId");

-- CreateIndex
CREATE INDEX "ActionUpdate_actionId_recordedAt_idx" ON "ActionUpdate"("actionId", "recordedAt");

-- CreateIndex
CREATE INDEX "ActionFollowUp_actionId_idx" ON "ActionFollowUp"("actionId");

-- CreateIndex
CREATE UNIQUE INDEX "ActionFollowUp_meetingId_actionId_key" ON "ActionFollowUp"("meetingId", "actionId");

-- CreateIndex
CREATE INDEX "Decision_associationId_votedAt_idx" ON "Decision"("associationId", "votedAt");

-- CreateIndex
CREATE INDEX "Decision_meetingId_idx" ON "Decision"("meetingId");

-- CreateIndex
CREATE INDEX "Decision_search_idx" ON "Decision" USING GIN ("search");

-- CreateIndex
CREATE UNIQUE INDEX "WorkingGroup_associationId_name_key" ON "WorkingGroup"("associationId", "name");

-- CreateIndex
CREATE INDEX "GroupReferent_userId_idx" ON "GroupReferent"("userId");

-- CreateIndex
CREATE INDEX "GroupFollowUp_groupId_idx" ON "GroupFollowUp"("groupId");

-- CreateIndex
CREATE UNIQUE INDEX "GroupFollowUp_meetingId_groupId_key" ON "GroupFollowUp"("meetingId", "groupId");

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionUpdate" ADD CONSTRAINT "ActionUpdate_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionUpdate" ADD CONSTRAINT "ActionUpdate_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionUpdate" ADD CONSTRAINT "ActionUpdate_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionUpdate" ADD CONSTRAINT "ActionUpdate_followUpItemId_fkey" FOREIGN KEY ("followUpItemId") REFERENCES "ActionFollowUp"("agendaItemId") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionUpdate" ADD CONSTRAINT "ActionUpdate_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionFollowUp" ADD CONSTRAINT "ActionFollowUp_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionFollowUp" ADD CONSTRAINT "ActionFollowUp_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionFollowUp" ADD CONSTRAINT "ActionFollowUp_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionFollowUp" ADD CONSTRAINT "ActionFollowUp_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkingGroup" ADD CONSTRAINT "WorkingGroup_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupReferent" ADD CONSTRAINT "GroupReferent_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "WorkingGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupReferent" ADD CONSTRAINT "GroupReferent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupReferent" ADD CONSTRAINT "GroupReferent_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupFollowUp" ADD CONSTRAINT "GroupFollowUp_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupFollowUp" ADD CONSTRAINT "GroupFollowUp_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupFollowUp" ADD CONSTRAINT "GroupFollowUp_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupFollowUp" ADD CONSTRAINT "GroupFollowUp_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "WorkingGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupFollowUp" ADD CONSTRAINT "GroupFollowUp_notedById_fkey" FOREIGN KEY ("notedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
