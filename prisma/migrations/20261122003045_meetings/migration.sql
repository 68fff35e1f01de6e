-- CreateEnum
CREATE TYPE "MeetingKind" AS ENUM ('BOARD', 'GENERAL_ASSEMBLY', 'OTHER');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('PLANNED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AgendaItemKind" AS ENUM ('SECTION', 'INFORMATION', 'DISCUSSION', 'DECISION', 'QUESTION', 'FOLLOW_UP');

-- CreateEnum
CREATE TYPE "Visibility" AS ENUM ('PUBLIC', 'MEMBERS', 'BOARD');

-- CreateEnum
CREATE TYPE "AgendaOrigin" AS ENUM ('DIRECT', 'MEMBER_QUESTION', 'PROPOSAL', 'BACKLOG', 'CARRIED_OVER', 'WORKING_GROUP', 'ACTIONS_FOLLOW_UP', 'MINUTES_APPROVAL');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('PRESENT', 'REMOTE', 'REPRESENTED', 'EXCUSED', 'ABSENT');

-- CreateEnum
CREATE TYPE "ProposalKind" AS ENUM ('ITEM', 'QUESTION');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED');

-- AlterTable
ALTER TABLE "Association" ADD COLUMN     "assemblyQuorumCount" INTEGER,
ADD COLUMN     "assemblyQuorumDenominator" INTEGER NOT NULL DEFAULT 4,
ADD COLUMN     "assemblyQuorumKind" "QuorumKind" NOT NULL DEFAULT 'NONE',
ADD COLUMN     "assemblyQuorumNumerator" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "Meeting" (
    "id" UUID NOT NULL,
    "associationId" UUID NOT NULL,
    "kind" "MeetingKind" NOT NULL DEFAULT 'BOARD',
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "place" TEXT,
    "remoteAccess" TEXT,
    "facilitatorId" UUID,
    "status" "MeetingStatus" NOT NULL DEFAULT 'PLANNED',
    "convenedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" UUID NOT NULL,
    "associationId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "parentId" UUID,
    "position" INTEGER NOT NULL,
    "kind" "AgendaItemKind" NOT NULL DEFAULT 'DISCUSSION',
    "title" TEXT NOT NULL,
    "description" TEXT,
    "presenterName" TEXT,
    "presenterId" UUID,
    "durationMinutes" INTEGER,
    "visibility" "Visibility" NOT NULL DEFAULT 'MEMBERS',
    "origin" "AgendaOrigin" NOT NULL DEFAULT 'DIRECT',
    "askedById" UUID,
    "askedByName" TEXT,
    "askedOn" DATE,
    "sourceItemId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attendance" (
    "id" UUID NOT NULL,
    "associationId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "status" "AttendanceStatus" NOT NULL,
    "proxyUserId" UUID,
    "arrivedAt" TIMESTAMPTZ(3),
    "leftAt" TIMESTAMPTZ(3),
    "note" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Attendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Guest" (
    "id" UUID NOT NULL,
    "associationId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "arrivedAt" TIMESTAMPTZ(3),
    "leftAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Guest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaProposal" (
    "id" UUID NOT NULL,
    "associationId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "proposedById" UUID NOT NULL,
    "kind" "ProposalKind" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "askedOn" DATE NOT NULL,
    "status" "ProposalStatus" NOT NULL DEFAULT 'PENDING',
    "responseNote" TEXT,
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "agendaItemId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgendaProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BacklogItem" (
    "id" UUID NOT NULL,
    "associationId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "addedById" UUID NOT NULL,
    "raisedAtMeetingId" UUID,
    "pulledIntoMeetingId" UUID,
    "agendaItemId" UUID,
    "pulledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BacklogItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarFeed" (
    "userId" UUID NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarFeed_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE INDEX "Meeting_associationId_startsAt_idx" ON "Meeting"("associationId", "startsAt");

-- CreateIndex
CREATE INDEX "AgendaItem_meetingId_parentId_position_idx" ON "AgendaItem"("meetingId", "parentId", "position");

-- CreateIndex
CREATE INDEX "AgendaItem_associationId_idx" ON "AgendaItem"("associationId");

-- CreateIndex
CREATE INDEX "Attendance_associationId_idx" ON "Attendance"("associationId");

-- CreateIndex
CREATE UNIQUE INDEX "Attendance_meetingId_userId_key" ON "Attendance"("meetingId", "userId");

-- CreateIndex
CREATE INDEX "Guest_meetingId_idx" ON "Guest"("meetingId");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaProposal_agendaItemId_key" ON "AgendaProposal"("agendaItemId");

-- CreateIndex
CREATE INDEX "AgendaProposal_meetingId_status_idx" ON "AgendaProposal"("meetingId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "BacklogItem_agendaItemId_key" ON "BacklogItem"("agendaItemId");

-- CreateIndex
CREATE INDEX "BacklogItem_associationId_pulledIntoMeetingId_idx" ON "BacklogItem"("associationId", "pulledIntoMeetingId");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_token_key" ON "CalendarFeed"("token");

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_facilitatorId_fkey" FOREIGN KEY ("facilitatorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_presenterId_fkey" FOREIGN KEY ("presenterId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_askedById_fkey" FOREIGN KEY ("askedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_proxyUserId_fkey" FOREIGN KEY ("proxyUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Guest" ADD CONSTRAINT "Guest_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Guest" ADD CONSTRAINT "Guest_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaProposal" ADD CONSTRAINT "AgendaProposal_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaProposal" ADD CONSTRAINT "AgendaProposal_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaProposal" ADD CONSTRAINT "AgendaProposal_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BacklogItem" ADD CONSTRAINT "BacklogItem_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BacklogItem" ADD CONSTRAINT "BacklogItem_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BacklogItem" ADD CONSTRAINT "BacklogItem_raisedAtMeetingId_fkey" FOREIGN KEY ("raisedAtMeetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BacklogItem" ADD CONSTRAINT "BacklogItem_pulledIntoMeetingId_fkey" FOREIGN KEY ("pulledIntoMeetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
