package org.omicsbatch.ui.wizard.defaults;

import java.math.BigInteger;

/**
 * The service's rounding of STATIC run storage, as StartRun documents it: when the requested capacity
 * is unavailable it is rounded up to the next multiple of 1200 GiB, and if that is unavailable too, to
 * the next multiple of 2400 GiB; DYNAMIC storage ignores the value; the default is 1200 GiB.
 */
public final class StorageRounding {
    static final int DEFAULT_GIB = 1200;
    static final int SECOND_STEP_GIB = 2400;

    private StorageRounding() {
    }

    /** A sentence for the form, or empty when the text is not a usable number. */
    public static String explain(String storageType, String capacityText) {
        if ("DYNAMIC".equals(storageType)) {
            return "DYNAMIC storage grows and shrinks with the run; the service ignores a capacity.";
        }
        if (capacityText == null || capacityText.isBlank()) {
            return "Empty: each run gets the service's default of " + DEFAULT_GIB + " GiB.";
        }
        int capacity;
        try {
            BigInteger value = new BigInteger(capacityText.strip());
            if (value.signum() <= 0 || value.bitLength() >= 32) {
                return "";
            }
            capacity = value.intValue();
        } catch (NumberFormatException e) {
            return "";
        }
        long first = roundUp(capacity, DEFAULT_GIB);
        long second = roundUp(capacity, SECOND_STEP_GIB);
        String start = "If " + capacity + " GiB is not available, the service rounds up to ";
        if (second == capacity) {
            return capacity + " GiB is a multiple of " + SECOND_STEP_GIB + " GiB: the service has nothing to round up.";
        }
        if (first == capacity || first == second) {
            return start + second + " GiB (a multiple of " + DEFAULT_GIB + " and " + SECOND_STEP_GIB + " GiB).";
        }
        return start + first + " GiB (a multiple of " + DEFAULT_GIB + " GiB), and if that is not available either, to "
                + second + " GiB (a multiple of " + SECOND_STEP_GIB + " GiB).";
    }

    static long roundUp(long value, long step) {
        return (value + step - 1) / step * step;
    }
}
