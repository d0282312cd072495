package org.omicsbatch.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StringRuleTest {
    private static final Pattern MODEL = Pattern.compile(StringRule.PRINTABLE);

    @Test
    void printableCheckAgreesWithTheModelsPatternOnEveryCodePoint() {
        int disagreements = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String one = new String(Character.toChars(cp));
            String inText = "ab" + one + "c";
            if (StringRule.isPrintable(one) != MODEL.matcher(one).matches()
                    || StringRule.isPrintable(inText) != MODEL.matcher(inText).matches()) {
                disagreements++;
            }
        }
        assertThat(disagreements).isZero();
        for (String s : new String[] {"", "|", "a\ud800", "\udc00b", "\ud83d\ude00", "tab\there", "S000001"}) {
            assertThat(StringRule.isPrintable(s)).as(s).isEqualTo(MODEL.matcher(s).matches());
        }
    }

    @Test
    void printableRulesStillNameTheProblem() {
        assertThat(ServiceLimits.RUN_NAME.check("line\nbreak")).contains("printable");
        assertThat(ServiceLimits.RUN_NAME.check("Müller – 北京 😀")).isNull();
        assertThat(ServiceLimits.RUN_NAME.check("")).isEqualTo("must not be empty");
    }

    @Test
    void firstNonPrintableIsWhereTheServicePatternFailsCountingWholeCodePoints() {
        assertThat(StringRule.firstNonPrintable("sample-\uD83E\uDDEC")).as("an emoji, a surrogate pair").isEqualTo(-1);
        assertThat(StringRule.firstNonPrintable("ab\uD800c")).as("a lone surrogate").isEqualTo(2);
        assertThat(StringRule.firstNonPrintable("a\uDB80\uDC00")).as("U+F0000, private use").isEqualTo(1);
        assertThat(StringRule.firstNonPrintable("a\u0000")).isEqualTo(1);
        assertThat(StringRule.firstNonPrintable("\uD800\uDC20x")).as("U+10020 is no ASCII").isEqualTo(-1);
    }
}
