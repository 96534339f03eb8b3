package io.factline.extraction;

import io.factline.claim.Stance;
import io.factline.date.EdtfDate;
import io.factline.entity.EntityKind;
import java.util.List;

/**
 * An event as one sentence of one article tells it, before it is matched against stored events.
 *
 * @param action      lemma of the verb or noun the time is anchored to ("travel", "summit"); for a
 *                    statement, of the verb of what was said ("receive")
 * @param theme       lemma of the head noun of its object ("draft", "document"), or null
 * @param quoteBegin  offset of the sentence in the article text; {@code quoteEnd} exclusive
 * @param subject     lemma of the noun of a subject that names nobody ("crews" → "crew"), or null
 *                    ({@link GeneralObject})
 */
public record EventCandidate(String title, String kind, String action, String theme,
        List<Participant> participants, String location, EdtfDate date, String attributedTo, Stance stance,
        String quote, int quoteBegin, int quoteEnd, String subject) {

    public EventCandidate(String title, String kind, String action, String theme, List<Participant> participants,
            String location, EdtfDate date, String attributedTo, Stance stance, String quote, int quoteBegin,
            int quoteEnd) {
        this(title, kind, action, theme, participants, location, date, attributedTo, stance, quote, quoteBegin,
                quoteEnd, null);
    }

    /** A named participant and what kind of entity it is. */
    public record Participant(String name, EntityKind kind) {
    }

    public List<String> participantNames() {
        return participants.stream().map(Participant::name).toList();
    }
}
