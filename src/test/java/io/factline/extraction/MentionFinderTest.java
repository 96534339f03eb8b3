package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factline.entity.EntityKind;
import org.junit.jupiter.api.Test;

class MentionFinderTest {

    private static EntityKind kindOf(Tagged s, String name) {
        return s.mentions().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow().kind();
    }

    @Test
    void shouldTakeLoneNamesThatMeetAsPeople() {
        Tagged s = Tagged.of("Marek met Halloran in Brisbane on Monday for an hour.");

        assertEquals(EntityKind.PERSON, kindOf(s, "Marek"));
        assertEquals(EntityKind.PERSON, kindOf(s, "Halloran"));
        assertEquals(EntityKind.PLACE, kindOf(s, "Brisbane"));
    }

    @Test
    void shouldLeaveARoleThatOpensTheSentenceOutOfTheName() {
        Tagged s = Tagged.of("Negotiator Ilse Marek flew to Brisbane on Monday.");

        assertEquals(EntityKind.PERSON, kindOf(s, "Ilse Marek"));
    }

    @Test
    void shouldLookPastAuxiliariesForTheMeetingVerb() {
        Tagged s = Tagged.of("Quintero will meet Abernathy in Lagos next week, an aide said.");

        assertEquals(EntityKind.PERSON, kindOf(s, "Quintero"));
        assertEquals(EntityKind.PERSON, kindOf(s, "Abernathy"));
    }

    @Test
    void shouldStillGuessALoneNameVisitedAsAPlace() {
        Tagged s = Tagged.of("Quintero will visit Tarragona on Friday.");

        assertEquals(EntityKind.PLACE, kindOf(s, "Tarragona"));
    }

    @Test
    void shouldTakeALoneNameWithItsRoleBetweenCommasAsAPerson() {
        Tagged s = Tagged.of("Reporters waited for Okonkwo, the deputy governor, outside the court.");

        assertEquals(EntityKind.PERSON, kindOf(s, "Okonkwo"));
    }

    @Test
    void shouldTakeALoneNameThatReportsAfterTheNewsAsAPerson() {
        Tagged s = Tagged.of("The ferry will sail again on Monday, Castellanos told reporters.");

        assertEquals(EntityKind.PERSON, kindOf(s, "Castellanos"));
        assertEquals("Castellanos", s.attribution().source());
    }

    @Test
    void shouldLetAMeetingOutweighAnEarlierGuessOfAPlace() {
        ArticleContext context = new ArticleContext();
        Tagged headline = Tagged.of("Varga and Olufemi summit moved to Friday", context);
        Tagged body = Tagged.of("Varga will meet Olufemi in Kelso on Friday.", context);

        assertEquals(EntityKind.PERSON, kindOf(body, "Olufemi"));
        assertEquals(EntityKind.PLACE, kindOf(body, "Kelso"));
        assertEquals(2, headline.mentions().size());
    }

    @Test
    void shouldTakeACompanysFirstWordAloneForTheCompany() {
        ArticleContext context = new ArticleContext();
        Tagged.of("Shares in Pellworth Shipping fell sharply on Monday.", context);
        Tagged later = Tagged.of("Pellworth said it would cut its dividend.", context);
        Tagged place = Tagged.of("The company has its head office in Pellworth.", context);

        assertEquals(EntityKind.ORGANIZATION, kindOf(later, "Pellworth Shipping"));
        assertEquals(EntityKind.PLACE, kindOf(place, "Pellworth"));
        assertEquals("Pellworth", MentionFinder.companyShortName("Pellworth Shipping"));
        assertEquals(null, MentionFinder.companyShortName("Harlow Crown Court"));
    }

    @Test
    void shouldTakeAnAllianceOrLeagueForAnOrganisation() {
        Tagged s = Tagged.of("Members of the Tarn Valley Alliance marched on Saturday.");

        assertEquals(EntityKind.ORGANIZATION, kindOf(s, "Tarn Valley Alliance"));
    }

    @Test
    void shouldKeepAFirstWordEndingLikeADemonymInATwoWordName() {
        Tagged s = Tagged.of("Passengers of Caledonian Shipping waited in Oban on Monday.");
        Tagged titled = Tagged.of("Talks with Ukrainian President Maria Kovalenko resumed on Monday.");

        assertEquals(EntityKind.ORGANIZATION, kindOf(s, "Caledonian Shipping"));
        assertEquals(EntityKind.PERSON, kindOf(titled, "Maria Kovalenko"));
    }

    @Test
    void shouldTakeTheNameAfterASentThingAndFromAsItsSender() {
        Tagged s = Tagged.of("The council has had no reply from Ostrander since the vote.");
        Tagged trip = Tagged.of("The delegation returned from Ostrander on Sunday.");

        assertEquals(EntityKind.ORGANIZATION, kindOf(s, "Ostrander"));
        assertEquals(EntityKind.PLACE, kindOf(trip, "Ostrander"));
    }

    @Test
    void shouldTakeALoneNameThatIsBoughtAsACompany() {
        ArticleContext article = new ArticleContext();
        Tagged.of("Pellucid to swallow rival Velmora", article);
        Tagged s = Tagged.of("Pellucid agreed to acquire Velmora on Friday.", article);

        assertEquals(EntityKind.ORGANIZATION, kindOf(s, "Velmora"));
    }

    @Test
    void shouldTakeACompanysFirstWordAsOwnerAfterAPlacePreposition() {
        ArticleContext context = new ArticleContext();
        Tagged.of("Regulators questioned Ostmark Rail about the signal failure.", context);
        Tagged owner = Tagged.of("Vandals got into Ostmark's depot on Friday, police said.", context);
        Tagged place = Tagged.of("The trains were stuck near Ostmark for an hour.", context);

        assertEquals(EntityKind.ORGANIZATION, kindOf(owner, "Ostmark Rail"));
        assertEquals(EntityKind.PLACE, kindOf(place, "Ostmark"));
    }

    @Test
    void shouldTakeANameThatBeginsWithAPlaceWordForAPlace() {
        Tagged s = Tagged.of("Fishermen in Port Merrow said the storm sank two boats off Cape Tolley.");

        assertEquals(EntityKind.PLACE, kindOf(s, "Port Merrow"));
        assertEquals(EntityKind.PLACE, kindOf(s, "Cape Tolley"));
    }

    @Test
    void shouldNotReadAPluralSurnameAsAnOrganisationWord() {
        Tagged s = Tagged.of("Judith Banks raised the matter on Monday.");

        assertEquals(EntityKind.PERSON, kindOf(s, "Judith Banks"));
    }
}
