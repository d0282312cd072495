package org.omicsbatch.samplesheet;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A map read straight from a packed form (see {@link PackedFields}, {@link PackedTags}) until its
 * first change, which copies the entries into an ordinary {@link LinkedHashMap} that holds them from
 * then on: 100,000 imported runs stay compact, and a run someone edits behaves like any other map.
 */
abstract class UnpackedOnChange<V> extends AbstractMap<String, V> {
    private Map<String, V> unpacked;

    /** The number of packed entries. */
    abstract int packedSize();

    /** The packed value of {@code key}, or null. */
    abstract V packedGet(Object key);

    /** The packed entries in their order; the iterator's {@code remove} calls {@link #unpack()} first. */
    abstract Iterator<Entry<String, V>> packedEntries();

    final boolean isPacked() {
        return unpacked == null;
    }

    /** The map that holds the entries after a change, made on the first one. */
    final Map<String, V> unpack() {
        if (unpacked == null) {
            Map<String, V> copy = new LinkedHashMap<>();
            for (Iterator<Entry<String, V>> it = packedEntries(); it.hasNext();) {
                Entry<String, V> e = it.next();
                copy.put(e.getKey(), e.getValue());
            }
            unpacked = copy;
        }
        return unpacked;
    }

    @Override
    public int size() {
        return unpacked != null ? unpacked.size() : packedSize();
    }

    @Override
    public boolean containsKey(Object key) {
        return unpacked != null ? unpacked.containsKey(key) : packedGet(key) != null;
    }

    @Override
    public V get(Object key) {
        return unpacked != null ? unpacked.get(key) : packedGet(key);
    }

    @Override
    public V put(String key, V value) {
        return unpack().put(key, value);
    }

    @Override
    public V remove(Object key) {
        return unpack().remove(key);
    }

    @Override
    public void putAll(Map<? extends String, ? extends V> m) {
        unpack().putAll(m);
    }

    @Override
    public void clear() {
        unpack().clear();
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
        if (unpacked != null) {
            return unpacked.entrySet();
        }
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, V>> iterator() {
                return packedEntries();
            }

            @Override
            public int size() {
                return packedSize();
            }
        };
    }
}
