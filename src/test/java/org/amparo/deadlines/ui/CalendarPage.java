package org.amparo.deadlines.ui;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.CalendarSource;
import com.calendarfx.model.Entry;
import com.calendarfx.view.MonthView;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.amparo.courthouse.risk.PolicyLens;
import org.amparo.deadlines.agenda.AgendaItem;
import org.amparo.testing.FxWait;
import org.testfx.api.FxRobot;

/** Page object for the calendar page (agenda, month, risk details). */
public final class CalendarPage {

    private final FxRobot robot;

    public CalendarPage(FxRobot robot) {
        this.robot = robot;
        FxWait.until("calendar page", () -> robot.lookup("#agendaList").tryQuery().isPresent());
    }

    @SuppressWarnings("unchecked")
    public List<AgendaItem> agenda() {
        return robot.lookup("#agendaList").queryAs(ListView.class).getItems();
    }

    public CalendarPage waitForAgendaItem(String text) {
        FxWait.until("agenda line " + text, () -> agendaLine(text).isPresent());
        return this;
    }

    private Optional<Node> agendaLine(String text) {
        return robot.lookup("#agendaList").lookup((Node n) -> n instanceof Labeled l && l.getText() != null
                && l.getText().contains(text)).tryQuery();
    }

    /** Clicks the agenda line showing {@code text} and waits for its risk to show. */
    public CalendarPage open(String text) {
        Node line = agendaLine(text).orElseThrow();
        robot.clickOn(line);
        // the primary stage is shared by every TestFX class, so an earlier test may have left it sized or placed so
        // that the click lands beside the line: make sure the line's item is the one selected
        robot.interact(() -> {
            Node cell = line;
            while (cell != null && !(cell instanceof ListCell)) {
                cell = cell.getParent();
            }
            ListView<?> list = robot.lookup("#agendaList").queryAs(ListView.class);
            if (cell != null && list.getSelectionModel().getSelectedIndex() != ((ListCell<?>) cell).getIndex()) {
                list.getSelectionModel().select(((ListCell<?>) cell).getIndex());
            }
        });
        FxWait.until("risk of " + text, () -> !level().isBlank() && !factorTexts().isEmpty());
        return this;
    }

    public String level() {
        return robot.lookup("#levelLabel").queryAs(Label.class).getText();
    }

    public List<String> factorTexts() {
        return texts("#factors");
    }

    public List<String> planSteps() {
        return texts("#plan");
    }

    private List<String> texts(String box) {
        return robot.lookup(box).queryAs(VBox.class).lookupAll(".label").stream().map(n -> ((Labeled) n).getText())
                .toList();
    }

    /** Chooses how to judge the event and waits for the level to change to one starting with {@code expected}. */
    @SuppressWarnings("unchecked")
    public CalendarPage judgeUnder(PolicyLens lens, String expected) {
        ComboBox<PolicyLens> box = robot.lookup("#lens").queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(lens));
        FxWait.until("level under " + lens, () -> level().startsWith(expected));
        return this;
    }

    public CalendarPage showMonth() {
        robot.clickOn(robot.lookup((Node n) -> n instanceof Labeled l && "Month".equals(l.getText())
                && n.getStyleClass().contains("tab-label")).queryAs(Node.class));
        FxWait.until("month view", () -> robot.lookup((Node n) -> n instanceof MonthView && n.isVisible())
                .tryQuery().isPresent());
        return this;
    }

    /** The month view's entries on {@code date} whose title contains {@code text}. */
    public List<Entry<?>> monthEntries(LocalDate date, String text) {
        MonthView month = robot.lookup((Node n) -> n instanceof MonthView).queryAs(MonthView.class);
        List<Entry<?>> found = new java.util.ArrayList<>();
        for (CalendarSource source : month.getCalendarSources()) {
            for (Calendar<?> calendar : source.getCalendars()) {
                calendar.findEntries(date, date, ZoneId.systemDefault()).values().forEach(list -> list.stream()
                        .filter(e -> e.getTitle().contains(text)).forEach(found::add));
            }
        }
        return found;
    }

    /** Whether a node of the month grid shows {@code text}. */
    public boolean monthShows(String text) {
        return robot.lookup((Node n) -> n instanceof MonthView).lookup((Node n) -> n instanceof Labeled l
                && l.getText() != null && l.getText().contains(text) && n.isVisible()).tryQuery().isPresent();
    }

    /**
     * Adds a deadline by hand through the calendar's form, by keyboard where a person would: the title, the open
     * case found by {@code caseText} (Enter searches; a single match is chosen), and Save.
     */
    public CalendarPage addDeadline(String title, String caseText) {
        robot.clickOn("#addDeadline");
        FxWait.until("deadline form", () -> robot.lookup("#deadlineForm").query().isVisible());
        robot.clickOn("#deadlineTitle").write(title);
        robot.clickOn("#caseSearch").write(caseText).type(javafx.scene.input.KeyCode.ENTER);
        FxWait.until("case found for " + caseText, () -> robot.lookup("#caseChoice")
                .queryAs(ComboBox.class).getValue() != null);
        robot.clickOn("#saveDeadline");
        FxWait.until("deadline form closed", () -> !robot.lookup("#deadlineForm").query().isVisible());
        return this;
    }

    public String deadlineStatus() {
        return robot.lookup("#deadlineStatus").queryAs(Label.class).getText();
    }
}
