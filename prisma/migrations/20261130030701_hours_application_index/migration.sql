-- CreateIndex
CREATE INDEX "HoursEntry_applicationId_workedOn_idx" ON "HoursEntry"("applicationId", "workedOn");

-- asar:custom
-- Hand-written SQL that Prisma cannot express (CHECK constraints, GIN/trigram indexes).
