package io.factline.extraction;

import java.util.List;
import java.util.Set;

/**
 * An inquiry is opened, launched, started or announced: outlets tell one opening with any of these
 * verbs ("Commissioner X announced the inquiry on Friday", "the regulator opened an investigation",
 * "its inquiry, opened on Friday, will also look at …"), so they have the action {@value #ACTION},
 * the kind {@value #KIND} and the object "inquiry" (inquiry, investigation, probe), and meet across
 * outlets. A participle right after the noun and a comma ("its inquiry, opened on Friday,") has
 * that noun as its object (s9-scena).
 */
final class InquiryOpened {

    static final String ACTION = "investigate";
    static final String KIND = "inquiry";
    static final String THEME = "inquiry";

    private static final Set<String> OPENING = Set.of("open", "launch", "start", "begin", "announce", "declare",
            "order", "set");
    private static final Set<String> INQUIRIES = Set.of("inquiry", "investigation", "probe", "enquiry");

    private InquiryOpened() {
    }

    /** Whether the verb at {@code verb}, with the object {@code theme}, opens an inquiry. */
    static boolean opened(List<Token> tokens, int verb, String action, String theme) {
        Token v = tokens.get(verb);
        if (!OPENING.contains(v.lemma()) && !OPENING.contains(action)) {
            return false;
        }
        if (theme != null && INQUIRIES.contains(theme)) {
            return true;
        }
        return theme == null && verb >= 2 && tokens.get(verb - 1).is(",") && tokens.get(verb - 2).noun()
                && INQUIRIES.contains(tokens.get(verb - 2).lemma());
    }
}
