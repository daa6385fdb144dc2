package org.amparo.security.ui;

import jakarta.inject.Inject;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.amparo.platform.i18n.Messages;

/**
 * What a client page shows to someone whose role does not let her read client data: for an administrator,
 * "Administrators read client data only through break-glass" and a "Break glass…" button that opens
 * {@link BreakGlassDialog}.
 */
public final class BreakGlassGateView {

    private final Messages messages;
    private BreakGlassViewModel viewModel;

    @FXML private Label gateMessage;
    @FXML private Label gateDetail;
    @FXML private Button breakGlass;

    @Inject
    public BreakGlassGateView(Messages messages) {
        this.messages = messages;
    }

    /** Shows the notice for {@code model}'s access: the break-glass offer, or a plain refusal. */
    public void show(BreakGlassViewModel model) {
        this.viewModel = model;
        boolean offer = model.clientAccessProperty().get() == BreakGlassViewModel.ClientAccess.BREAK_GLASS_NEEDED;
        boolean recovery = model.clientAccessProperty().get() == BreakGlassViewModel.ClientAccess.RECOVERY_SESSION;
        gateMessage.setText(messages.get(offer ? "breakglass.gate.message"
                : recovery ? "breakglass.recoverySession" : "breakglass.denied"));
        gateDetail.setText(offer ? messages.get("breakglass.gate.detail") : "");
        breakGlass.setVisible(offer);
        breakGlass.setManaged(offer);
    }

    @FXML
    private void breakGlass() {
        new BreakGlassDialog(viewModel, messages, breakGlass.getScene().getWindow()).showAndWait();
    }
}
