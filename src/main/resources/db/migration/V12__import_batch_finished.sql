-- An import commits its rows chunk by chunk, each chunk in a transaction of its own, after a first transaction that
-- stores the batch row; its last transaction sets finished_at (with the imported count and the IMPORT audit entry).
-- Only finished batches count as imports (listed, offered for undo). A batch without finished_at failed part way
-- (its clients are being removed) or was cut short by a crash: its clients are removed when the vault is opened or
-- before the next import. Batches stored before this version were written whole in one transaction: finished.
ALTER TABLE import_batch ADD COLUMN finished_at TIMESTAMP WITH TIME ZONE;
UPDATE import_batch SET finished_at = created_at;
