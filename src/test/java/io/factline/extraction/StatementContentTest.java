package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatementContentTest {

    private static StatementContent of(Tagged s) {
        return new StatementContent(s.tokens(), s.attribution());
    }

    @Test
    void shouldFindTheVerbOfWhatWasSaidAfterTheAttribution() {
        Tagged s = Tagged.of("Kilmer confirmed that the ferry company will cancel the route.");

        assertEquals(s.at("cancel"), of(s).contentVerb(s.at("confirmed")));
    }

    @Test
    void shouldLookBeforeAnAttributionThatComesLast() {
        Tagged s = Tagged.of("The harbour office has not received any permit request, Kilmer said.");

        assertEquals(s.at("received"), of(s).contentVerb(s.at("said")));
    }

    @Test
    void shouldCallUnquotedSpeechBeforeTheReportingVerbReported() {
        Tagged s = Tagged.of("The harbour office has not received any permit request, Kilmer said.");
        int said = s.at("said");

        assertTrue(of(s).reported(said, of(s).contentVerb(said), true));
    }

    @Test
    void shouldNotCallAQuotationOrSpeechAfterTheVerbReported() {
        Tagged quoted = Tagged.of("\"We expect the ferry to return,\" Kilmer said.");
        int said = quoted.at("said");
        Tagged after = Tagged.of("Kilmer confirmed that the ferry company will cancel the route.");
        int confirmed = after.at("confirmed");

        assertFalse(of(quoted).reported(said, of(quoted).contentVerb(said), true));
        assertFalse(of(after).reported(confirmed, of(after).contentVerb(confirmed), true));
    }

    @Test
    void shouldNotCallAnEventThatIsNoStatementReported() {
        Tagged s = Tagged.of("The harbour office has not received any permit request, Kilmer said.");
        int said = s.at("said");

        assertFalse(of(s).reported(said, of(s).contentVerb(said), false));
    }

    @Test
    void shouldNotTakeTheSpeakersParticipleAsideForWhatWasSaid() {
        Tagged s = Tagged.of("The thieves copied the loyalty card records, a consultant said on Friday, "
                + "contradicting the chain's statement.");

        assertEquals(s.at("copied"), of(s).contentVerb(s.at("said")));
    }

    @Test
    void shouldReadWhatWasSaidAfterAParticipleAside() {
        Tagged s = Tagged.of("The mayor said, responding to questions, that the ferry will resume in May.");

        assertEquals(s.at("resume"), of(s).contentVerb(s.at("said")));
    }

    @Test
    void shouldPassOverARelativeClauseBeforeAnAttributionThatComesLast() {
        Tagged s = Tagged.of("The mayor met the union leaders on Monday for talks that lasted three hours, an aide said.");

        assertEquals(s.at("met"), of(s).contentVerb(s.at("said")));
    }
}
