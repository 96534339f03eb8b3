package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AttributionTest {

    @Test
    void shouldTakeASubjectPronounAfterAnOpeningTimeAsTheWholeSource() {
        ArticleContext article = new ArticleContext();
        article.lastSubject("Hanna Berg");
        Tagged s = Tagged.of("On Monday she told the council that the bridge would close for a month.", article);

        assertEquals("Hanna Berg", s.attribution().source());
        assertFalse(s.attribution().covers(s.at("Monday")));
    }

    @Test
    void shouldNameTheSpeakerOfAnAppositiveAfterTheNews() {
        Tagged s = Tagged.of("Ruiz will meet Lindqvist in Oslo on Friday, a foreign ministry spokeswoman, Hanna Berg, said on Wednesday.");

        assertEquals("Hanna Berg", s.attribution().source());
        assertTrue(s.attribution().covers(s.at("spokeswoman")));
        assertFalse(s.attribution().covers(s.at("Friday")));
    }

    @Test
    void shouldTakeTheNameBetweenCommasAsTheSpeakerWhateverItsDescription() {
        Tagged s = Tagged.of("The ferry will sail again on Monday, its captain and owner, Tomas Lind, said on Sunday.");

        assertEquals("Tomas Lind", s.attribution().source());
    }

    @Test
    void shouldNameTheSpeakerWhoseRoleFollowsTheName() {
        Tagged s = Tagged.of("Moreau, the labour minister, repeated on Sunday that no offer had reached her office.");

        assertEquals("Moreau", s.attribution().source());
        assertTrue(s.attribution().covers(s.at("repeated")));
        assertFalse(s.attribution().covers(s.at("offer")));
    }

    @Test
    void shouldNameTheSpeakerWhoseRoleOfSomebodyFollowsTheName() {
        Tagged s = Tagged.of("Jonas Ostrova, a senior adviser to the governor, said on Monday that the bridge would stay shut.");

        assertEquals("Jonas Ostrova", s.attribution().source());
        assertTrue(s.attribution().covers(s.at("governor")));
        assertFalse(s.attribution().covers(s.at("bridge")));
    }

    @Test
    void shouldSourceADocumentToItselfNotToTheOutletThatSawIt() {
        Tagged s = Tagged.of("The mill dumped dye into the river in June, according to a council memo obtained by Harbour Radio.");

        assertEquals("council memo", s.attribution().source());
        assertTrue(s.attribution().covers(s.at("Harbour")));
    }

    @Test
    void shouldNameASourceWhoseNameHoldsOf() {
        Tagged s = Tagged.of("Ferry crews will stop work on Friday, the Guild of Harbour Pilots said on Monday.");

        assertEquals("Guild of Harbour Pilots", s.attribution().source());
    }
}
