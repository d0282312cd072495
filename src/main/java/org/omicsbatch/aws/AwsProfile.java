package org.omicsbatch.aws;

/**
 * One profile of the user's AWS config/credentials files.
 *
 * @param sso            signs in through IAM Identity Center
 * @param ssoTokenState  for SSO profiles: VALID, EXPIRED or MISSING (never signed in here); null otherwise
 */
public record AwsProfile(String name, String region, boolean sso, String ssoTokenState) {

    public boolean needsLogin() {
        return sso && !"VALID".equals(ssoTokenState);
    }

    /** The command that signs this profile in again, when it needs it. */
    public String loginAdvice() {
        return needsLogin() ? "Run: aws sso login --profile " + name : null;
    }
}
