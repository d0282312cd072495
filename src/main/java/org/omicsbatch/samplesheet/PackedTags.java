package org.omicsbatch.samplesheet;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.omicsbatch.plan.WritesJson;

/**
 * A run's {@code runTags} from a sheet, in their order, as one array of (name number, UTF-8 value)
 * rather than a linked map with an entry and two strings per tag. Reads make the strings as asked;
 * the first change unpacks them (see {@link UnpackedOnChange}).
 */
final class PackedTags extends UnpackedOnChange<String> implements WritesJson {
    private final ParameterPacker names;
    /** The packed entries are {@code data[start..end)}: a slice of a slab shared with other runs. */
    private final byte[] data;
    private final int start;
    private final int end;
    private final int size;

    PackedTags(ParameterPacker names, byte[] data, int start, int end, int size) {
        this.names = names;
        this.data = data;
        this.start = start;
        this.end = end;
        this.size = size;
    }

    @Override
    int packedSize() {
        return size;
    }

    @Override
    String packedGet(Object key) {
        int wanted = key instanceof String name ? names.indexOf(name) : -1;
        if (wanted < 0) {
            return null;
        }
        for (Cursor c = new Cursor(); c.hasNext();) {
            if (c.advance() == wanted) {
                return c.value();
            }
        }
        return null;
    }

    @Override
    Iterator<Entry<String, String>> packedEntries() {
        Cursor c = new Cursor();
        return new Iterator<>() {
            private String last;

            @Override
            public boolean hasNext() {
                return c.hasNext();
            }

            @Override
            public Entry<String, String> next() {
                if (!c.hasNext()) {
                    throw new NoSuchElementException();
                }
                last = names.name(c.advance());
                return new SimpleImmutableEntry<>(last, c.value());
            }

            @Override
            public void remove() {
                if (last == null) {
                    throw new IllegalStateException();
                }
                unpack().remove(last);
                last = null;
            }
        };
    }

    @Override
    public boolean writesJson() {
        return isPacked();
    }

    /** The tags as the mapper writes a map of strings: names as prepared once, values from their bytes. */
    @Override
    public void writeJson(JsonGenerator g) throws IOException {
        g.writeStartObject(this);
        for (Cursor c = new Cursor(); c.hasNext();) {
            g.writeFieldName(names.quotedName(c.advance()));
            g.writeUTF8String(data, c.valueAt, c.valueLength);
        }
        g.writeEndObject();
    }

    /** Steps through the entries: {@link #advance} reads a name number, {@link #value} its text. */
    private final class Cursor {
        private int at = start;
        private int valueAt;
        private int valueLength;

        boolean hasNext() {
            return at < end;
        }

        int advance() {
            int key = varint();
            valueLength = varint() >>> 1;
            valueAt = at;
            at += valueLength;
            return key;
        }

        String value() {
            return new String(data, valueAt, valueLength, StandardCharsets.UTF_8);
        }

        private int varint() {
            int b = data[at++];
            int v = b & 0x7F;
            for (int shift = 7; b < 0; shift += 7) {
                b = data[at++];
                v |= (b & 0x7F) << shift;
            }
            return v;
        }
    }
}
