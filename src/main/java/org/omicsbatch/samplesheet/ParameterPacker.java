package org.omicsbatch.samplesheet;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omicsbatch.plan.LocalFiles;

/**
 * Packs each run's parameters of one import into a {@link PackedParameters}: the names are numbered
 * once here and shared by every run, and the text values are kept as UTF-8 bytes in one array per
 * run. A 100,000-row sheet with 40 columns then needs about the size of its text, not a tree of
 * four million map entries, text nodes and strings (which did not fit in 256 MB).
 *
 * <p>One packer belongs to one import and is used by its thread only; once the import is handed over,
 * the names are only read.
 */
final class ParameterPacker {
    private static final int SLAB_BYTES = Slabs.bytes();
    private final List<String> names = new ArrayList<>();
    private final List<SerializableString> quoted = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private byte[] scratch = new byte[1024];
    /**
     * Where finished runs' bytes go, run after run ({@link Slabs}): 100,000 arrays of a kilobyte each
     * were copied by every young collection during an import (pauses of 30-45 ms that stop the window).
     */
    private byte[] slab = new byte[0];
    private int slabUsed;
    private int length;
    /** The name number given last, for {@link #key}'s guess. */
    private int lastKey = -1;

    private List<JsonNode> others;
    private int count;
    private int flags;
    private int nameChars;
    private int textBytes;

    /** The run's parameters packed, or the node itself when it is not an object. */
    JsonNode pack(JsonNode parameters) {
        if (!(parameters instanceof ObjectNode object)) {
            return parameters;
        }
        begin();
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            add(e.getKey(), e.getValue());
        }
        return finish();
    }

    /** Starts a run's parameters; {@link #add} each, then {@link #finish}. */
    void begin() {
        length = 0;
        lastKey = -1;
        count = 0;
        flags = 0;
        others = null;
        nameChars = 0;
        textBytes = 0;
    }

    /** Adds a field: text as a {@link String} or a text node (kept as bytes), anything else as its node. */
    void add(String name, Object value) {
        varint(key(name));
        count++;
        nameChars += name.length();
        String text = value instanceof String s ? s : ((JsonNode) value).isTextual() ? ((JsonNode) value).textValue() : null;
        if (text != null && text(text)) {
            if (text.startsWith(LocalFiles.PREFIX)) {
                flags |= PackedFields.MAY_HOLD_LOCAL_FILE;
            }
            return;
        }
        JsonNode node = value instanceof JsonNode n ? n : TextNode.valueOf(text);
        if (node.isNull()) {
            flags |= PackedFields.MAY_HOLD_NULL;
        }
        if (node.isContainerNode() || LocalFiles.isLocalFile(node)) {
            flags |= PackedFields.MAY_HOLD_LOCAL_FILE;
        }
        if (others == null) {
            others = new ArrayList<>(2);
        }
        varint(others.size() * 2 + 1);
        others.add(node);
    }

    PackedParameters finish() {
        JsonNode[] kept = others == null ? null : others.toArray(new JsonNode[0]);
        int at = keep();
        return new PackedParameters(new PackedFields(this, slab, at, at + length, kept, count, flags, nameChars,
                textBytes));
    }

    /**
     * The tags packed (see {@link PackedTags}), or the map itself when a value is null or holds a
     * surrogate, which then stays exactly as it is.
     */
    Map<String, String> packTags(Map<String, String> tags) {
        length = 0;
        lastKey = -1;
        for (Map.Entry<String, String> e : tags.entrySet()) {
            varint(key(e.getKey()));
            if (e.getValue() == null || !text(e.getValue())) {
                return tags;
            }
        }
        int at = keep();
        return new PackedTags(this, slab, at, at + length, tags.size());
    }

    /** Copies the packed bytes ({@code scratch[0..length)}) into the slab; returns where they start there. */
    private int keep() {
        if (slabUsed + length > slab.length) {
            slab = new byte[Math.max(SLAB_BYTES, length)];
            slabUsed = 0;
        }
        System.arraycopy(scratch, 0, slab, slabUsed, length);
        int at = slabUsed;
        slabUsed += length;
        return at;
    }

    int indexOf(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    String name(int i) {
        return names.get(i);
    }

    SerializableString quotedName(int i) {
        return quoted.get(i);
    }

    private int key(String name) {
        // rows of a sheet add the same names in the same order: the one after the last is nearly always it
        int guess = lastKey + 1;
        if (guess < names.size() && names.get(guess) == name) {
            lastKey = guess;
            return guess;
        }
        lastKey = keyOf(name);
        return lastKey;
    }

    private int keyOf(String name) {
        Integer i = index.get(name);
        if (i != null) {
            return i;
        }
        names.add(name);
        quoted.add(new SerializedString(name));
        index.put(name, names.size() - 1);
        return names.size() - 1;
    }

    /**
     * Appends the text as a length and its UTF-8 bytes; false (nothing appended) for text with a
     * surrogate: the mapper writes a character beyond U+FFFF as an escaped pair, so such rare text
     * (an emoji, a lone surrogate) is kept as its node and written as before.
     */
    private boolean text(String s) {
        if (s.indexOf('?') < 0) {
            // ASCII text (most of a sheet) through the JDK's bulk encoder; as many bytes as characters
            // means ASCII, or a lone surrogate that the encoder made a '?', which the text did not hold
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            if (utf8.length == s.length() && new String(utf8, StandardCharsets.ISO_8859_1).indexOf('?') < 0) {
                varint(utf8.length * 2);
                textBytes += utf8.length;
                ensure(utf8.length);
                System.arraycopy(utf8, 0, scratch, length, utf8.length);
                length += utf8.length;
                return true;
            }
        }
        return encode(s);
    }

    /** {@link #text} a character at a time, for text beyond ASCII or with a '?'. */
    private boolean encode(String s) {
        int bytes = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isSurrogate(c)) {
                return false;
            } else {
                bytes += 3;
            }
        }
        varint(bytes * 2);
        textBytes += bytes;
        ensure(bytes);
        byte[] b = scratch;
        int p = length;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                b[p++] = (byte) c;
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | c >> 6);
                b[p++] = (byte) (0x80 | c & 0x3F);
            } else {
                b[p++] = (byte) (0xE0 | c >> 12);
                b[p++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | c & 0x3F);
            }
        }
        length = p;
        return true;
    }

    private void varint(int v) {
        ensure(5);
        while ((v & ~0x7F) != 0) {
            scratch[length++] = (byte) (v & 0x7F | 0x80);
            v >>>= 7;
        }
        scratch[length++] = (byte) v;
    }

    private void ensure(int more) {
        if (length + more > scratch.length) {
            scratch = Arrays.copyOf(scratch, Math.max(scratch.length * 2, length + more));
        }
    }
}
