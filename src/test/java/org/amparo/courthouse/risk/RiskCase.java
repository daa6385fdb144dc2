package org.amparo.courthouse.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.amparo.facts.Conduct;
import org.amparo.facts.CourtEvent;
import org.amparo.facts.CourtEvent.ClientRole;
import org.amparo.facts.CourtEvent.CourtType;
import org.amparo.facts.CourtEvent.Model287g;
import org.amparo.facts.Criminal;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.IceCheckin;
import org.amparo.facts.Immigration;
import org.amparo.facts.Immigration.CurrentStatus;
import org.amparo.facts.UFacts;

/**
 * A fictional client ("Demo-Prueba") with one court event or check-in, built step by step for table-driven tests.
 * The baseline is a family-court hearing in Texas where she is the petitioner, with nothing else known.
 */
record RiskCase(Immigration immigration, Criminal criminal, Conduct conduct, UFacts u, CourtEvent event,
                IceCheckin checkin, EnforcementSummary summary) {

    static final LocalDate LYONS_2025 = LocalDate.of(2025, 9, 15);
    static final LocalDate INTERIM_2025 = LocalDate.of(2025, 3, 3);
    static final LocalDate MEMO_2021 = LocalDate.of(2022, 6, 1);
    static final LocalDate DIRECTIVE_2018 = LocalDate.of(2019, 6, 3);
    static final LocalDate BEFORE_2018 = LocalDate.of(2016, 6, 6);

    static RiskCase baseline() {
        return new RiskCase(null, null, null, null,
                new CourtEvent("ce-1", LYONS_2025, CourtType.family, "Example City Family Court", "Demo County",
                        "TX", ClientRole.petitioner, null, null, null, null, null, null, null),
                null, null);
    }

    static RiskCase checkin(IceCheckin.Type type) {
        return new RiskCase(null, null, null, null, null,
                new IceCheckin("ci-1", LYONS_2025, "Example City ICE office", type), null);
    }

    RiskCase finalOrder() {
        return withImmigration(i -> imm(true, false, false, false, null, i == null ? null : i.orderOfSupervision()));
    }

    RiskCase status(CurrentStatus status) {
        return withImmigration(i -> imm(i != null && Boolean.TRUE.equals(i.hasFinalRemovalOrder()), false,
                false, false, status, null));
    }

    RiskCase immigration(boolean finalOrder, boolean reentered, boolean detainer, boolean supervision) {
        return withImmigration(i -> imm(finalOrder, false, reentered, detainer, null, supervision));
    }

    private RiskCase withImmigration(UnaryOperator<Immigration> change) {
        return new RiskCase(change.apply(immigration), criminal, conduct, u, event, checkin, summary);
    }

    private static Immigration imm(boolean finalOrder, boolean departed, boolean reentered, boolean detainer,
                                   CurrentStatus status, Boolean supervision) {
        return new Immigration(null, null, null, null, null, null, status, null, null, finalOrder,
                finalOrder ? LocalDate.of(2019, 2, 1) : null, null, departed, supervision, null, reentered,
                detainer, null);
    }

    RiskCase conviction() {
        return withCriminal(new Criminal(List.of(new Criminal.Conviction("Shoplifting (fictional)", "Demo 1.1",
                Criminal.Jurisdiction.state, Criminal.Classification.misdemeanor, LocalDate.of(2018, 1, 5), "i-1",
                30, 0, true, false, Criminal.Tristate.no, Criminal.Tristate.unknown, List.of(Criminal.Tag.theft),
                false, false)), List.of()));
    }

    RiskCase pendingCharge(Criminal.Tag tag) {
        return withCriminal(new Criminal(List.of(), List.of(new Criminal.PendingCharge("Charge (fictional)",
                List.of(tag), LocalDate.of(2025, 5, 1), "Demo County Court", LYONS_2025))));
    }

    private RiskCase withCriminal(Criminal value) {
        return new RiskCase(immigration, value, conduct, u, event, checkin, summary);
    }

    RiskCase gang(Conduct.GangAllegation allegation) {
        return new RiskCase(immigration, criminal, new Conduct(null, null, null, null, allegation, null, null, null,
                null), u, event, checkin, summary);
    }

    RiskCase terrorismFlag() {
        return new RiskCase(immigration, criminal, new Conduct(null, null, null, null, null, null, true, null,
                null), u, event, checkin, summary);
    }

        RiskCase uFiled(LocalDate filed) {
        return new RiskCase(immigration, criminal, conduct, new UFacts(null, null, null, null, null, null, null,
                null, null, null, null, filed), event, checkin, summary);
    }

    RiskCase summary(EnforcementSummary value) {
        return new RiskCase(immigration, criminal, conduct, u, event, checkin, value);
    }

    RiskCase on(LocalDate date) {
        return event(e -> new CourtEvent(e.ref(), date, e.courtType(), e.courthouse(), e.county(), e.state(),
                e.clientRole(), e.caseRelatesToDvSaTraffickingStalking(), e.remoteAppearanceAvailable(),
                e.attorneyAccompanying(), e.abuserKnowsDate(), e.abuserThreatenedImmigrationReport(),
                e.county287gModels(), e.recentIceActivityReports()));
    }

    RiskCase court(CourtType type, ClientRole role) {
        return event(e -> new CourtEvent(e.ref(), e.date(), type, e.courthouse(), e.county(), e.state(), role,
                e.caseRelatesToDvSaTraffickingStalking(), e.remoteAppearanceAvailable(), e.attorneyAccompanying(),
                e.abuserKnowsDate(), e.abuserThreatenedImmigrationReport(), e.county287gModels(),
                e.recentIceActivityReports()));
    }

    RiskCase state(String state) {
        return event(e -> new CourtEvent(e.ref(), e.date(), e.courtType(), e.courthouse(), e.county(), state,
                e.clientRole(), e.caseRelatesToDvSaTraffickingStalking(), e.remoteAppearanceAvailable(),
                e.attorneyAccompanying(), e.abuserKnowsDate(), e.abuserThreatenedImmigrationReport(),
                e.county287gModels(), e.recentIceActivityReports()));
    }

    /** Sets the event's yes/no facts: DV-related case, remote appearance, attorney, abuser knows, abuser threatened. */
    RiskCase flags(Boolean dvCase, Boolean remote, Boolean attorney, Boolean abuserKnows, Boolean abuserThreat) {
        return event(e -> new CourtEvent(e.ref(), e.date(), e.courtType(), e.courthouse(), e.county(), e.state(),
                e.clientRole(), dvCase, remote, attorney, abuserKnows, abuserThreat, e.county287gModels(),
                e.recentIceActivityReports()));
    }

    RiskCase place(List<Model287g> models, Integer iceReports) {
        return event(e -> new CourtEvent(e.ref(), e.date(), e.courtType(), e.courthouse(), e.county(), e.state(),
                e.clientRole(), e.caseRelatesToDvSaTraffickingStalking(), e.remoteAppearanceAvailable(),
                e.attorneyAccompanying(), e.abuserKnowsDate(), e.abuserThreatenedImmigrationReport(), models,
                iceReports));
    }

    private RiskCase event(UnaryOperator<CourtEvent> change) {
        return new RiskCase(immigration, criminal, conduct, u, change.apply(event), checkin, summary);
    }

    FactsDocument facts() {
        return new FactsDocument(FactsDocument.SCHEMA_ID, "demo-prueba-1", LYONS_2025, null, immigration, criminal,
                conduct, u, null, null, null, event == null ? null : List.of(event),
                checkin == null ? null : List.of(checkin), null, null, null, null);
    }
}
