package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a vote or decision to do something is about (s13-merge), on sentences written for this test. */
class DecidedActTest {

    /** A Tuesday. */
    private static final LocalDate REFERENCE = LocalDate.of(2026, 3, 10);

    @Test
    void shouldTakeTheVerbVotedOnWhenItsObjectIsAName() {
        EventCandidate tally = ExtractedCandidates.only("Governors voted 6-3 on Monday to close Halden Road Primary.",
                REFERENCE);
        EventCandidate plain = ExtractedCandidates.only(
                "The Kelso school board voted on Monday to close Halden Road Primary at the end of the summer term.",
                REFERENCE);

        assertEquals("close", tally.theme());
        assertEquals("close", plain.theme());
        assertEquals(EventKinds.VOTE, plain.kind());
    }

    @Test
    void shouldKeepTheNounWhenTheActHasACommonNounForObject() {
        EventCandidate levy = ExtractedCandidates.only("Councillors voted on Monday to approve the harbour levy.",
                REFERENCE);

        assertEquals("levy", levy.theme());
    }

    @Test
    void shouldTakeTheVerbVotedOnWhenTheTaggerCallsItAnAdjective() {
        // s14-conflict: with an attribution after the name, the tagger may read "to close" as ADP + ADJ.
        List<Token> tokens = tokens("Trustees/NOUN voted/VERB/vote on/ADP Friday/PROPN to/ADP close/ADJ Orrin/PROPN "
                + "Primary/PROPN ,/PUNCT Ada/PROPN Finch/PROPN said/VERB ./PUNCT");
        List<Token> neutral = tokens("Trustees/NOUN voted/VERB/vote to/ADP stay/ADJ neutral/ADJ ./PUNCT");

        assertEquals("close", DecidedAct.theme(tokens, 1, new int[] {2, 3}, k -> false));
        assertNull(DecidedAct.theme(neutral, 1, new int[] {-1, -1}, k -> false));
    }

    /** Tokens written "word/TAG" or "word/TAG/lemma"; without a lemma, the lower-case word. */
    private static List<Token> tokens(String tagged) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String written : tagged.split(" ")) {
            String[] parts = written.split("/");
            String lemma = parts.length > 2 ? parts[2] : parts[0].toLowerCase(java.util.Locale.ROOT);
            tokens.add(new Token(parts[0], at, at + parts[0].length(), parts[1], lemma));
            at += parts[0].length() + 1;
        }
        return tokens;
    }

    @Test
    void shouldLookPastASumToTheNounVotedOn() {
        EventCandidate grant = ExtractedCandidates.only(
                "The county assembly voted 9-2 on Monday to approve a $40 million grant for the tram depot.", REFERENCE);

        assertEquals("grant", grant.theme());
    }
}
