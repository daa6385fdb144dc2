-- Issue 4 (re-screen and import speed at 100,000 cases).
--
-- 1. A stored screening is one row. Its framework and relief outcomes move from the child tables case_framework_outcome
--    and case_relief_outcome (11 rows and 33 index entries per case per run) into two columns of case_screening, as
--    lists '|key=OUTCOME|key=OUTCOME|' (a key's '%', '|' and '=' written as %25, %7C and %3D), ordered by key. The
--    caseload's outcome filters match '|key=OUTCOME|' (or '=OUTCOME|' for any relief) in the latest screening.
--    The in-force framework's outcome is also kept in its own column, as on client_case, so that moving a case's
--    latest pointer is one set-based statement.
ALTER TABLE case_screening ADD COLUMN framework_outcomes VARCHAR(4000) DEFAULT '|' NOT NULL;
ALTER TABLE case_screening ADD COLUMN relief_outcomes VARCHAR(1000) DEFAULT '|' NOT NULL;
ALTER TABLE case_screening ADD COLUMN in_force_outcome VARCHAR(30);
ALTER TABLE case_screening ADD CONSTRAINT case_screening_outcome_ck CHECK (in_force_outcome IN ('PRIORITY',
    'LIKELY_PRIORITY', 'NEEDS_REVIEW', 'PUBLIC_SAFETY_ASSESSMENT', 'REMOVABLE_UNLISTED', 'NOT_PRIORITY',
    'NOT_REMOVABLE'));

UPDATE case_screening s SET in_force_outcome = (SELECT f.outcome FROM case_framework_outcome f
    WHERE f.run_id = s.run_id AND f.case_id = s.case_id AND f.framework = s.in_force_framework);

UPDATE case_screening s SET framework_outcomes = COALESCE((
    SELECT '|' || LISTAGG(REPLACE(REPLACE(REPLACE(f.framework, '%', '%25'), '|', '%7C'), '=', '%3D') || '='
        || f.outcome, '|') WITHIN GROUP (ORDER BY f.framework) || '|'
    FROM case_framework_outcome f WHERE f.run_id = s.run_id AND f.case_id = s.case_id), '|');

UPDATE case_screening s SET relief_outcomes = COALESCE((
    SELECT '|' || LISTAGG(r.relief || '=' || r.outcome, '|') WITHIN GROUP (ORDER BY r.relief) || '|'
    FROM case_relief_outcome r WHERE r.run_id = s.run_id AND r.case_id = s.case_id), '|');

DROP TABLE case_framework_outcome;
DROP TABLE case_relief_outcome;

-- 2. A completed run moves its cases' latest pointers in transactions of a few thousand cases each, after the one that
--    completes it; latest_moved_at is set once every pointer has moved. A run completed but not yet moved (a crash
--    in between) has its moves finished by the next re-screen. Runs stored before this version moved them already.
ALTER TABLE screening_run ADD COLUMN latest_moved_at TIMESTAMP WITH TIME ZONE;
UPDATE screening_run SET latest_moved_at = completed_at;

-- 3. Indexes that repeat another one. H2 gives every foreign key an index of exactly its columns (a new one unless
--    the table has one already), and a secondary index already ends with the row's id, so each of these holds the same
--    entries as the foreign key's index on its first column (or, for client_search_term, serves no query the foreign
--    key's index does not).
DROP INDEX IF EXISTS case_screening_case_ix;
DROP INDEX IF EXISTS client_case_latest_ix;
DROP INDEX IF EXISTS client_case_client_ix;
DROP INDEX IF EXISTS client_alias_client_ix;
DROP INDEX IF EXISTS client_phone_client_ix;
DROP INDEX IF EXISTS client_email_client_ix;
DROP INDEX IF EXISTS client_search_term_client_ix;
DROP INDEX IF EXISTS adverse_party_case_ix;
DROP INDEX IF EXISTS adverse_party_term_party_ix;
DROP INDEX IF EXISTS case_note_case_ix;
