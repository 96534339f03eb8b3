package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CollectiveBodyTest {

    private static List<Token> tokens(String sentence) {
        return Tagged.of(sentence).tokens();
    }

    @Test
    void shouldReadCouncillorsCouncilMembersAndCityLawmakersAsTheCouncil() {
        assertEquals("council", CollectiveBody.noun("Councillors"));
        assertEquals("council", CollectiveBody.noun("aldermen"));
        List<Token> members = tokens("Two council members walked out on Monday.");
        CollectiveBody.Found found = CollectiveBody.in(members, 0, members.size());
        assertEquals("council", found.noun());
        assertEquals(2, found.last(), "'members' belongs to the body");
        List<Token> city = tokens("City lawmakers rejected the plan on Monday.");
        assertEquals("council", CollectiveBody.in(city, 0, city.size()).noun());
    }

    @Test
    void shouldKeepLawmakersWithoutATownTheLegislature() {
        List<Token> national = tokens("Lawmakers rejected the plan on Monday.");

        assertEquals("legislature", CollectiveBody.in(national, 0, national.size()).noun());
    }

    @Test
    void shouldReadTrusteesAndTheSchoolBoardAsOneBoard() {
        assertEquals("board", CollectiveBody.noun("trustees"));
        List<Token> school = tokens("The school board closed the library on Monday.");
        assertEquals("board", CollectiveBody.in(school, 0, school.size()).noun());
    }

    @Test
    void shouldLeaveACapitalisedBodyWordInsideASentenceToTheNameFinder() {
        List<Token> named = tokens("On Monday the City Council rejected the plan.");

        assertNull(CollectiveBody.in(named, 1, named.size()));
    }

    @Test
    void shouldTellTheBodiesThatActOnPeople() {
        List<Token> police = tokens("Police arrested two men on Monday.");
        List<Token> council = tokens("The council fined two men on Monday.");

        assertTrue(CollectiveBody.in(police, 0, police.size()).actsOnPeople());
        assertFalse(CollectiveBody.in(council, 0, council.size()).actsOnPeople());
    }

    @Test
    void shouldFindNoBodyInOtherNouns() {
        assertNull(CollectiveBody.noun("residents"));
        assertNull(CollectiveBody.noun("councils'"));
    }
}
