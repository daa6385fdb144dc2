package org.amparo.summaries;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.amparo.facts.CourtEvent;
import org.amparo.facts.FamilyMember;
import org.amparo.facts.IceCheckin;
import org.amparo.platform.i18n.Messages;
import org.amparo.screening.CategoryOutcome;
import org.amparo.screening.CourthouseRisk;
import org.amparo.screening.Deadline;
import org.amparo.screening.FrameworkResult;
import org.amparo.screening.ReliefResult;
import org.amparo.screening.ReliefResult.ReliefOutcome;
import org.amparo.summaries.SummaryModel.Block;
import org.amparo.summaries.SummaryModel.Field;
import org.amparo.summaries.SummaryModel.Table;

/** The summary's blocks that come from the screening: enforcement, relief, deadlines, court dates. */
final class ScreeningBlocks {

    /** Deadlines that belong to a protected petition (U, T, VAWA): a referral summary leaves them out. */
    static final Set<String> PROTECTED_DEADLINES = Set.of("dl.i918b_6m", "dl.vawa_2y", "dl.vawa_25", "dl.u_adjust",
            "dl.t_adjust", "dl.u_t_derivative_age");

    private final SummaryRequest request;
    private final SummaryInput input;
    private final Messages text;
    private final SummaryLabels labels;

    ScreeningBlocks(SummaryRequest request, SummaryInput input, Messages text, SummaryLabels labels) {
        this.request = request;
        this.input = input;
        this.text = text;
        this.labels = labels;
    }

    Optional<Block> enforcement() {
        if (!request.includes(SummaryField.ENFORCEMENT)) {
            return Optional.empty();
        }
        List<Field> fields = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        for (FrameworkResult f : input.screening().enforcement()) {
            if (!f.inForceOnAsOf()) {
                continue;
            }
            String title = input.frameworkTitles().getOrDefault(f.framework(), f.framework());
            fields.add(new Field(title, labels.frameworkOutcome(f.outcome())));
            List<List<String>> rows = f.categories().stream().filter(c -> c.result() != CategoryOutcome.NO_MATCH)
                    .map(c -> List.of(c.id(), labels.category(c.result()), String.join(" ", c.reasons()),
                            nz(c.citation()))).toList();
            if (!rows.isEmpty()) {
                tables.add(new Table(title, List.of(text.get("summary.col.category"), text.get("summary.col.result"),
                        text.get("summary.col.reason"), text.get("summary.col.citation")), rows));
            }
            if (f.assessment() != null) {
                paragraphs.add(text.get("summary.enforcement.aggravating", String.join("; ", f.assessment().aggravating())));
                paragraphs.add(text.get("summary.enforcement.mitigating", String.join("; ", f.assessment().mitigating())));
            }
            if (!f.missingFacts().isEmpty()) {
                paragraphs.add(text.get("summary.missing", title, String.join(", ", f.missingFacts())));
            }
        }
        englishReasonsNote(paragraphs);
        return Optional.of(new Block(text.get("summary.enforcement.heading"), fields, tables, paragraphs));
    }

    Optional<Block> relief() {
        List<Field> fields = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        for (ReliefResult r : input.screening().relief()) {
            if (r.outcome() == ReliefOutcome.NOT_APPLICABLE || !reliefIncluded(r)) {
                continue;
            }
            String name = labels.relief(r.relief());
            String flags = r.flags().contains(ReliefResult.FLAG_UNVERIFIED) ? " " + text.get("summary.unverified") : "";
            fields.add(new Field(name, labels.reliefOutcome(r.outcome()) + flags));
            if (request.includes(SummaryField.RELIEF_DETAIL)) {
                tables.add(new Table(name, List.of(text.get("summary.col.element"), text.get("summary.col.result"),
                        text.get("summary.col.reason"), text.get("summary.col.citation")), r.elements().stream()
                        .map(e -> List.of(e.id(), labels.element(e.result()), nz(e.reason()), nz(e.citation())))
                        .toList()));
                if (!r.waiversNeeded().isEmpty()) {
                    paragraphs.add(text.get("summary.relief.waivers", name, String.join(", ", r.waiversNeeded())));
                }
                if (!r.missingFacts().isEmpty()) {
                    paragraphs.add(text.get("summary.missing", name, String.join(", ", r.missingFacts())));
                }
            }
            derivatives(r, name).ifPresent(tables::add);
        }
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        if (request.includes(SummaryField.RELIEF_DETAIL)) {
            englishReasonsNote(paragraphs);
        }
        return Optional.of(new Block(text.get("summary.relief.heading"), fields, tables, paragraphs));
    }

    private boolean reliefIncluded(ReliefResult r) {
        return SummaryModelBuilder.PROTECTED_RELIEF.contains(r.relief())
                ? request.includes(SummaryField.RELIEF_PROTECTED)
                : request.includes(SummaryField.RELIEF_UNPROTECTED);
    }

    private Optional<Table> derivatives(ReliefResult r, String reliefName) {
        if (!request.includes(SummaryField.DERIVATIVES) || r.derivatives().isEmpty()) {
            return Optional.empty();
        }
        List<List<String>> rows = r.derivatives().stream().filter(d -> !hiddenMember(d.member()))
                .map(d -> List.of(memberName(d.member()), d.relationship(), labels.reliefOutcome(d.outcome()),
                        d.fileBy() == null ? "" : date(d.fileBy()))).toList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(new Table(text.get("summary.derivatives", reliefName),
                List.of(text.get("summary.col.member"), text.get("summary.col.relationship"),
                        text.get("summary.col.result"), text.get("summary.col.fileBy")), rows));
    }

    Optional<Block> deadlines() {
        List<List<String>> rows = input.screening().deadlines().stream().filter(this::deadlineIncluded)
                .map(d -> List.of(date(d.date()), d.label() + (d.member() == null ? "" : " (" + memberName(d.member())
                        + ")"), labels.deadlineStatus(d.status()))).toList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Block(text.get("summary.deadlines.heading"), List.of(),
                List.of(new Table("", List.of(text.get("summary.col.date"), text.get("summary.col.deadline"),
                        text.get("summary.col.status")), rows)), List.of()));
    }

    private boolean deadlineIncluded(Deadline d) {
        boolean protectedOne = PROTECTED_DEADLINES.contains(d.id());
        boolean allowed = request.includes(protectedOne ? SummaryField.DEADLINES_PROTECTED
                : SummaryField.DEADLINES_UNPROTECTED);
        return allowed && (d.member() == null || !hiddenMember(d.member()));
    }

    Optional<Block> courtDates() {
        if (!request.includes(SummaryField.COURT_DATES) || input.screening().courthouseRisk().isEmpty()) {
            return Optional.empty();
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        for (CourthouseRisk risk : input.screening().courthouseRisk()) {
            String event = describeEvent(risk.event());
            rows.add(List.of(date(risk.date()), event, labels.level(risk.level())));
            if (request.includes(SummaryField.RISK_FACTORS)) {
                paragraphs.add(text.get("summary.court.factors", date(risk.date()), risk.factors().stream()
                        .map(f -> (f.direction() == CourthouseRisk.Direction.raises ? "+ " : "− ") + f.reason())
                        .collect(Collectors.joining(" "))));
            }
            if (request.includes(SummaryField.SAFETY_PLANS)) {
                List<String> plan = risk.safetyPlan().stream().filter(line -> !aboutTheAbuser(line)).toList();
                paragraphs.add(text.get("summary.court.plan", date(risk.date()), String.join(" · ", plan)));
            }
        }
        if (!paragraphs.isEmpty()) {
            englishReasonsNote(paragraphs);
        }
        return Optional.of(new Block(text.get("summary.court.heading"), List.of(),
                List.of(new Table("", List.of(text.get("summary.col.date"), text.get("summary.col.event"),
                        text.get("summary.col.risk")), rows)), paragraphs));
    }

    /** The client's copy says nothing about the abuser: plan lines that mention him are left out. */
    private boolean aboutTheAbuser(String line) {
        return request.profile() == SummaryProfile.CLIENT && line.toLowerCase(java.util.Locale.ROOT).contains("abuser");
    }

    private String describeEvent(String ref) {
        List<CourtEvent> events = input.facts().courtEvents() == null ? List.of() : input.facts().courtEvents();
        for (CourtEvent e : events) {
            if (ref.equals(e.ref())) {
                String type = e.courtType() == null ? "" : e.courtType().name().replace('_', ' ');
                return text.get("summary.court.event", type, nz(e.courthouse()));
            }
        }
        List<IceCheckin> checkins = input.facts().iceCheckins() == null ? List.of() : input.facts().iceCheckins();
        for (IceCheckin c : checkins) {
            if (ref.equals(c.ref())) {
                return text.get("summary.court.checkin", nz(c.office()));
            }
        }
        return ref;
    }

    /** In her own copy, family members who abused her or took part in the crime are left out. */
    private boolean hiddenMember(String ref) {
        return request.profile() == SummaryProfile.CLIENT && member(ref)
                .map(m -> Boolean.TRUE.equals(m.isAbuser()) || Boolean.TRUE.equals(m.perpetratorOfCrime()))
                .orElse(false);
    }

    private String memberName(String ref) {
        return member(ref).map(m -> m.givenName() == null ? ref : m.givenName()).orElse(ref);
    }

    private Optional<FamilyMember> member(String ref) {
        List<FamilyMember> members = input.facts().familyMembers();
        return members == null ? Optional.empty() : members.stream().filter(m -> ref.equals(m.ref())).findFirst();
    }

    private void englishReasonsNote(List<String> paragraphs) {
        if (!"en".equals(request.language().getLanguage())) {
            paragraphs.add(text.get("summary.reasonsInEnglish"));
        }
    }

    private String date(java.time.LocalDate date) {
        return date == null ? "" : date.format(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(request.language()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
