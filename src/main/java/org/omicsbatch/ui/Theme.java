package org.omicsbatch.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;

/**
 * Light and dark are two AtlantaFX user-agent stylesheets; the app's own {@code app.css} uses only the
 * theme's colour tokens, so switching is a stylesheet swap and never touches a control.
 */
public enum Theme {
    LIGHT("light"),
    DARK("dark");

    private final String key;

    Theme(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public void apply() {
        Application.setUserAgentStylesheet(this == DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** The theme named in the preferences; light for anything unknown. */
    public static Theme fromKey(String key) {
        return key != null && key.toLowerCase(Locale.ROOT).equals(DARK.key) ? DARK : LIGHT;
    }
}
