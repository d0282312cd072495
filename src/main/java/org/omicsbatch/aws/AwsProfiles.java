package org.omicsbatch.aws;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.omicsbatch.model.Json;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileFileSystemSetting;

/**
 * The profiles of the user's AWS config and credentials files (read with the SDK's parser, so
 * {@code AWS_CONFIG_FILE} and {@code AWS_SHARED_CREDENTIALS_FILE} are honoured). SSO profiles are
 * flagged, with whether their cached sign-in is still valid, so the app can say "aws sso login"
 * before a call fails.
 */
public final class AwsProfiles {
    private AwsProfiles() {
    }

    public static List<AwsProfile> list() {
        Path ssoCache = Path.of(System.getProperty("user.home"), ".aws", "sso", "cache");
        try {
            return list(ProfileFile.defaultProfileFile(), ssoCache, Clock.systemUTC());
        } catch (RuntimeException unreadable) {
            // A broken config file must not stop the app: it shows no profiles and the default chain.
            return List.of();
        }
    }

    static List<AwsProfile> list(ProfileFile file, Path ssoCache, Clock clock) {
        List<AwsProfile> out = new ArrayList<>();
        file.profiles().values().stream().sorted((a, b) -> a.name().compareTo(b.name())).forEach(p -> {
            String region = p.property("region").orElse(null);
            String session = p.property("sso_session").orElse(null);
            String startUrl = p.property("sso_start_url").orElse(null);
            boolean sso = session != null || startUrl != null;
            String state = sso ? tokenState(ssoCache, session != null ? session : startUrl, clock) : null;
            out.add(new AwsProfile(p.name(), region, sso, state));
        });
        return out;
    }

    /** The AWS CLI caches an SSO token under sha1(session name, or start URL for legacy profiles).json. */
    static String tokenState(Path cache, String cacheKey, Clock clock) {
        Path token = cache.resolve(sha1(cacheKey) + ".json");
        if (!Files.isRegularFile(token)) {
            return "MISSING";
        }
        try {
            JsonNode json = Json.mapper().readTree(token.toFile());
            Instant expires = Instant.parse(json.path("expiresAt").asText().replace("UTC", "Z"));
            return expires.isAfter(clock.instant()) ? "VALID" : "EXPIRED";
        } catch (IOException | DateTimeParseException e) {
            return "EXPIRED";
        }
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The profile name the SDK uses when none is given ({@code AWS_PROFILE}, else "default"). */
    public static String defaultProfileName() {
        return ProfileFileSystemSetting.AWS_PROFILE.getStringValueOrThrow();
    }

}
