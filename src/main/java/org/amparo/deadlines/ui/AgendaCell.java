package org.amparo.deadlines.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import org.amparo.deadlines.agenda.AgendaItem;

/** One agenda line: date, a coloured chip with the level (or "Deadline"), and the title. */
final class AgendaCell extends ListCell<AgendaItem> {

    private final AgendaText text;
    private final Supplier<LocalDate> today;
    private final DateTimeFormatter dates;

    AgendaCell(AgendaText text, Supplier<LocalDate> today, Locale locale) {
        this.text = text;
        this.today = today;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    @Override
    protected void updateItem(AgendaItem item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        AgendaStyles style = AgendaStyles.of(item, today.get());
        Label chip = new Label(item.isEvent() ? text.level(item.level()) : text.kind(item.kind()));
        chip.getStyleClass().addAll("amp-level-chip", style.styleClass());
        Label date = new Label(dates.format(item.date()));
        date.setMinWidth(110);
        Label title = new Label(text.title(item));
        HBox line = new HBox(10, date, chip, title);
        line.getStyleClass().add("amp-agenda-item");
        setText(null);
        setGraphic(line);
    }
}
