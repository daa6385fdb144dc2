package org.amparo.facts;

import java.time.LocalDate;
import java.util.List;

/** Entry, status and removal history ({@code immigration}). */
public record Immigration(
        EntryManner entryManner,
        String visaClassAtEntry,
        LocalDate lastEntryDate,
        Boolean apprehendedAtBorderOrPoe,
        LocalDate borderApprehensionDate,
        LocalDate continuousPresenceSince,
        CurrentStatus currentStatus,
        Boolean removalProceedingsPending,
        LocalDate ntaDate,
        Boolean hasFinalRemovalOrder,
        LocalDate finalOrderDate,
        FinalOrderType finalOrderType,
        Boolean departedAfterOrder,
        Boolean orderOfSupervision,
        List<PriorRemoval> priorRemovals,
        Boolean reenteredAfterRemoval,
        Boolean detainerLodged,
        Boolean unaccompaniedChildDesignation) {

    public enum EntryManner { EWI, admitted_visa, admitted_vwp, paroled, apprehended_at_border_released, unknown }

    public enum CurrentStatus {
        none, overstay, pending_benefit, TPS, DACA, parole, U, T, LPR, asylee, refugee, USC, other
    }

    public enum FinalOrderType { IJ_order, in_absentia, expedited_removal, reinstated, VD_overstayed }

    /** {@code type} is free text in the spec (e.g. "expedited_removal"). */
    public record PriorRemoval(LocalDate date, String type) { }
}
