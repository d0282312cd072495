package org.omicsbatch.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The service's own documentation of each field, keyed {@code Shape.member} (e.g.
 * {@code DefaultRunSetting.roleArn}), extracted from the service model into {@code field-help.properties}
 * so the app explains a field in the words of the API reference rather than ours.
 */
public final class FieldHelp {
    private static final String RESOURCE = "field-help.properties";
    private final Properties texts;

    private FieldHelp(Properties texts) {
        this.texts = texts;
    }

    public static FieldHelp load() {
        Properties texts = new Properties();
        try (InputStream in = FieldHelp.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FieldHelp(texts);
    }

    /** The documentation of {@code shapeMember}, or an empty string when the model has none. */
    public String get(String shapeMember) {
        return texts.getProperty(shapeMember, "");
    }

    /** Every key, for the test that checks them against the service model. */
    public java.util.Set<String> keys() {
        return texts.stringPropertyNames();
    }
}
