-- AlterEnum
ALTER TYPE "NotificationType" ADD VALUE 'ORGANIZER_OWNERSHIP_RECEIVED' AFTER 'ORGANIZER_REJECTED';

-- asar:custom
-- Hand-written SQL that Prisma cannot express (CHECK constraints, GIN/trigram indexes).
