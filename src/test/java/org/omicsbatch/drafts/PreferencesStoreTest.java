package org.omicsbatch.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesStoreTest {
    @TempDir
    Path home;

    @Test
    void remembersWindowThemeConnectionAndRecentValues() throws Exception {
        PreferencesStore store = new PreferencesStore(home);
        store.save(Preferences.DEFAULTS
                .withWindow(new Preferences.WindowBounds(10, 20, 1200, 800, false))
                .withTheme("dark")
                .withConnection(false, "research", "eu-west-1", null, "https://proxy.example.org:3128")
                .withRecentRoleArn("arn:aws:iam::123456789012:role/OmicsRun")
                .withRecentOutputUri("s3://results/batch-1/"));

        Preferences loaded = new PreferencesStore(home).load();
        assertThat(loaded.window().width()).isEqualTo(1200);
        assertThat(loaded.theme()).isEqualTo("dark");
        assertThat(loaded.lastProfile()).isEqualTo("research");
        assertThat(loaded.lastRegion()).isEqualTo("eu-west-1");
        assertThat(loaded.recentRoleArns()).containsExactly("arn:aws:iam::123456789012:role/OmicsRun");
        assertThat(loaded.recentOutputUris()).containsExactly("s3://results/batch-1/");
    }

    @Test
    void recentRoleArnsAreNewestFirstWithoutDuplicates() {
        Preferences p = Preferences.DEFAULTS.withRecentRoleArn("arn:a").withRecentRoleArn("arn:b")
                .withRecentRoleArn("arn:a");
        assertThat(p.recentRoleArns()).containsExactly("arn:a", "arn:b");
    }

    @Test
    void aBrokenFileGivesTheDefaults() throws Exception {
        Files.writeString(home.resolve("preferences.json"), "not json");
        assertThat(new PreferencesStore(home).load()).isEqualTo(Preferences.DEFAULTS);
    }

    @Test
    void neverStoresAnythingSecretLooking() throws Exception {
        PreferencesStore store = new PreferencesStore(home);
        store.save(Preferences.DEFAULTS.withConnection(false, "research", "us-east-1", null, null));
        assertThat(Files.readString(store.file())).doesNotContainIgnoringCase("secret")
                .doesNotContainIgnoringCase("token").doesNotContainIgnoringCase("accessKey");
    }
}
