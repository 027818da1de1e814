-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "RegionCode" AS ENUM ('ABAI', 'AKMOLA', 'AKTOBE', 'ALMATY_REGION', 'ATYRAU', 'EAST_KAZAKHSTAN', 'JAMBYL', 'JETISU', 'KARAGANDA', 'KOSTANAY', 'KYZYLORDA', 'MANGYSTAU', 'NORTH_KAZAKHSTAN', 'PAVLODAR', 'TURKISTAN', 'ULYTAU', 'WEST_KAZAKHSTAN', 'ASTANA', 'ALMATY_CITY', 'SHYMKENT');

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('kk', 'ru', 'en');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "Composition" AS ENUM ('SCHOOL', 'STUDENT', 'SILVER', 'INCLUSIVE', 'CORPORATE', 'PRO_BONO', 'INTERNATIONAL', 'GENERAL');

-- CreateEnum
CREATE TYPE "Direction" AS ENUM ('MEDICAL', 'CIVIL_SOCIETY', 'EDUCATIONAL', 'ARTS', 'PUBLIC_SPACES', 'ANIMAL', 'MEDIA', 'SEARCH_RESCUE', 'EVENT', 'SOCIAL', 'SPORTS', 'EMERGENCY', 'ENVIRONMENTAL', 'ETHNIC');

-- CreateEnum
CREATE TYPE "SocialSubtype" AS ENUM ('CRISIS_CENTERS', 'HOSPICE', 'SPECIAL_NEEDS', 'CHILDREN_FAMILIES', 'PRISONERS', 'ELDERLY', 'ADDICTION_PREVENTION', 'HUMANITARIAN_AID');

-- CreateEnum
CREATE TYPE "Scope" AS ENUM ('LOCAL', 'REGIONAL', 'NATIONAL', 'INTERNATIONAL');

-- CreateEnum
CREATE TYPE "Duration" AS ENUM ('ONE_TIME', 'PROJECT', 'ONGOING');

-- CreateEnum
CREATE TYPE "OrganizerForm" AS ENUM ('REGISTERED', 'INITIATIVE_GROUP', 'INDIVIDUAL');

-- CreateEnum
CREATE TYPE "LegalForm" AS ENUM ('PUBLIC_ASSOCIATION', 'PUBLIC_FOUNDATION', 'PRIVATE_INSTITUTION', 'ASSOCIATION_OF_LEGAL_ENTITIES', 'NON_PROFIT_JSC');

-- CreateEnum
CREATE TYPE "BirgemizTag" AS ENUM ('SAULYQ', 'BILIM', 'SABAQTASTYQ', 'ASYL_MURA', 'TAZA_ALEM', 'QAMQOR', 'UMIT', 'AYALA', 'SILVER_VOLUNTEERING');

-- CreateEnum
CREATE TYPE "SdgImpact" AS ENUM ('DIRECT', 'INDIRECT');

-- CreateEnum
CREATE TYPE "Employment" AS ENUM ('SCHOOL_STUDENT', 'UNIVERSITY_STUDENT', 'EMPLOYED', 'SELF_EMPLOYED', 'UNEMPLOYED', 'RETIRED', 'OTHER');

-- CreateEnum
CREATE TYPE "Availability" AS ENUM ('WEEKDAYS', 'WEEKENDS', 'EVENINGS', 'REMOTE', 'EMERGENCIES');

-- CreateEnum
CREATE TYPE "VerificationStatus" AS ENUM ('PENDING', 'VERIFIED', 'REJECTED');

-- CreateEnum
CREATE TYPE "MemberRole" AS ENUM ('OWNER', 'COORDINATOR');

-- CreateEnum
CREATE TYPE "ProjectStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'CHANGES_REQUESTED', 'REJECTED', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "RejectionGround" AS ENUM ('POLITICAL_PARTY', 'RELIGIOUS_ORGANIZATION', 'EXTREMISM', 'MILITARIZED_GROUP', 'COMMERCIAL_OR_ENTERTAINMENT', 'PAID_WORK', 'MISLEADING_OR_INCOMPLETE');

-- CreateEnum
CREATE TYPE "ApplicationMode" AS ENUM ('REVIEW', 'FIRST_COME');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('SUBMITTED', 'ACCEPTED', 'REJECTED', 'WAITLISTED', 'WITHDRAWN', 'CANCELLED');

-- CreateEnum
CREATE TYPE "Attendance" AS ENUM ('ATTENDED', 'NO_SHOW');

-- CreateEnum
CREATE TYPE "HoursSource" AS ENUM ('SELF_REPORTED', 'ORGANIZER');

-- CreateEnum
CREATE TYPE "HoursStatus" AS ENUM ('PENDING', 'CONFIRMED', 'DISPUTED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "HelpRequestStatus" AS ENUM ('NEW', 'IN_TRIAGE', 'CONVERTED', 'HANDED_OVER', 'CLOSED');

-- CreateEnum
CREATE TYPE "RequesterKind" AS ENUM ('CITIZEN', 'NGO');

-- CreateEnum
CREATE TYPE "NotificationType" AS ENUM ('APPLICATION_RECEIVED', 'APPLICATION_ACCEPTED', 'APPLICATION_REJECTED', 'APPLICATION_WAITLISTED', 'APPLICATION_PROMOTED', 'PROJECT_CANCELLED', 'PROJECT_APPROVED', 'PROJECT_CHANGES_REQUESTED', 'PROJECT_REJECTED', 'ORGANIZER_VERIFIED', 'ORGANIZER_REJECTED', 'HOURS_CONFIRMED', 'HOURS_DISPUTED', 'STAFF_APPOINTED');

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('PROJECT_CERTIFICATE', 'VOLUNTEER_RECORD');

-- CreateTable
CREATE TABLE "Region" (
    "code" "RegionCode" NOT NULL,
    "nameKk" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "hourlyWageKzt" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Training" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "nameKk" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "Training_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "locale" "Locale" NOT NULL DEFAULT 'kk',
    "isAdmin" BOOLEAN NOT NULL DEFAULT false,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VolunteerProfile" (
    "userId" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "gender" "Gender",
    "regionCode" "RegionCode" NOT NULL,
    "settlement" TEXT,
    "phone" TEXT,
    "languages" TEXT[],
    "skills" TEXT[],
    "interests" "Direction"[],
    "compositions" "Composition"[],
    "employment" "Employment",
    "availability" "Availability"[],
    "about" TEXT,
    "guardianName" TEXT,
    "guardianContact" TEXT,
    "guardianConsentAt" TIMESTAMP(3),
    "guardianRecordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VolunteerProfile_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "VolunteerCertificate" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "trainingId" TEXT NOT NULL,
    "issuedBy" TEXT,
    "issuedOn" DATE NOT NULL,
    "expiresOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VolunteerCertificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organizer" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "form" "OrganizerForm" NOT NULL,
    "legalForm" "LegalForm",
    "bin" TEXT,
    "regionCode" "RegionCode" NOT NULL,
    "settlement" TEXT,
    "directions" "Direction"[],
    "description" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "website" TEXT,
    "verificationStatus" "VerificationStatus" NOT NULL DEFAULT 'PENDING',
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organizer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganizerMember" (
    "organizerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "MemberRole" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrganizerMember_pkey" PRIMARY KEY ("organizerId","userId")
);

-- CreateTable
CREATE TABLE "StaffAssignment" (
    "userId" TEXT NOT NULL,
    "regionCode" "RegionCode" NOT NULL,
    "appointedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffAssignment_pkey" PRIMARY KEY ("userId","regionCode")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL,
    "organizerId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "language" "Locale" NOT NULL DEFAULT 'ru',
    "compositions" "Composition"[],
    "primaryDirection" "Direction" NOT NULL,
    "secondaryDirection" "Direction",
    "socialSubtype" "SocialSubtype",
    "scope" "Scope" NOT NULL,
    "duration" "Duration" NOT NULL,
    "birgemiz" "BirgemizTag"[],
    "hazardous" BOOLEAN NOT NULL DEFAULT false,
    "regionCode" "RegionCode" NOT NULL,
    "settlement" TEXT,
    "isOnline" BOOLEAN NOT NULL DEFAULT false,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "contactName" TEXT NOT NULL,
    "contactPhone" TEXT,
    "contactEmail" TEXT,
    "status" "ProjectStatus" NOT NULL DEFAULT 'DRAFT',
    "submittedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "rejectionGround" "RejectionGround",
    "moderationComment" TEXT,
    "cancelledAt" TIMESTAMP(3),
    "cancelReason" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectSdg" (
    "projectId" TEXT NOT NULL,
    "sdg" INTEGER NOT NULL,
    "impact" "SdgImpact" NOT NULL,

    CONSTRAINT "ProjectSdg_pkey" PRIMARY KEY ("projectId","sdg")
);

-- CreateTable
CREATE TABLE "ProjectRole" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "capacity" INTEGER NOT NULL,
    "acceptedCount" INTEGER NOT NULL DEFAULT 0,
    "minAge" INTEGER NOT NULL DEFAULT 14,
    "skills" TEXT[],
    "requiredTrainingId" TEXT,
    "mode" "ApplicationMode" NOT NULL DEFAULT 'REVIEW',
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProjectRole_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" TEXT NOT NULL,
    "roleId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "volunteerId" TEXT NOT NULL,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'SUBMITTED',
    "motivation" TEXT NOT NULL DEFAULT '',
    "waitlistedAt" TIMESTAMP(3),
    "attendance" "Attendance",
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationEvent" (
    "id" BIGSERIAL NOT NULL,
    "applicationId" TEXT NOT NULL,
    "fromStatus" "ApplicationStatus",
    "toStatus" "ApplicationStatus" NOT NULL,
    "actorId" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApplicationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HoursEntry" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT,
    "projectId" TEXT NOT NULL,
    "volunteerId" TEXT NOT NULL,
    "workedOn" DATE NOT NULL,
    "hours" DECIMAL(5,2) NOT NULL,
    "source" "HoursSource" NOT NULL,
    "status" "HoursStatus" NOT NULL DEFAULT 'PENDING',
    "note" TEXT,
    "disputeComment" TEXT,
    "enteredById" TEXT,
    "confirmedById" TEXT,
    "confirmedAt" TIMESTAMP(3),
    "supersedesId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HoursEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HelpRequest" (
    "id" TEXT NOT NULL,
    "requesterKind" "RequesterKind" NOT NULL,
    "requesterName" TEXT NOT NULL,
    "requesterContact" TEXT NOT NULL,
    "regionCode" "RegionCode" NOT NULL,
    "settlement" TEXT,
    "direction" "Direction",
    "description" TEXT NOT NULL,
    "status" "HelpRequestStatus" NOT NULL DEFAULT 'NEW',
    "assignedOrganizerId" TEXT,
    "projectId" TEXT,
    "handledById" TEXT,
    "triageNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HelpRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "type" "NotificationType" NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "regionCode" "RegionCode",
    "data" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IssuedDocument" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "volunteerId" TEXT,
    "projectId" TEXT,
    "locale" "Locale" NOT NULL,
    "payload" JSONB NOT NULL,
    "payloadHash" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "IssuedDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Training_code_key" ON "Training"("code");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "VolunteerProfile_regionCode_idx" ON "VolunteerProfile"("regionCode");

-- CreateIndex
CREATE UNIQUE INDEX "VolunteerCertificate_userId_trainingId_key" ON "VolunteerCertificate"("userId", "trainingId");

-- CreateIndex
CREATE INDEX "LoginAttempt_email_createdAt_idx" ON "LoginAttempt"("email", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_ip_createdAt_idx" ON "LoginAttempt"("ip", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Organizer_slug_key" ON "Organizer"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Organizer_bin_key" ON "Organizer"("bin");

-- CreateIndex
CREATE INDEX "Organizer_regionCode_verificationStatus_createdAt_idx" ON "Organizer"("regionCode", "verificationStatus", "createdAt");

-- CreateIndex
CREATE INDEX "OrganizerMember_userId_idx" ON "OrganizerMember"("userId");

-- CreateIndex
CREATE INDEX "StaffAssignment_regionCode_idx" ON "StaffAssignment"("regionCode");

-- CreateIndex
CREATE INDEX "Project_status_regionCode_startsAt_idx" ON "Project"("status", "regionCode", "startsAt");

-- CreateIndex
CREATE INDEX "Project_organizerId_status_idx" ON "Project"("organizerId", "status");

-- CreateIndex
CREATE INDEX "Project_status_submittedAt_idx" ON "Project"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "ProjectSdg_sdg_idx" ON "ProjectSdg"("sdg");

-- CreateIndex
CREATE INDEX "ProjectRole_projectId_idx" ON "ProjectRole"("projectId");

-- CreateIndex
CREATE INDEX "Application_projectId_status_idx" ON "Application"("projectId", "status");

-- CreateIndex
CREATE INDEX "Application_volunteerId_createdAt_idx" ON "Application"("volunteerId", "createdAt");

-- CreateIndex
CREATE INDEX "Application_roleId_status_waitlistedAt_idx" ON "Application"("roleId", "status", "waitlistedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Application_roleId_volunteerId_key" ON "Application"("roleId", "volunteerId");

-- CreateIndex
CREATE INDEX "ApplicationEvent_applicationId_createdAt_idx" ON "ApplicationEvent"("applicationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "HoursEntry_supersedesId_key" ON "HoursEntry"("supersedesId");

-- CreateIndex
CREATE INDEX "HoursEntry_projectId_status_idx" ON "HoursEntry"("projectId", "status");

-- CreateIndex
CREATE INDEX "HoursEntry_volunteerId_status_idx" ON "HoursEntry"("volunteerId", "status");

-- CreateIndex
CREATE INDEX "HelpRequest_regionCode_status_createdAt_idx" ON "HelpRequest"("regionCode", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_createdAt_idx" ON "AuditLog"("entityType", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_createdAt_idx" ON "AuditLog"("actorId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "IssuedDocument_code_key" ON "IssuedDocument"("code");

-- CreateIndex
CREATE INDEX "IssuedDocument_volunteerId_idx" ON "IssuedDocument"("volunteerId");

-- AddForeignKey
ALTER TABLE "VolunteerProfile" ADD CONSTRAINT "VolunteerProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerProfile" ADD CONSTRAINT "VolunteerProfile_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerCertificate" ADD CONSTRAINT "VolunteerCertificate_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerCertificate" ADD CONSTRAINT "VolunteerCertificate_trainingId_fkey" FOREIGN KEY ("trainingId") REFERENCES "Training"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organizer" ADD CONSTRAINT "Organizer_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organizer" ADD CONSTRAINT "Organizer_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizerMember" ADD CONSTRAINT "OrganizerMember_organizerId_fkey" FOREIGN KEY ("organizerId") REFERENCES "Organizer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizerMember" ADD CONSTRAINT "OrganizerMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffAssignment" ADD CONSTRAINT "StaffAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffAssignment" ADD CONSTRAINT "StaffAssignment_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffAssignment" ADD CONSTRAINT "StaffAssignment_appointedById_fkey" FOREIGN KEY ("appointedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_organizerId_fkey" FOREIGN KEY ("organizerId") REFERENCES "Organizer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectSdg" ADD CONSTRAINT "ProjectSdg_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectRole" ADD CONSTRAINT "ProjectRole_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectRole" ADD CONSTRAINT "ProjectRole_requiredTrainingId_fkey" FOREIGN KEY ("requiredTrainingId") REFERENCES "Training"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "ProjectRole"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationEvent" ADD CONSTRAINT "ApplicationEvent_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationEvent" ADD CONSTRAINT "ApplicationEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HoursEntry" ADD CONSTRAINT "HoursEntry_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HoursEntry" ADD CONSTRAINT "HoursEntry_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HoursEntry" ADD CONSTRAINT "HoursEntry_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HoursEntry" ADD CONSTRAINT "HoursEntry_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HoursEntry" ADD CONSTRAINT "HoursEntry_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HoursEntry" ADD CONSTRAINT "HoursEntry_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "HoursEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HelpRequest" ADD CONSTRAINT "HelpRequest_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HelpRequest" ADD CONSTRAINT "HelpRequest_assignedOrganizerId_fkey" FOREIGN KEY ("assignedOrganizerId") REFERENCES "Organizer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HelpRequest" ADD CONSTRAINT "HelpRequest_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HelpRequest" ADD CONSTRAINT "HelpRequest_handledById_fkey" FOREIGN KEY ("handledById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssuedDocument" ADD CONSTRAINT "IssuedDocument_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssuedDocument" ADD CONSTRAINT "IssuedDocument_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- asar:custom
-- Hand-written SQL that Prisma cannot express (CHECK constraints, GIN/trigram indexes).

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Emails are stored lower-case, so the unique index is case-insensitive.
ALTER TABLE "User" ADD CONSTRAINT "User_email_lowercase" CHECK ("email" = lower("email") AND position('@' in "email") > 1);
ALTER TABLE "Region" ADD CONSTRAINT "Region_hourlyWage_positive" CHECK ("hourlyWageKzt" > 0);

-- A registered organization has a 12-digit BIN and an allowed legal form, the others neither.
ALTER TABLE "Organizer" ADD CONSTRAINT "Organizer_registered_has_bin" CHECK (
  ("form" = 'REGISTERED' AND "bin" ~ '^[0-9]{12}$' AND "legalForm" IS NOT NULL)
  OR ("form" <> 'REGISTERED' AND "bin" IS NULL AND "legalForm" IS NULL));
ALTER TABLE "Organizer" ADD CONSTRAINT "Organizer_reviewed_has_reason" CHECK (
  "verificationStatus" <> 'REJECTED' OR "reviewReason" IS NOT NULL);

-- One owner per organizer.
CREATE UNIQUE INDEX "OrganizerMember_one_owner" ON "OrganizerMember" ("organizerId") WHERE "role" = 'OWNER';

ALTER TABLE "VolunteerProfile" ADD CONSTRAINT "VolunteerProfile_guardian_complete" CHECK (
  "guardianConsentAt" IS NULL OR ("guardianName" IS NOT NULL AND "guardianContact" IS NOT NULL));
ALTER TABLE "VolunteerProfile" ADD CONSTRAINT "VolunteerProfile_birthDate_sane" CHECK (
  "birthDate" > DATE '1900-01-01');

ALTER TABLE "Project" ADD CONSTRAINT "Project_dates_ordered" CHECK ("endsAt" >= "startsAt");
ALTER TABLE "Project" ADD CONSTRAINT "Project_online_or_place" CHECK ("isOnline" OR "settlement" IS NOT NULL);
ALTER TABLE "Project" ADD CONSTRAINT "Project_social_subtype" CHECK (
  ("socialSubtype" IS NULL) = ("primaryDirection" <> 'SOCIAL' AND "secondaryDirection" IS DISTINCT FROM 'SOCIAL'));
ALTER TABLE "Project" ADD CONSTRAINT "Project_secondary_differs" CHECK ("secondaryDirection" IS DISTINCT FROM "primaryDirection");
ALTER TABLE "Project" ADD CONSTRAINT "Project_rejected_has_ground" CHECK ("status" <> 'REJECTED' OR "rejectionGround" IS NOT NULL);

ALTER TABLE "ProjectSdg" ADD CONSTRAINT "ProjectSdg_goal_range" CHECK ("sdg" BETWEEN 1 AND 17);

-- Capacity: never negative, and the accepted counter never above it. Every accept increments
-- the counter in the same transaction, so concurrent accepts cannot overfill a role.
ALTER TABLE "ProjectRole" ADD CONSTRAINT "ProjectRole_capacity_range" CHECK ("capacity" >= 0 AND "capacity" <= 100000);
ALTER TABLE "ProjectRole" ADD CONSTRAINT "ProjectRole_accepted_within_capacity" CHECK ("acceptedCount" >= 0 AND "acceptedCount" <= "capacity");
ALTER TABLE "ProjectRole" ADD CONSTRAINT "ProjectRole_minAge_range" CHECK ("minAge" BETWEEN 14 AND 100);

ALTER TABLE "Application" ADD CONSTRAINT "Application_waitlisted_has_time" CHECK ("status" <> 'WAITLISTED' OR "waitlistedAt" IS NOT NULL);

-- Hours: a positive amount of at most one day per entry.
ALTER TABLE "HoursEntry" ADD CONSTRAINT "HoursEntry_hours_range" CHECK ("hours" > 0 AND "hours" <= 24);
ALTER TABLE "HoursEntry" ADD CONSTRAINT "HoursEntry_confirmed_has_confirmer" CHECK (
  "status" <> 'CONFIRMED' OR "confirmedAt" IS NOT NULL);
