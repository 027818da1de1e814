-- CreateEnum
CREATE TYPE "StatPeriodKind" AS ENUM ('MONTH', 'YEAR');

-- CreateEnum
CREATE TYPE "StatDimension" AS ENUM ('TOTAL', 'GENDER', 'AGE_GROUP', 'DIRECTION', 'COMPOSITION', 'ORGANIZER_FORM');

-- CreateTable
CREATE TABLE "StatSummary" (
    "id" BIGSERIAL NOT NULL,
    "periodKind" "StatPeriodKind" NOT NULL,
    "period" DATE NOT NULL,
    "regionCode" "RegionCode",
    "dimension" "StatDimension" NOT NULL,
    "value" TEXT NOT NULL DEFAULT '',
    "activeVolunteers" INTEGER,
    "hoursVolunteers" INTEGER,
    "newVolunteers" INTEGER,
    "applications" INTEGER,
    "confirmedHours" DECIMAL(14,2),
    "projects" INTEGER,
    "events" INTEGER,
    "organizersNew" INTEGER,
    "organizersTotal" INTEGER,
    "refreshedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StatSummary_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatSdg" (
    "id" BIGSERIAL NOT NULL,
    "periodKind" "StatPeriodKind" NOT NULL,
    "period" DATE NOT NULL,
    "regionCode" "RegionCode",
    "sdg" INTEGER NOT NULL,
    "impact" "SdgImpact" NOT NULL,
    "confirmedHours" DECIMAL(14,2) NOT NULL,
    "volunteers" INTEGER NOT NULL,
    "projects" INTEGER NOT NULL,
    "refreshedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StatSdg_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatRefresh" (
    "id" SERIAL NOT NULL,
    "years" INTEGER[],
    "startedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3) NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "hoursWatermark" TIMESTAMP(3),

    CONSTRAINT "StatRefresh_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StatSummary_periodKind_period_regionCode_idx" ON "StatSummary"("periodKind", "period", "regionCode");

-- CreateIndex
CREATE INDEX "StatSdg_periodKind_period_regionCode_idx" ON "StatSdg"("periodKind", "period", "regionCode");

-- CreateIndex
CREATE INDEX "StatRefresh_finishedAt_idx" ON "StatRefresh"("finishedAt");

-- CreateIndex
CREATE INDEX "HoursEntry_confirmedAt_idx" ON "HoursEntry"("confirmedAt");

-- asar:custom
-- Hand-written SQL that Prisma cannot express (CHECK constraints, GIN/trigram indexes).
ALTER TABLE "StatSdg" ADD CONSTRAINT "StatSdg_goal_range" CHECK ("sdg" BETWEEN 1 AND 17);
-- The admin's wage form refuses more than this too: a typo of an extra digit or two stops here.
ALTER TABLE "Region" ADD CONSTRAINT "Region_hourlyWage_sane" CHECK ("hourlyWageKzt" <= 100000);
