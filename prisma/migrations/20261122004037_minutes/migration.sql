-- CreateEnum
CREATE TYPE "MinutesSectionKind" AS ENUM ('HEADER', 'ITEM', 'FREE');

-- CreateEnum
CREATE TYPE "ReviewSettlement" AS ENUM ('APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "ReviewVoterRole" AS ENUM ('ELECTOR', 'ADVISORY');

-- CreateEnum
CREATE TYPE "ApprovalResponseKind" AS ENUM ('APPROVE', 'APPROVE_WITH_RESERVATION', 'OBJECT', 'WITHDRAWN', 'OPINION');

-- CreateTable
CREATE TABLE "Minutes" (
    "id" UUID NOT NULL,
    "associationId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "currentRevision" INTEGER NOT NULL DEFAULT 0,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Minutes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MinutesSection" (
    "id" UUID NOT NULL,
    "associationId" UUID NOT NULL,
    "minutesId" UUID NOT NULL,
    "kind" "MinutesSectionKind" NOT NULL,
    "agendaItemId" UUID,
    "position" INTEGER NOT NULL,
    "number" TEXT,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "visibility" "Visibility" NOT NULL DEFAULT 'MEMBERS',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MinutesSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MinutesRevision" (
    "id" UUID NOT NULL,
    "associationId" UUID NOT NULL,
    "minutesId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "authorId" UUID,
    "note" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "reviewId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MinutesRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MinutesReview" (
    "id" UUID NOT NULL,
    "associationId" UUID NOT NULL,
    "minutesId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "revisionNumber" INTEGER NOT NULL,
    "windowDays" INTEGER NOT NULL,
    "openedById" UUID,
    "openedAt" TIMESTAMPTZ(3) NOT NULL,
    "closesAt" TIMESTAMPTZ(3) NOT NULL,
    "closedEarlyAt" TIMESTAMPTZ(3),
    "closedEarlyById" UUID,
    "outcomeRecordedAt" TIMESTAMPTZ(3),
    "followUpAgendaItemId" UUID,
    "followUpBacklogItemId" UUID,
    "settlement" "ReviewSettlement",
    "settledAt" TIMESTAMPTZ(3),
    "settledById" UUID,
    "settledMeetingId" UUID,
    "settledNote" TEXT,

    CONSTRAINT "MinutesReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MinutesReviewVoter" (
    "reviewId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "ReviewVoterRole" NOT NULL,

    CONSTRAINT "MinutesReviewVoter_pkey" PRIMARY KEY ("reviewId","userId")
);

-- CreateTable
CREATE TABLE "ApprovalResponse" (
    "id" BIGSERIAL NOT NULL,
    "associationId" UUID NOT NULL,
    "reviewId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" "ApprovalResponseKind" NOT NULL,
    "note" TEXT,
    "revisionNumber" INTEGER NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ApprovalResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MinutesErratum" (
    "id" UUID NOT NULL,
    "associationId" UUID NOT NULL,
    "minutesId" UUID NOT NULL,
    "authorId" UUID,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MinutesErratum_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Minutes_meetingId_key" ON "Minutes"("meetingId");

-- CreateIndex
CREATE INDEX "Minutes_associationId_idx" ON "Minutes"("associationId");

-- CreateIndex
CREATE INDEX "MinutesSection_minutesId_position_idx" ON "MinutesSection"("minutesId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "MinutesSection_minutesId_agendaItemId_key" ON "MinutesSection"("minutesId", "agendaItemId");

-- CreateIndex
CREATE UNIQUE INDEX "MinutesRevision_minutesId_number_key" ON "MinutesRevision"("minutesId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "MinutesReview_followUpAgendaItemId_key" ON "MinutesReview"("followUpAgendaItemId");

-- CreateIndex
CREATE UNIQUE INDEX "MinutesReview_followUpBacklogItemId_key" ON "MinutesReview"("followUpBacklogItemId");

-- CreateIndex
CREATE INDEX "MinutesReview_associationId_closesAt_idx" ON "MinutesReview"("associationId", "closesAt");

-- CreateIndex
CREATE UNIQUE INDEX "MinutesReview_minutesId_number_key" ON "MinutesReview"("minutesId", "number");

-- CreateIndex
CREATE INDEX "MinutesReviewVoter_userId_idx" ON "MinutesReviewVoter"("userId");

-- CreateIndex
CREATE INDEX "ApprovalResponse_reviewId_userId_id_idx" ON "ApprovalResponse"("reviewId", "userId", "id");

-- CreateIndex
CREATE INDEX "MinutesErratum_minutesId_idx" ON "MinutesErratum"("minutesId");

-- AddForeignKey
ALTER TABLE "Minutes" ADD CONSTRAINT "Minutes_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Minutes" ADD CONSTRAINT "Minutes_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Minutes" ADD CONSTRAINT "Minutes_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesSection" ADD CONSTRAINT "MinutesSection_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesSection" ADD CONSTRAINT "MinutesSection_minutesId_fkey" FOREIGN KEY ("minutesId") REFERENCES "Minutes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesSection" ADD CONSTRAINT "MinutesSection_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesSection" ADD CONSTRAINT "MinutesSection_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesRevision" ADD CONSTRAINT "MinutesRevision_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesRevision" ADD CONSTRAINT "MinutesRevision_minutesId_fkey" FOREIGN KEY ("minutesId") REFERENCES "Minutes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesRevision" ADD CONSTRAINT "MinutesRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesRevision" ADD CONSTRAINT "MinutesRevision_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "MinutesReview"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesReview" ADD CONSTRAINT "MinutesReview_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesReview" ADD CONSTRAINT "MinutesReview_minutesId_fkey" FOREIGN KEY ("minutesId") REFERENCES "Minutes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesReview" ADD CONSTRAINT "MinutesReview_openedById_fkey" FOREIGN KEY ("openedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesReviewVoter" ADD CONSTRAINT "MinutesReviewVoter_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "MinutesReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesReviewVoter" ADD CONSTRAINT "MinutesReviewVoter_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprovalResponse" ADD CONSTRAINT "ApprovalResponse_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprovalResponse" ADD CONSTRAINT "ApprovalResponse_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "MinutesReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprovalResponse" ADD CONSTRAINT "ApprovalResponse_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesErratum" ADD CONSTRAINT "MinutesErratum_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesErratum" ADD CONSTRAINT "MinutesErratum_minutesId_fkey" FOREIGN KEY ("minutesId") REFERENCES "Minutes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesErratum" ADD CONSTRAINT "MinutesErratum_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
