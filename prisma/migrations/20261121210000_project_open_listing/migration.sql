-- asar:custom
-- The search page without words counts the open listings (published, not cancelled, not ended)
-- on every request. Without an index that is a sequential scan of every project (~60 ms at
-- national scale), over this partial index it is an index-only scan of the open ones.
CREATE INDEX "Project_open_listing_endsAt_idx" ON "Project" ("endsAt") WHERE "status" = 'PUBLISHED' AND "cancelledAt" IS NULL;
