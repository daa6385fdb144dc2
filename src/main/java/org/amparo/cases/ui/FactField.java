package org.amparo.cases.ui;

import java.util.List;
import java.util.Objects;
import org.amparo.cases.FactSection;

/**
 * One field of the facts document as the case view and the intake ask it.
 *
 * @param path JSON path with {@code []} for list items, e.g. {@code $.u.helpfulness}, {@code $.u.crimes[].date}
 * @param type which editor answers it
 * @param step the intake step that asks it, or null when only the case view shows it
 * @param rule the extra check on its value
 * @param valueGroup for ENUM and ENUM_LIST, the group of its values' labels ({@link FactValues}); else null
 * @param values for ENUM and ENUM_LIST, the allowed JSON values in order; else empty
 * @param labelKey short label for the case view
 * @param questionKey the plain-language question for the client interview; null for app-filled fields
 * @param min for INTEGER, the smallest allowed value
 * @param max for INTEGER, the largest allowed value
 */
public record FactField(String path, FactType type, IntakeStep step, FactRule rule, String valueGroup,
                        List<String> values, String labelKey, String questionKey, int min, int max) {

    public FactField {
        Objects.requireNonNull(path);
        values = List.copyOf(values);
    }

    /** The section that stores this field. */
    public FactSection section() {
        String top = path.substring(2).split("[.\\[]", 2)[0];
        return switch (top) {
            case "person" -> FactSection.PERSON;
            case "immigration" -> FactSection.IMMIGRATION;
            case "criminal" -> FactSection.CRIMINAL;
            case "conduct" -> FactSection.CONDUCT;
            case "u" -> FactSection.U;
            case "t" -> FactSection.T;
            case "vawa" -> FactSection.VAWA;
            case "family_members" -> FactSection.FAMILY;
            case "court_events" -> FactSection.COURT_EVENTS;
            case "ice_checkins" -> FactSection.ICE_CHECKINS;
            case "asylum" -> FactSection.ASYLUM;
            case "sijs" -> FactSection.SIJS;
            default -> throw new IllegalStateException("no section for " + path);
        };
    }

    /** Whether this is a field of a list item ({@code $.u.crimes[].date}). */
    public boolean inListItem() {
        return path.contains("[]");
    }

    /** For a list item's field, the list's path ({@code $.u.crimes}); else null. */
    public String listPath() {
        int at = path.indexOf("[]");
        return at < 0 ? null : path.substring(0, at);
    }

    /** For a list item's field, its name inside the item ({@code date}); else null. */
    public String itemKey() {
        int at = path.indexOf("[].");
        return at < 0 ? null : path.substring(at + 3);
    }
}
