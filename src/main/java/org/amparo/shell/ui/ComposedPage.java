package org.amparo.shell.ui;

import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import org.amparo.platform.fx.Disposable;
import org.amparo.platform.fx.ViewLoader;

/** A page the shell builds from several features' views; disposing it disposes each of them. */
final class ComposedPage implements Disposable {

    private final List<Object> controllers;

    private ComposedPage(List<Object> controllers) {
        this.controllers = controllers;
    }

    /** {@code main} in the centre with {@code side} on its right (the home: clients and the next 30 days). */
    static ViewLoader.Loaded<ComposedPage> withSide(ViewLoader.Loaded<?> main, ViewLoader.Loaded<?> side) {
        BorderPane root = new BorderPane(main.root());
        root.setRight(side.root());
        return new ViewLoader.Loaded<>(root, new ComposedPage(List.of(main.controller(), side.controller())));
    }

    /** Each view in its own tab, titled by {@code titles} in the same order. */
    static ViewLoader.Loaded<ComposedPage> tabs(List<String> titles, List<ViewLoader.Loaded<?>> pages) {
        TabPane tabs = new TabPane();
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (int i = 0; i < pages.size(); i++) {
            tabs.getTabs().add(new Tab(titles.get(i), pages.get(i).root()));
        }
        Parent root = tabs;
        return new ViewLoader.Loaded<>(root, new ComposedPage(pages.stream().map(p -> (Object) p.controller())
                .toList()));
    }

    @Override
    public void dispose() {
        for (Object controller : controllers) {
            if (controller instanceof Disposable disposable) {
                disposable.dispose();
            }
        }
    }
}
