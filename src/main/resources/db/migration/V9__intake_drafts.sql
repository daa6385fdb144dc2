-- Issue 4: the stored versions of her facts (and of her client record) an intake draft was based on, as a JSON
-- object of section name to version, so a resumed draft never silently overwrites an edit made after it was saved.
-- NULL for drafts saved before this migration.
ALTER TABLE intake_draft ADD COLUMN base_versions VARCHAR(2000);
