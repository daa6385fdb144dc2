-- Issue 4 (re-screen speed at 100,000 cases).
--
-- A case's pointer at its latest screening (with the in-force outcome and next deadline copied beside it for the
-- caseload's filters and sorting) moves out of client_case into a narrow table of its own. A completed re-screen
-- moves every case's pointer; H2 rewrites an updated row in every index of its table, and client_case has ten, so a
-- move cost about twenty index writes per case. Here it is four (the row and two indexes on insert; twice that on
-- update), and a case that was never screened has no row at all.
--
-- No edit columns (version, created/updated): nobody edits a pointer; the screening_run it names says who ran it
-- and when. run_id has no foreign key: (run_id, case_id) is always a stored case_screening row, and both go only
-- with the case (ON DELETE CASCADE here; retention deletes the case's screenings with it), while a run is deleted
-- only once no case_screening row names it.
CREATE TABLE case_latest_screening (
    case_id             BIGINT PRIMARY KEY REFERENCES client_case (id) ON DELETE CASCADE,
    run_id              BIGINT NOT NULL,
    in_force_framework  VARCHAR(60),
    in_force_outcome    VARCHAR(30),
    next_deadline       DATE,
    next_deadline_label VARCHAR(300),
    CONSTRAINT case_latest_screening_outcome_ck CHECK (in_force_outcome IN ('PRIORITY', 'LIKELY_PRIORITY',
        'NEEDS_REVIEW', 'PUBLIC_SAFETY_ASSESSMENT', 'REMOVABLE_UNLISTED', 'NOT_PRIORITY', 'NOT_REMOVABLE'))
);
CREATE INDEX case_latest_screening_outcome_ix ON case_latest_screening (in_force_outcome);
CREATE INDEX case_latest_screening_deadline_ix ON case_latest_screening (next_deadline);

INSERT INTO case_latest_screening (case_id, run_id, in_force_framework, in_force_outcome, next_deadline,
        next_deadline_label)
    SELECT id, latest_run_id, in_force_framework, in_force_outcome, next_deadline, next_deadline_label
    FROM client_case WHERE latest_run_id IS NOT NULL;

DROP INDEX IF EXISTS client_case_deadline_ix;
DROP INDEX IF EXISTS client_case_outcome_ix;
DROP INDEX IF EXISTS client_case_latest_ix;
ALTER TABLE client_case DROP CONSTRAINT client_case_outcome_ck;
ALTER TABLE client_case DROP COLUMN latest_run_id;
ALTER TABLE client_case DROP COLUMN in_force_framework;
ALTER TABLE client_case DROP COLUMN in_force_outcome;
ALTER TABLE client_case DROP COLUMN next_deadline;
ALTER TABLE client_case DROP COLUMN next_deadline_label;
