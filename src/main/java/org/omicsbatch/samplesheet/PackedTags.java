package org.omicsbatch.samplesheet;

import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A run's {@code runTags} from a sheet, in their order, as one array of (name number, UTF-8 value)
 * rather than a linked map with an entry and two strings per tag. Reads make the strings as asked;
 * the first change copies the tags into an ordinary {@link LinkedHashMap} that holds them from then on.
 */
final class PackedTags extends AbstractMap<String, String> {
    private final ParameterPacker names;
    private final byte[] data;
    private final int size;
    private Map<String, String> unpacked;

    PackedTags(ParameterPacker names, byte[] data, int size) {
        this.names = names;
        this.data = data;
        this.size = size;
    }

    @Override
    public int size() {
        return unpacked != null ? unpacked.size() : size;
    }

    @Override
    public String get(Object key) {
        if (unpacked != null) {
            return unpacked.get(key);
        }
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
    public boolean containsKey(Object key) {
        return unpacked != null ? unpacked.containsKey(key) : get(key) != null;
    }

    @Override
    public String put(String key, String value) {
        return unpack().put(key, value);
    }

    @Override
    public String remove(Object key) {
        return unpack().remove(key);
    }

    @Override
    public void putAll(Map<? extends String, ? extends String> m) {
        unpack().putAll(m);
    }

    @Override
    public void clear() {
        unpack().clear();
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        if (unpacked != null) {
            return unpacked.entrySet();
        }
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
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
            public int size() {
                return size;
            }
        };
    }

    private Map<String, String> unpack() {
        if (unpacked == null) {
            Map<String, String> copy = new LinkedHashMap<>();
            for (Cursor c = new Cursor(); c.hasNext();) {
                String name = names.name(c.advance());
                copy.put(name, c.value());
            }
            unpacked = copy;
        }
        return unpacked;
    }

    /** Steps through the entries: {@link #advance} reads a name number, {@link #value} its text. */
    private final class Cursor {
        private int at;
        private int valueAt;
        private int valueLength;

        boolean hasNext() {
            return at < data.length;
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
