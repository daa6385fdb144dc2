package org.amparo.screening.relief;

import org.amparo.deadlines.LegalDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.amparo.facts.UFacts;
import org.amparo.facts.UFacts.Certification;
import org.amparo.screening.ReliefResult;
import org.amparo.screening.ReliefResult.ElementOutcome;
import org.amparo.screening.ReliefResult.ReliefOutcome;

/** Form I-918 Supplement B rules {@code u.cert.*} (LEGAL-REFERENCE §2.3). */
final class UCertification {

    private static final String REQUIRED_CITE = "8 CFR 214.14(c)(2)(i)";
    private static final String AGENCY_CITE = "8 CFR 214.14(a)(2)";
    private static final String OFFICIAL_CITE = "8 CFR 214.14(a)(3) (paragraph text UNVERIFIED)";
    private static final String ORIGINAL_CITE = "Form I-918 Supplement B instructions (UNVERIFIED)";

    private static final List<String> AGENCY_WORDS = List.of("police", "sheriff", "district attorney",
            "attorney general", "prosecut", "court", "judge", "marshal", "fbi", "homeland security", "hsi",
            "department of labor", "labor", "eeoc", "equal employment", "protective services", "law enforcement",
            "state patrol", "highway patrol", "tribal", "attorney's office", "solicitor");
    private static final List<String> OFFICIAL_WORDS = List.of("head", "chief", "sheriff", "district attorney",
            "judge", "designated", "supervisor", "director", "commissioner", "attorney general", "prosecutor");

    private UCertification() {
    }

    static List<UtFinding> evaluate(UFacts u, UtFiling filing) {
        Certification cert = u.certification();
        List<UtFinding> out = new ArrayList<>();
        if (cert == null) {
            String ask = u.reportedTo() == null ? "the agency that investigated the crime" : u.reportedTo();
            out.add(UtFinding.of("u.cert.required", ElementOutcome.UNKNOWN, ReliefOutcome.LIKELY_ELIGIBLE,
                    "No Form I-918 Supplement B is recorded; USCIS denies a petition filed without it. Ask " + ask
                            + " to certify.", REQUIRED_CITE).missing("$.u.certification"));
            out.add(UtFinding.of("u.cert.discretion", ElementOutcome.UNKNOWN, ReliefOutcome.LIKELY_ELIGIBLE,
                    "Agencies are not required to sign a certification, so whether one will be obtained is"
                            + " unknown.", "8 CFR 214.14(c)(2)(i); agency discretion (secondary sources)"));
            return out;
        }
        out.add(UtFinding.of("u.cert.required", ElementOutcome.MET, ReliefOutcome.ELIGIBLE,
                "A Supplement B certification is recorded (signing does not guarantee approval).", REQUIRED_CITE));
        out.add(agency(cert));
        out.add(official(cert));
        out.add(sixMonths(cert, filing));
        out.add(original(cert));
        return out;
    }

    private static UtFinding agency(Certification cert) {
        if (cert.agency() == null || cert.agency().isBlank()) {
            return UtFinding.of("u.cert.who_agency", ElementOutcome.UNKNOWN, ReliefOutcome.LIKELY_ELIGIBLE,
                    "The certifying agency is not recorded.", AGENCY_CITE).missing("$.u.certification.agency");
        }
        if (containsAny(cert.agency(), AGENCY_WORDS)) {
            return UtFinding.of("u.cert.who_agency", ElementOutcome.MET, ReliefOutcome.ELIGIBLE,
                    cert.agency() + " is a law-enforcement, prosecuting, judicial or investigative authority.",
                    AGENCY_CITE);
        }
        return UtFinding.of("u.cert.who_agency", ElementOutcome.NEEDS_REVIEW, ReliefOutcome.LIKELY_ELIGIBLE,
                "Confirm that " + cert.agency() + " is responsible for detecting, investigating, prosecuting,"
                        + " convicting or sentencing the crime.", AGENCY_CITE);
    }

    private static UtFinding official(Certification cert) {
        String unverified = " UNVERIFIED rule: the regulation's paragraph text was not re-read.";
        if (cert.officialTitle() == null || cert.officialTitle().isBlank()) {
            return UtFinding.of("u.cert.who_official", ElementOutcome.UNKNOWN, ReliefOutcome.LIKELY_ELIGIBLE,
                    "The certifying official's title is not recorded." + unverified, OFFICIAL_CITE)
                    .missing("$.u.certification.official_title").flag(ReliefResult.FLAG_UNVERIFIED);
        }
        if (containsAny(cert.officialTitle(), OFFICIAL_WORDS)) {
            return UtFinding.of("u.cert.who_official", ElementOutcome.MET, ReliefOutcome.ELIGIBLE,
                    "Signed by " + cert.officialTitle() + ": an agency head, designated supervisor or judge."
                            + unverified, OFFICIAL_CITE).flag(ReliefResult.FLAG_UNVERIFIED);
        }
        return UtFinding.of("u.cert.who_official", ElementOutcome.NEEDS_REVIEW, ReliefOutcome.LIKELY_ELIGIBLE,
                "The signer (" + cert.officialTitle() + ") must be the agency head, a supervisor the head designated,"
                        + " or a judge: confirm the designation." + unverified, OFFICIAL_CITE)
                .flag(ReliefResult.FLAG_UNVERIFIED);
    }

    static UtFinding sixMonths(Certification cert, UtFiling filing) {
        LocalDate signed = cert.signedDate();
        if (signed == null) {
            return UtFinding.of("u.cert.six_months", ElementOutcome.UNKNOWN, ReliefOutcome.LIKELY_ELIGIBLE,
                    "The certification's signature date is not recorded.", REQUIRED_CITE)
                    .missing("$.u.certification.signed_date");
        }
        LocalDate lastSafe = LegalDates.certificationLastDay(signed);
        LocalDate filingDate = filing.date();
        String rule = " Conservative reading: the certification is stale on its six-month anniversary ("
                + signed.plusMonths(6) + "), so the last safe filing day is " + lastSafe + ".";
        if (signed.isAfter(filingDate)) {
            return UtFinding.of("u.cert.six_months", ElementOutcome.NEEDS_REVIEW, ReliefOutcome.NEEDS_MORE_INFO,
                    "The certification is dated " + signed + ", after " + filing.basis() + ": check the dates.",
                    REQUIRED_CITE);
        }
        if (!filingDate.isAfter(lastSafe)) {
            return UtFinding.of("u.cert.six_months", ElementOutcome.MET, ReliefOutcome.ELIGIBLE,
                    "Signed " + signed + ", within six months before " + filing.basis() + "." + rule, REQUIRED_CITE);
        }
        String fix = filing.isFiled() ? " It was stale when filed: expect a request for a new certification."
                : " Obtain a new certification, or file by " + lastSafe + " if that is still possible.";
        ReliefOutcome cap = filing.isFiled() ? ReliefOutcome.NEEDS_MORE_INFO : ReliefOutcome.LIKELY_ELIGIBLE;
        return UtFinding.of("u.cert.six_months", ElementOutcome.NOT_MET, cap,
                "Signed " + signed + ": more than six months before " + filing.basis() + "." + rule + fix,
                REQUIRED_CITE);
    }

    private static UtFinding original(Certification cert) {
        String unverified = " UNVERIFIED rule: not checked against the current official instructions.";
        UtFinding finding;
        if (cert.originalHeld() == null) {
            finding = UtFinding.of("u.cert.original", ElementOutcome.UNKNOWN, ReliefOutcome.LIKELY_ELIGIBLE,
                    "Whether the original signed Supplement B is in hand is not recorded." + unverified,
                    ORIGINAL_CITE).missing("$.u.certification.original_held");
        } else if (cert.originalHeld()) {
            finding = UtFinding.of("u.cert.original", ElementOutcome.MET, ReliefOutcome.ELIGIBLE,
                    "The original signed Supplement B is held." + unverified, ORIGINAL_CITE);
        } else {
            finding = UtFinding.of("u.cert.original", ElementOutcome.NOT_MET, ReliefOutcome.LIKELY_ELIGIBLE,
                    "Only a copy is held: the original signed Supplement B must be filed." + unverified,
                    ORIGINAL_CITE);
        }
        return finding.flag(ReliefResult.FLAG_UNVERIFIED);
    }

    private static boolean containsAny(String text, List<String> words) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : words) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
