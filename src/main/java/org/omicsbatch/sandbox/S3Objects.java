package org.omicsbatch.sandbox;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** GetObject/HeadObject (with single byte ranges) and the body of CompleteMultipartUpload. */
final class S3Objects {
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private S3Objects() {
    }

    static void get(Exchange ex, S3Store store, String bucket, String key) throws IOException {
        S3Store.StoredObject o = store.get(bucket, key).orElseThrow(() -> S3Exception.noSuchKey(key));
        String match = ex.header("If-Match");
        if (match != null && !S3Store.unquote(match).equals(o.etag())) {
            throw new S3Exception("PreconditionFailed", 412, "At least one of the pre-conditions you specified did not hold");
        }
        ex.setHeader("ETag", "\"" + o.etag() + "\"");
        ex.setHeader("Last-Modified", S3Xml.http(o.lastModified()));
        ex.setHeader("Content-Type", o.contentType());
        ex.setHeader("Accept-Ranges", "bytes");
        o.metadata().forEach((k, v) -> ex.setHeader("x-amz-meta-" + k, v));
        byte[] data = o.data();
        int status = 200;
        String range = ex.header("Range");
        if (range != null) {
            Matcher m = RANGE.matcher(range.trim());
            if (m.matches() && !(m.group(1).isEmpty() && m.group(2).isEmpty())) {
                long[] r = bounds(m, data.length);
                ex.setHeader("Content-Range", "bytes " + r[0] + "-" + r[1] + "/" + data.length);
                data = Arrays.copyOfRange(data, (int) r[0], (int) r[1] + 1);
                status = 206;
            }
        }
        if (ex.method().equals("HEAD")) {
            ex.sendEmpty(status, data.length);
        } else {
            ex.send(status, null, data);
        }
    }

    private static long[] bounds(Matcher m, long size) {
        long start;
        long end;
        if (m.group(1).isEmpty()) {
            start = Math.max(0, size - Long.parseLong(m.group(2)));
            end = size - 1;
        } else {
            start = Long.parseLong(m.group(1));
            end = m.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(m.group(2)));
        }
        if (start >= size || start > end) {
            throw new S3Exception("InvalidRange", 416, "The requested range is not satisfiable");
        }
        return new long[] {start, end};
    }

    /** DeleteObjects ({@code POST /bucket?delete}): every key listed is deleted, missing ones included. */
    static String deleteObjects(S3Store store, String bucket, byte[] body) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<DeleteResult xmlns=\"")
                .append(S3Xml.NS).append("\">");
        boolean quiet;
        List<String> keys = new java.util.ArrayList<>();
        try {
            Document doc = parse(body);
            quiet = "true".equalsIgnoreCase(text(doc.getDocumentElement(), "Quiet", "false"));
            NodeList objects = doc.getElementsByTagName("Object");
            for (int i = 0; i < objects.getLength(); i++) {
                keys.add(child((Element) objects.item(i), "Key"));
            }
        } catch (Exception e) {
            throw malformed();
        }
        for (String key : keys) {
            store.delete(bucket, key);
            if (!quiet) {
                sb.append("<Deleted><Key>").append(S3Xml.esc(key)).append("</Key></Deleted>");
            }
        }
        return sb.append("</DeleteResult>").toString();
    }

    private static Document parse(byte[] body) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }

    private static String text(Element e, String name, String fallback) {
        NodeList l = e.getElementsByTagName(name);
        return l.getLength() == 0 ? fallback : l.item(0).getTextContent().trim();
    }

    private static S3Exception malformed() {
        return new S3Exception("MalformedXML", 400, "The XML you provided was not well-formed or did not validate "
                + "against our published schema");
    }

    static void parseCompletion(byte[] body, List<Integer> numbers, List<String> etags) {
        try {
            NodeList parts = parse(body).getElementsByTagName("Part");
            for (int i = 0; i < parts.getLength(); i++) {
                Element p = (Element) parts.item(i);
                numbers.add(Integer.parseInt(child(p, "PartNumber")));
                etags.add(child(p, "ETag"));
            }
        } catch (Exception e) {
            throw malformed();
        }
    }

    private static String child(Element e, String name) {
        return e.getElementsByTagName(name).item(0).getTextContent().trim();
    }
}
