package org.omicsbatch.ui.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/** Writes a scene as PNG into docs/screenshots (headless: scene.snapshot inside robot.interact). */
public final class Screenshots {
    public static final Path DIR = Path.of("docs", "screenshots");

    private Screenshots() {
    }

    /**
     * Lets the scene finish what it spreads over pulses (a table's columns, rows and cells come a few per
     * pulse), then writes it.
     */
    public static Path save(FxRobot robot, Scene scene, String name) {
        Pulses.await(Pulses.SETTLE);
        AtomicReference<BufferedImage> image = new AtomicReference<>();
        robot.interact(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            image.set(SwingFXUtils.fromFXImage(scene.snapshot(null), null));
        });
        try {
            Files.createDirectories(DIR);
            Path file = DIR.resolve(name + ".png");
            ImageIO.write(image.get(), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** AtlantaFX's light or dark theme, as the app applies it. */
    public static void theme(FxRobot robot, boolean dark) {
        robot.interact(() -> Application.setUserAgentStylesheet(dark
                ? new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()
                : new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
    }
}
