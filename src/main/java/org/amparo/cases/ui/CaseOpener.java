package org.amparo.cases.ui;

/**
 * Opens a case in the case window (built elsewhere). Bound optionally: {@link CaseloadUiModule} declares it, and the
 * case window's module sets it with {@code OptionalBinder.newOptionalBinder(binder(), CaseOpener.class)
 * .setBinding().to(...)}. Until then the caseload says the case view is not available.
 */
public interface CaseOpener {

    void open(long caseId);
}
