package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.entity.EntityKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubjectNamesTest {

    private final Map<String, EntityKind> participants = new LinkedHashMap<>();
    private final String[] place = new String[1];

    private List<String> namesOf(Tagged s, String verb) {
        int[] subject = new SubjectPhrase(s.tokens(), s.attribution()).of(s.at(verb), false);
        return new SubjectNames(s.tokens(), s.mentions(), s.attribution(), new ArticleContext(), null)
                .collect(subject, participants, place);
    }

    @Test
    void shouldNamePeopleBySurnameWithoutTheirTitles() {
        Tagged s = Tagged.of("Foreign Minister Tomas Brandt and Andreas Kilmer met in Riga on Monday.");

        assertEquals(List.of("Brandt", "and", "Kilmer"), namesOf(s, "met"));
        assertEquals(List.of("Tomas Brandt", "Andreas Kilmer"), List.copyOf(participants.keySet()));
    }

    @Test
    void shouldTakeAPlaceInTheSubjectAsTheLocation() {
        Tagged s = Tagged.of("Dock workers at Westhaven walked out on Thursday.");

        namesOf(s, "walked");

        assertEquals("Westhaven", place[0]);
        assertFalse(participants.containsKey("Westhaven"));
    }

    @Test
    void shouldResolveARoleToThePersonIntroducedWithIt() {
        ArticleContext context = new ArticleContext();
        Tagged.of("Trade envoy Maria Ostrova arrived in Riga on Sunday.", context);
        Tagged s = Tagged.of("The envoy met the mayor on Monday.", context);
        int[] subject = new SubjectPhrase(s.tokens(), s.attribution()).of(s.at("met"), false);

        List<String> words = new SubjectNames(s.tokens(), s.mentions(), s.attribution(), context, null)
                .collect(subject, participants, place);

        assertEquals(List.of("Ostrova"), words);
        assertEquals(EntityKind.PERSON, participants.get("Maria Ostrova"));
    }

    @Test
    void shouldReadTheTwoCompaniesAsTheLastTwoNamed() {
        ArticleContext context = new ArticleContext();
        Tagged.of("Orvik Shipping wants to buy Lantern Freight, according to filings.", context);
        Tagged s = Tagged.of("The two companies will meet regulators on Friday.", context);
        int[] subject = new SubjectPhrase(s.tokens(), s.attribution()).of(s.at("meet"), false);

        List<String> words = new SubjectNames(s.tokens(), s.mentions(), s.attribution(), context, null)
                .collect(subject, participants, place);

        assertEquals(List.of("Orvik Shipping", "and", "Lantern Freight"), words);
    }

    @Test
    void shouldCallANameAfterInOrAtAPlace() {
        Tagged s = Tagged.of("The talks took place in Riga and at the port of Westhaven.");

        assertTrue(SubjectNames.placeWord(s.tokens(), s.at("Riga")));
        assertTrue(SubjectNames.placeWord(s.tokens(), s.at("Westhaven")));
        assertFalse(SubjectNames.placeWord(s.tokens(), s.at("talks")));
        assertNull(place[0]);
    }
}
