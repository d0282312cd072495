package org.omicsbatch.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.profiles.ProfileFile;

class AwsProfilesTest {
    @TempDir
    Path dir;

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void listsProfilesWithRegionsAndFlagsSsoOnesWhoseSignInExpired() throws Exception {
        Path config = Files.writeString(dir.resolve("config"), String.join("\n",
                "[default]", "region = eu-west-1",
                "[profile research]", "sso_session = lab", "sso_account_id = 123456789012",
                "sso_role_name = Researcher", "region = us-east-1",
                "[profile fresh]", "sso_session = other", "sso_account_id = 123456789012", "sso_role_name = R",
                "[profile never]", "sso_start_url = https://example.awsapps.com/start", "sso_region = us-east-1",
                "sso_account_id = 123456789012", "sso_role_name = R",
                "[sso-session lab]", "sso_start_url = https://example.awsapps.com/start", "sso_region = us-east-1",
                "[sso-session other]", "sso_start_url = https://example.awsapps.com/start", "sso_region = us-east-1",
                ""));
        Path cache = Files.createDirectories(dir.resolve("sso-cache"));
        Files.writeString(cache.resolve(sha1("lab") + ".json"), "{\"accessToken\":\"x\",\"expiresAt\":\"2026-11-26T09:00:00Z\"}");
        Files.writeString(cache.resolve(sha1("other") + ".json"), "{\"accessToken\":\"x\",\"expiresAt\":\"2026-11-26T18:00:00Z\"}");
        ProfileFile file = ProfileFile.builder().content(config).type(ProfileFile.Type.CONFIGURATION).build();

        var profiles = AwsProfiles.list(file, cache, NOW);

        assertThat(profiles).extracting(AwsProfile::name).containsExactly("default", "fresh", "never", "research");
        assertThat(profiles.get(0)).isEqualTo(new AwsProfile("default", "eu-west-1", false, null));
        assertThat(profiles.get(1).needsLogin()).isFalse();
        assertThat(profiles.get(2).ssoTokenState()).isEqualTo("MISSING");
        assertThat(profiles.get(3).ssoTokenState()).isEqualTo("EXPIRED");
        assertThat(profiles.get(3).loginAdvice()).isEqualTo("Run: aws sso login --profile research");
    }

    private static String sha1(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
