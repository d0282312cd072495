package org.omicsbatch.model;

/** Lenient enum parsing: a value the service adds later must never crash a client. */
final class Enums {
    private Enums() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, E unknown) {
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        return unknown;
    }
}
