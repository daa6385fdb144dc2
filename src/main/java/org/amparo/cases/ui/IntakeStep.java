package org.amparo.cases.ui;

/**
 * The intake interview's steps, in the order the conversation goes: who she is and how to reach her safely, her
 * family, what happened to her (abuse, a crime, trafficking), her immigration history, any record, and court dates.
 */
public enum IntakeStep {
    ABOUT_HER("intake.step.aboutHer", "intake.intro.aboutHer"),
    FAMILY("intake.step.family", "intake.intro.family"),
    ABUSE("intake.step.abuse", "intake.intro.abuse"),
    CRIME("intake.step.crime", "intake.intro.crime"),
    TRAFFICKING("intake.step.trafficking", "intake.intro.trafficking"),
    IMMIGRATION("intake.step.immigration", "intake.intro.immigration"),
    RECORD("intake.step.record", "intake.intro.record"),
    COURT("intake.step.court", "intake.intro.court");

    private final String titleKey;
    private final String introKey;

    IntakeStep(String titleKey, String introKey) {
        this.titleKey = titleKey;
        this.introKey = introKey;
    }

    public String titleKey() {
        return titleKey;
    }

    /** A sentence the advocate can say to open the step. */
    public String introKey() {
        return introKey;
    }
}
