package org.omicsbatch.ui.wizard.defaults;

import java.math.BigInteger;
import java.util.Objects;

/** Text typed into a whole-number field (priority, storage capacity), read without surprises. */
final class WholeNumberText {
    private WholeNumberText() {
    }

    /** The number, or null when the text is blank or not a whole number that fits an int. */
    static Integer parseOrNull(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            BigInteger value = new BigInteger(text.strip());
            return value.bitLength() < 32 ? value.intValue() : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** True for text that is there but is not a whole number the draft can hold. */
    static boolean isUnparsable(String text) {
        return text != null && !text.isBlank() && parseOrNull(text) == null;
    }

    /** True when {@code text} already means {@code value} (e.g. "0100" and 100), so it can stay as typed. */
    static boolean means(String text, Integer value) {
        return Objects.equals(parseOrNull(text), value) && !isUnparsable(text);
    }
}
