package io.factline.extraction;

import java.util.List;

/** The tokens a character span of a sentence covers. */
final class TokenSpan {

    private TokenSpan() {
    }

    /**
     * The first and last index of the tokens that overlap the characters {@code [begin, end)}, or null
     * when none does.
     */
    static int[] of(List<Token> tokens, int begin, int end) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.end() > begin && t.begin() < end) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return first < 0 ? null : new int[] {first, last};
    }
}
