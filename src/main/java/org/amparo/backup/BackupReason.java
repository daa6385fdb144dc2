package org.amparo.backup;

/** Why a backup was made (kept in its manifest and shown in the list of backups). */
public enum BackupReason { MANUAL, ON_EXIT, SCHEDULED, BEFORE_IMPORT, BEFORE_MIGRATION, BEFORE_RESTORE, BEFORE_PURGE,
    BEFORE_KEY_ROTATION }
