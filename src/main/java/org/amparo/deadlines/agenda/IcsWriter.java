package org.amparo.deadlines.agenda;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes agenda items as an iCalendar file (RFC 5545): all-day events with floating dates, CRLF line ends, lines
 * folded at 75 octets without splitting a UTF-8 character, text escaped. The SUMMARY names the kind and the case
 * number ("Court date (case 2026-0007)"); the client's name is added only when {@code withNames}.
 */
public final class IcsWriter {

    static final String CRLF = "\r\n";
    private static final int FOLD_OCTETS = 75;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Instant stamp;
    private final boolean withNames;

    /**
     * @param stamp     the DTSTAMP of every event (when the file is written)
     * @param withNames whether SUMMARY carries the client's name (the user opted in)
     */
    public IcsWriter(Instant stamp, boolean withNames) {
        this.stamp = stamp;
        this.withNames = withNames;
    }

    public String write(List<AgendaItem> items) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Amparo//Calendar export//EN");
        line(out, "CALSCALE:GREGORIAN");
        for (AgendaItem item : items) {
            event(out, item);
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private void event(StringBuilder out, AgendaItem item) {
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + escape(item.key()) + "@amparo.invalid");
        line(out, "DTSTAMP:" + STAMP.format(stamp));
        line(out, "DTSTART;VALUE=DATE:" + DATE.format(item.date()));
        line(out, "DTEND;VALUE=DATE:" + DATE.format(item.date().plusDays(1)));
        line(out, "SUMMARY:" + escape(summary(item)));
        if (item.place() != null && !item.place().isBlank()) {
            line(out, "LOCATION:" + escape(item.place()));
        }
        String description = description(item);
        if (!description.isEmpty()) {
            line(out, "DESCRIPTION:" + escape(description));
        }
        line(out, "END:VEVENT");
    }

    String summary(AgendaItem item) {
        String kind = switch (item.kind()) {
            case COURT_EVENT -> "Court date";
            case ICE_CHECKIN -> "ICE check-in";
            case DEADLINE, MANUAL_DEADLINE -> "Deadline";
        };
        String who = withNames && item.clientName() != null && !item.clientName().isBlank()
                ? " – " + item.clientName() : "";
        String ref = item.caseNumber() != null ? " (case " + item.caseNumber() + ")"
                : " (client " + item.clientId() + ")";
        return kind + who + ref;
    }

    private static String description(AgendaItem item) {
        StringBuilder d = new StringBuilder();
        if (!item.isEvent() && item.detail() != null) {
            d.append(item.detail());
        }
        if (item.level() != null) {
            d.append(d.length() == 0 ? "" : "\n").append("Arrest risk: ").append(item.level());
        }
        return d.toString();
    }

    /** RFC 5545 §3.3.11: backslash, semicolon and comma escaped; line breaks as \n. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends one content line, folded (RFC 5545 §3.1) so no physical line exceeds 75 octets. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = FOLD_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append(CRLF).append(' ');
                octets = 0;
                limit = FOLD_OCTETS - 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append(CRLF);
    }
}
