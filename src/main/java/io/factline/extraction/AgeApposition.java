package io.factline.extraction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A number set between commas right after a name or noun is that person's age ("Korbel, 58, was
 * detained on Tuesday", "the driver, 34, was released"): it only describes the name, so the name
 * is the subject of the verb after it. The subject used to end at the age, and the report named
 * nobody.
 */
final class AgeApposition {

    private static final Pattern AGE = Pattern.compile("\\d{1,3}");

    private static final int OLDEST = 120;

    private AgeApposition() {
    }

    /**
     * When {@code closing} is the comma after such an age, the index of the word the age describes
     * (the last word before the opening comma); otherwise -1.
     */
    static int described(List<Token> tokens, int closing) {
        if (closing < 3 || !tokens.get(closing).is(",") || !tokens.get(closing - 2).is(",")) {
            return -1;
        }
        Token age = tokens.get(closing - 1);
        Token named = tokens.get(closing - 3);
        if (!age.pos().equals("NUM") || !AGE.matcher(age.text()).matches() || Integer.parseInt(age.text()) > OLDEST) {
            return -1;
        }
        return named.proper() || named.noun() ? closing - 3 : -1;
    }
}
