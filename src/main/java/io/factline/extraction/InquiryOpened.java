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
    /** How far before the verb the inquiry's noun may stand ("an independent inquiry into the crash was announced"). */
    private static final int REACH = 8;
    /** Words that may stand between the inquiry's noun and its "into": a time ("on Tuesday", "last week"). */
    private static final int GAP = 3;

    private InquiryOpened() {
    }

    /** Whether the noun lemma names an inquiry ("investigation", "probe"). */
    static boolean inquiry(String noun) {
        return INQUIRIES.contains(noun);
    }

    /**
     * Session 14 (s14-split): what the opened inquiry looks into, as the lemma of the head noun after "into" or
     * "over" ("opened an investigation into the crash of a cargo plane": "crash"), or {@value #THEME} when the
     * report does not say. One body opens inquiries into several things in a week; with the same object
     * "inquiry" for all, a second inquiry two days later read as the first told with another date. An object
     * {@value #THEME} still agrees with any inquiry's object ({@link SelfNamedObject}).
     */
    static String theme(List<Token> tokens, int verb, int end) {
        int last = Math.min(end, tokens.size());
        for (int k = Math.max(0, verb - REACH); k < last; k++) {
            if (tokens.get(k).noun() && INQUIRIES.contains(tokens.get(k).lemma())) {
                int into = into(tokens, k + 1, last);
                String looked = into < 0 ? null : headNoun(tokens, into + 1, last);
                return looked == null ? THEME : looked;
            }
        }
        return THEME;
    }

    /** The "into" or "over" after the inquiry's noun, past a time between them ("on Tuesday into the crash"), or -1. */
    private static int into(List<Token> tokens, int from, int last) {
        for (int k = from; k < last && k <= from + GAP; k++) {
            Token t = tokens.get(k);
            if (t.is("into") || t.is("over")) {
                return k;
            }
            if (t.is(",") || t.pos().equals("VERB") || t.pos().equals("AUX")) {
                return -1;
            }
        }
        return -1;
    }

    /** The lemma of the last common noun of the noun phrase starting at {@code from} (past "the", adjectives), or null. */
    private static String headNoun(List<Token> tokens, int from, int last) {
        String head = null;
        for (int k = from; k < last; k++) {
            Token t = tokens.get(k);
            if (t.noun() && !t.capitalized()) {
                head = t.lemma();
            } else if (!(head == null && (t.pos().equals("DET") || t.pos().equals("ADJ") || t.capitalized()))) {
                break;
            }
        }
        return head;
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
