package org.omicsbatch.ui.monitor;

import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Tells the user a batch has finished: a notification in the window (ControlsFX), and a message
 * from the system tray where the platform has one, so it is seen while another app is in front.
 */
final class FinishNotifier {
    private FinishNotifier() {
    }

    static void notify(Node owner, String text) {
        if (owner.getScene() != null && owner.getScene().getWindow() != null
                && owner.getScene().getWindow().isShowing()) {
            Notifications.create().title("Batch finished").text(text).owner(owner.getScene().getWindow())
                    .position(Pos.BOTTOM_RIGHT).hideAfter(Duration.seconds(12)).showInformation();
        }
        trayMessage(text);
    }

    private static void trayMessage(String text) {
        if (java.awt.GraphicsEnvironment.isHeadless() || !SystemTray.isSupported()) {
            return;
        }
        // AWT's own thread: the tray must never be touched from the FX thread.
        java.awt.EventQueue.invokeLater(() -> {
            try {
                SystemTray tray = SystemTray.getSystemTray();
                TrayIcon icon = new TrayIcon(new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB),
                        "Omics Batch Launcher");
                icon.setImageAutoSize(true);
                tray.add(icon);
                icon.displayMessage("Batch finished", text, TrayIcon.MessageType.INFO);
                // Leave it a while so the message stays readable, then tidy up.
                new javax.swing.Timer(15_000, e -> tray.remove(icon)) {
                    private static final long serialVersionUID = 1L;
                    {
                        setRepeats(false);
                    }
                }.start();
            } catch (java.awt.AWTException | RuntimeException e) {
                // No tray after all: the in-window notification already told the user.
            }
        });
    }
}
