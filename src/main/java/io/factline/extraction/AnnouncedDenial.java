package io.factline.extraction;

import io.factline.claim.Stance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A denial announced in one sentence and worded in the next: "The ministry rejected the accusation
 * on Saturday. 'Our troops have not crossed the river,' its spokesman said." The first sentence has
 * the day and who denies, but not what is denied; the second has what is denied, but no day (it
 * was a statement of the publication day). Told so, they are one denial: the quotation's candidate
 * takes the announcing sentence's day, its participants are joined, its quote spans both sentences,
 * and the announcing sentence makes no candidate of its own (it was a one-claim event "ministry
 * rejects the accusation" that no other outlet could meet). The announcing sentence rejects a
 * general object (an accusation, a claim, reports) or issues a statement; the quotation is the very
 * next sentence and has no day of its own.
 */
final class AnnouncedDenial {

    private static final Set<String> REJECTING = Set.of("reject", "deny", "dismiss", "refute", "rebut", "contest");
    private static final Set<String> GENERAL_OBJECTS = Set.of("accusation", "allegation", "claim", "charge",
            "report", "account", "suggestion", "assertion", "story");
    private static final Set<String> ISSUING = Set.of("issue", "release");

    private AnnouncedDenial() {
    }

    /**
     * The candidates with each announced denial joined to the undated quoted denial right after it.
     *
     * @param undated the candidates that are undated denials (dated the publication day), by identity
     */
    static List<EventCandidate> join(List<EventCandidate> candidates, Set<EventCandidate> undated, String text) {
        List<EventCandidate> out = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            EventCandidate c = candidates.get(i);
            EventCandidate next = i + 1 < candidates.size() ? candidates.get(i + 1) : null;
            if (next != null && announces(c) && undated.contains(next) && next.stance() == Stance.DENIES
                    && next.quoteBegin() >= c.quoteEnd() && text.substring(c.quoteEnd(), next.quoteBegin()).isBlank()) {
                out.add(joined(c, next, text));
                i++;
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /** Whether the candidate only announces a denial: rejects a general object, or issues a statement. */
    static boolean announces(EventCandidate c) {
        if (c.stance() != Stance.ASSERTS || c.action() == null || c.theme() == null) {
            return false;
        }
        return REJECTING.contains(c.action()) && GENERAL_OBJECTS.contains(c.theme())
                || ISSUING.contains(c.action()) && c.theme().equals("statement");
    }

    private static EventCandidate joined(EventCandidate announcing, EventCandidate quoted, String text) {
        Map<String, EventCandidate.Participant> participants = new LinkedHashMap<>();
        for (EventCandidate.Participant p : quoted.participants()) {
            participants.putIfAbsent(p.name(), p);
        }
        for (EventCandidate.Participant p : announcing.participants()) {
            participants.putIfAbsent(p.name(), p);
        }
        String source = quoted.attributedTo() != null ? quoted.attributedTo() : announcing.attributedTo();
        return new EventCandidate(quoted.title(), quoted.kind(), quoted.action(), quoted.theme(),
                List.copyOf(participants.values()), quoted.location() != null ? quoted.location() : announcing.location(),
                announcing.date(), source, Stance.DENIES, text.substring(announcing.quoteBegin(), quoted.quoteEnd()),
                announcing.quoteBegin(), quoted.quoteEnd(), quoted.subject());
    }
}
