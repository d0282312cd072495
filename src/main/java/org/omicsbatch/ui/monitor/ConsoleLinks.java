package org.omicsbatch.ui.monitor;

/** Links into the AWS console, built from the region inside an ARN (arn:aws:omics:REGION:ACCOUNT:…). */
final class ConsoleLinks {
    private ConsoleLinks() {
    }

    static String run(String anyArn, String runId) {
        String region = region(anyArn);
        return "https://console.aws.amazon.com/omics/home?region=" + region + "#/runs/" + runId;
    }

    static String region(String arn) {
        if (arn != null) {
            String[] parts = arn.split(":", -1);
            if (parts.length > 3 && !parts[3].isBlank()) {
                return parts[3];
            }
        }
        return "us-east-1";
    }
}
