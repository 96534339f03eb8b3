package io.factline.extraction;

import java.util.List;
import java.util.Set;

/**
 * Workers stopping work is a strike, whichever words an outlet uses: "walked off the job", "will stop
 * work for 48 hours", "downed tools", "went on strike". The act is a walkout ({@link EventKinds#STRIKE}),
 * so these meet reports of "the strike" and "the walkout" (session 13, s13-scena).
 */
final class WorkStoppage {

    static final String WALKOUT = "walkout";
    private static final Set<String> STOPPING = Set.of("stop", "halt", "down");

    private WorkStoppage() {
    }

    /** Whether the word at {@code act} (its verb, or the "work" after "stop") tells workers stopping work. */
    static boolean told(List<Token> tokens, int act) {
        if (act < 0 || act >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(act);
        Token next = act + 1 < tokens.size() ? tokens.get(act + 1) : null;
        Token before = act > 0 ? tokens.get(act - 1) : null;
        if (t.lemma().equals("walk") && next != null && next.is("off")) {
            return act + 3 < tokens.size() && tokens.get(act + 3).lemma().equals("job");
        }
        if (t.verb() && STOPPING.contains(t.lemma()) && next != null && stoppedWork(tokens, act, act + 1)) {
            return true;
        }
        if (before != null && before.verb() && STOPPING.contains(before.lemma()) && stoppedWork(tokens, act - 1, act)) {
            return true;
        }
        return t.lemma().equals("go") && next != null && next.is("on") && act + 2 < tokens.size()
                && tokens.get(act + 2).is("strike");
    }

    /**
     * Whether the verb at {@code verb} and the word at {@code object} say "stop work" or "down tools";
     * not work on something ("halted work on the bridge" is building stopped, not a strike).
     */
    private static boolean stoppedWork(List<Token> tokens, int verb, int object) {
        Token o = tokens.get(object);
        if (tokens.get(verb).lemma().equals("down")) {
            return o.is("tools");
        }
        boolean onSomething = object + 2 < tokens.size() && tokens.get(object + 1).is("on")
                && tokens.get(object + 2).pos().equals("DET");
        return o.is("work") && !onSomething;
    }
}
