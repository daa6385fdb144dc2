package org.amparo.screening;

/** Overall outcome of one enforcement framework (spec "Vocabularies"). */
public enum FrameworkOutcome {
    PRIORITY, LIKELY_PRIORITY, NEEDS_REVIEW, PUBLIC_SAFETY_ASSESSMENT, REMOVABLE_UNLISTED, NOT_PRIORITY, NOT_REMOVABLE
}
