package org.omicsbatch.samplesheet;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The fields of a {@link PackedParameters}, in their order: entries of (name number, value) where a
 * text value is its UTF-8 bytes and any other value a node kept aside. Reading makes the nodes as
 * asked; the first change unpacks them (see {@link UnpackedOnChange}).
 */
final class PackedFields extends UnpackedOnChange<JsonNode> {
    static final int MAY_HOLD_NULL = 1;
    static final int MAY_HOLD_LOCAL_FILE = 2;

    private final ParameterPacker names;
    private final int flags;
    private final int nameChars;
    private final int textBytes;
    /** The packed entries are {@code data[start..end)}: a slice of a slab shared with other runs. */
    private final byte[] data;
    private final int start;
    private final int end;
    private final JsonNode[] others;
    private final int size;

    PackedFields(ParameterPacker names, byte[] data, int start, int end, JsonNode[] others, int size, int flags,
            int nameChars, int textBytes) {
        this.names = names;
        this.flags = flags;
        this.nameChars = nameChars;
        this.textBytes = textBytes;
        this.data = data;
        this.start = start;
        this.end = end;
        this.others = others;
        this.size = size;
    }

    /** What packing noted ({@link #MAY_HOLD_NULL}, {@link #MAY_HOLD_LOCAL_FILE}); after a change, unsure. */
    boolean may(int flag) {
        return !isPacked() || (flags & flag) != 0;
    }

    /** See {@link org.omicsbatch.plan.ParameterFacts#sizeCounts()}: noted while packing; unknown after a change. */
    org.omicsbatch.plan.ParameterFacts.SizeCounts sizeCounts() {
        if (!isPacked()) {
            return null;
        }
        return new org.omicsbatch.plan.ParameterFacts.SizeCounts(size, nameChars, textBytes,
                others == null ? java.util.List.of() : java.util.Arrays.asList(others));
    }

    @Override
    int packedSize() {
        return size;
    }

    @Override
    JsonNode packedGet(Object key) {
        return find(key);
    }

    @Override
    Iterator<Entry<String, JsonNode>> packedEntries() {
        return new Cursor();
    }

    /** The names alone, read without making the values (validation asks for names more than values). */
    @Override
    public Set<String> keySet() {
        if (!isPacked()) {
            return unpack().keySet();
        }
        return new AbstractSet<>() {
            @Override
            public Iterator<String> iterator() {
                Cursor cursor = new Cursor();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return cursor.hasNext();
                    }

                    @Override
                    public String next() {
                        return cursor.nextName();
                    }

                    @Override
                    public void remove() {
                        cursor.remove();
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }

            @Override
            public boolean contains(Object o) {
                return containsKey(o);
            }
        };
    }

    /** Writes the fields: names as prepared once, text straight from its bytes (the generator escapes them). */
    void writeFields(JsonGenerator g, SerializerProvider provider) throws IOException {
        int[] at = {start};
        while (at[0] < end) {
            int key = varint(at);
            int head = varint(at);
            g.writeFieldName(names.quotedName(key));
            if ((head & 1) == 0) {
                int len = head >>> 1;
                g.writeUTF8String(data, at[0], len);
                at[0] += len;
            } else {
                ((JsonSerializable) others[head >>> 1]).serialize(g, provider);
            }
        }
    }

    private JsonNode find(Object key) {
        if (!(key instanceof String name)) {
            return null;
        }
        int wanted = names.indexOf(name);
        if (wanted < 0) {
            return null;
        }
        int[] at = {start};
        while (at[0] < end) {
            int k = varint(at);
            int head = varint(at);
            if (k == wanted) {
                return value(head, at[0]);
            }
            if ((head & 1) == 0) {
                at[0] += head >>> 1;
            }
        }
        return null;
    }

    private JsonNode value(int head, int offset) {
        if ((head & 1) != 0) {
            return others[head >>> 1];
        }
        return TextNode.valueOf(new String(data, offset, head >>> 1, StandardCharsets.UTF_8));
    }

    private int varint(int[] at) {
        int p = at[0];
        int b = data[p++];
        int v = b & 0x7F;
        for (int shift = 7; b < 0; shift += 7) {
            b = data[p++];
            v |= (b & 0x7F) << shift;
        }
        at[0] = p;
        return v;
    }

    /** Walks the packed entries; removing through it unpacks the map first. */
    private final class Cursor implements Iterator<Entry<String, JsonNode>> {
        private final int[] at = {start};
        private String last;

        @Override
        public boolean hasNext() {
            return at[0] < end;
        }

        @Override
        public Entry<String, JsonNode> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            String key = names.name(varint(at));
            int head = varint(at);
            JsonNode value = value(head, at[0]);
            skip(head);
            last = key;
            return new SimpleImmutableEntry<>(key, value);
        }

        String nextName() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            String key = names.name(varint(at));
            skip(varint(at));
            last = key;
            return key;
        }

        private void skip(int head) {
            if ((head & 1) == 0) {
                at[0] += head >>> 1;
            }
        }

        @Override
        public void remove() {
            if (last == null) {
                throw new IllegalStateException();
            }
            unpack().remove(last);
            last = null;
        }
    }
}
