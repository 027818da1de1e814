-- AlterEnum
ALTER TYPE "NotificationType" ADD VALUE 'SLOT_CHANGED';
