package org.amparo.courthouse.ice287g;

import java.time.LocalDate;
import org.amparo.facts.CourtEvent.Model287g;

/**
 * One row of ICE's 287(g) participating-agencies list.
 *
 * @param state      2-letter code when the sheet's state is recognised, else the trimmed text as written
 * @param agency     law-enforcement agency, trimmed
 * @param type       agency type as written, trimmed (County, Municipality, State Agency, ...)
 * @param county     county, trimmed; blank ("") for rows without one ({@code #N/A}, {@code N/A} or empty)
 * @param model      287(g) model, or null when SUPPORT TYPE was not recognised (a warning says so)
 * @param signed     date the agreement was signed, or null when missing or unreadable (a warning says which)
 * @param moa        the MOA cell's text as written (often "link" or "link pending")
 * @param sheetRow   1-based row number in the sheet (as a spreadsheet program shows it)
 */
public record Agreement287g(String state, String agency, String type, String county, Model287g model,
                            LocalDate signed, String moa, int sheetRow) {

    /** Whether the sheet gave no county (typical of state agencies). */
    public boolean countyBlank() {
        return county.isEmpty();
    }
}
