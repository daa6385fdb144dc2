-- A re-screen stores its results chunk by chunk, each chunk in a transaction of its own while the next is read, and
-- counts (in a case's history and as the caseload's latest screening) only once its last transaction sets
-- completed_at, together with every case's latest pointer. A run without it was cancelled or cut short by a crash;
-- the next re-screen removes it. Runs stored before this version were written whole: they are complete.
ALTER TABLE screening_run ADD COLUMN completed_at TIMESTAMP WITH TIME ZONE;
UPDATE screening_run SET completed_at = started_at;
