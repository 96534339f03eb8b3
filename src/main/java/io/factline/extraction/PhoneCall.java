package io.factline.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An act done on the telephone is a call, whatever verb tells it: one outlet writes that two
 * leaders "agreed the swap in a phone call last week", another that they "spoke by phone", and a
 * spokesman denies that they "had spoken by phone". Told so, the event's action and object are
 * {@link #CALL}, its kind is {@link #CALL} (not a meeting: a call and a visit with the same people
 * in the same week are two happenings), so that reports and denials of the call meet.
 */
final class PhoneCall {

    static final String CALL = "call";

    private static final Set<String> MEDIUM = Set.of("phone", "telephone", "video");
    /** "by phone", "over the phone", "on the telephone". */
    private static final Set<String> BEFORE = Set.of("by", "over", "on");
    /** "a phone call", "a telephone conversation", "video talks". */
    private static final Set<String> AFTER = Set.of("call", "calls", "conversation", "conversations", "talks", "link");

    private PhoneCall() {
    }

    /** Whether the tokens {@code [from, to)} say that the act was done on the telephone. */
    static boolean told(List<Token> tokens, int from, int to) {
        for (int k = Math.max(from, 0); k < Math.min(to, tokens.size()); k++) {
            Token t = tokens.get(k);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (t.verb() && (t.lemma().equals("phone") || t.lemma().equals("telephone"))) {
                return true;
            }
            if (!MEDIUM.contains(w)) {
                continue;
            }
            boolean after = k + 1 < tokens.size() && AFTER.contains(tokens.get(k + 1).text().toLowerCase(Locale.ROOT));
            int prev = k > 1 && tokens.get(k - 1).is("the") ? k - 2 : k - 1;
            boolean before = prev >= 0 && BEFORE.contains(tokens.get(prev).text().toLowerCase(Locale.ROOT));
            if (after || before && !w.equals("video")) {
                return true;
            }
        }
        return false;
    }
}
