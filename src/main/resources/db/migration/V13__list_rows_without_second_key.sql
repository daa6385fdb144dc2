-- Issue 4 (import.seconds): the rows of a client's lists keep one index, not two.
--
-- Each of these tables had a primary key on (client_id, position[, ...]) and, for its foreign key to client, a
-- second index on client_id alone: H2 2.3 gives a foreign key its own index unless one exists on exactly its
-- columns, and a longer index that starts with them does not count. Every list row was therefore written to three
-- B-trees (the rows, the key, the foreign key's index), and a transaction commits every entry once more. Dropping
-- the primary key leaves the rows and the client_id index: reading a client's list (WHERE client_id ... ORDER BY
-- client_id, position) uses that index and sorts a few rows; deleting a client still cascades through it.
-- Measured importing 100,000 documents into a vault of 100,000 clients: commit 46-50 s -> 42-46 s.
--
-- What is lost is the database's own check that a position is not stored twice for a client. The application
-- writes each list whole (its old rows deleted, positions 0..n-1 inserted, in one transaction under the client's
-- facts version), which the repository tests cover. No row is changed by this migration.
ALTER TABLE client_country DROP PRIMARY KEY;
ALTER TABLE client_language DROP PRIMARY KEY;
ALTER TABLE fact_prior_removal DROP PRIMARY KEY;
ALTER TABLE fact_conviction DROP PRIMARY KEY;
ALTER TABLE fact_conviction_tag DROP PRIMARY KEY;
ALTER TABLE fact_pending_charge DROP PRIMARY KEY;
ALTER TABLE fact_pending_charge_tag DROP PRIMARY KEY;
ALTER TABLE fact_uncharged_conduct DROP PRIMARY KEY;
ALTER TABLE fact_u_crime DROP PRIMARY KEY;
ALTER TABLE fact_u_crime_modifier DROP PRIMARY KEY;
ALTER TABLE fact_t_means DROP PRIMARY KEY;
ALTER TABLE fact_t_labor_purpose DROP PRIMARY KEY;
ALTER TABLE fact_vawa_abuse_type DROP PRIMARY KEY;
ALTER TABLE fact_vawa_gmc_issue DROP PRIMARY KEY;
ALTER TABLE fact_family_member DROP PRIMARY KEY;
ALTER TABLE fact_court_event DROP PRIMARY KEY;
ALTER TABLE fact_court_event_287g DROP PRIMARY KEY;
ALTER TABLE fact_ice_checkin DROP PRIMARY KEY;
ALTER TABLE fact_source DROP PRIMARY KEY;
