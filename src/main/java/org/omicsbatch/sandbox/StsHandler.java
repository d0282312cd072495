package org.omicsbatch.sandbox;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** STS GetCallerIdentity in the awsQuery protocol: a form POST answered in XML. */
final class StsHandler {
    private static final String NS = "https://sts.amazonaws.com/doc/2011-06-15/";

    void handle(Exchange ex) throws IOException {
        Map<String, String> form = first(ex.query());
        if (ex.method().equals("POST")) {
            for (String pair : new String(ex.body(), StandardCharsets.UTF_8).split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        String action = form.get("Action");
        if (!"GetCallerIdentity".equals(action)) {
            error(ex, 400, "InvalidAction", "The action " + action + " is not valid for this web service"
                    + " (the sandbox's STS answers GetCallerIdentity only).");
            return;
        }
        String account = SandboxOptions.ACCOUNT_ID;
        String xml = "<GetCallerIdentityResponse xmlns=\"" + NS + "\"><GetCallerIdentityResult>"
                + "<Arn>arn:aws:iam::" + account + ":user/sandbox</Arn><UserId>AIDASANDBOXUSER0000001</UserId>"
                + "<Account>" + account + "</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>"
                + ex.requestId() + "</RequestId></ResponseMetadata></GetCallerIdentityResponse>";
        ex.send(200, "text/xml", xml.getBytes(StandardCharsets.UTF_8));
    }

    static void error(Exchange ex, int status, String code, String message) throws IOException {
        String xml = "<ErrorResponse xmlns=\"" + NS + "\"><Error><Type>" + (status >= 500 ? "Receiver" : "Sender")
                + "</Type><Code>" + S3Xml.esc(code) + "</Code><Message>" + S3Xml.esc(message)
                + "</Message></Error><RequestId>" + ex.requestId() + "</RequestId></ErrorResponse>";
        ex.send(status, "text/xml", xml.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> first(Map<String, java.util.List<String>> multi) {
        Map<String, String> out = new HashMap<>();
        multi.forEach((k, v) -> out.put(k, v.isEmpty() ? "" : v.get(0)));
        return out;
    }
}
