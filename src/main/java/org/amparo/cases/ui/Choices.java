package org.amparo.cases.ui;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/** Fills a combo box whose choices may include null ("any"), labelled by a function, bound to a property. */
final class Choices {

    private Choices() {
    }

    static <T> void bind(ComboBox<T> box, List<T> items, Function<T, String> label, Property<T> value) {
        box.getItems().setAll(items);
        box.setCellFactory(list -> cell(label));
        box.setButtonCell(cell(label));
        box.valueProperty().bindBidirectional(value);
    }

    static <T> void unbind(ComboBox<T> box, Property<T> value) {
        box.valueProperty().unbindBidirectional(value);
    }

    private static <T> ListCell<T> cell(Function<T, String> label) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty && item == null && getIndex() < 0 ? label.apply(null)
                        : empty ? null : label.apply(item));
            }
        };
    }
}
