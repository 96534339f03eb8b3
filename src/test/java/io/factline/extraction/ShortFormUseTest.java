package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A name the article goes on to call by its first word, or "its", is an organisation's. */
class ShortFormUseTest {

    @Test
    void shouldTakeANameCalledByItsFirstWordForAnOrganisation() {
        Set<String> found = ShortFormUse.organisations("Drivers at Halden Brewing stopped work on Monday.\n\n"
                + "Halden said the stoppage would delay deliveries to bars in the region.");

        assertEquals(Set.of("Halden Brewing"), found);
    }

    @Test
    void shouldLeaveAPersonCalledByTheLastWordOfTheName() {
        Set<String> found = ShortFormUse.organisations("Lena Vik opened the new depot on Monday. Vik said it would "
                + "employ forty people, and Lena was there with her family.");

        assertFalse(found.contains("Lena Vik"), found::toString);
    }

    @Test
    void shouldTakeANameBeforeAndItsForAnOrganisation() {
        Set<String> found = ShortFormUse.organisations("Marlow Ferries and its crews agreed a new rota on Friday.");

        assertEquals(Set.of("Marlow Ferries"), found);
    }

    @Test
    void shouldNotTakeAFirstWordTheArticleAlsoWritesInLowerCase() {
        Set<String> found = ShortFormUse.organisations("Crowds gathered in Grand Harbour on Sunday. Grand plans "
                + "for the seafront were shown, and a grand parade followed.");

        assertFalse(found.contains("Grand Harbour"), found::toString);
    }

    @Test
    void shouldNotTakeAFirstWordWrittenAsAPlace() {
        Set<String> found = ShortFormUse.organisations("Nordby Savings closed five branches on Monday. Customers "
                + "in Nordby queued outside the last one open.");

        assertFalse(found.contains("Nordby Savings"), found::toString);
    }

    @Test
    void shouldEndANameAtAPossessive() {
        Set<String> found = ShortFormUse.organisations("Halden's Lena Vik spoke on Monday. Halden said little.");

        assertTrue(found.isEmpty(), found::toString);
    }

    @Test
    void shouldReadAVeryLongRunOfCapitalisedWordsWithoutOverflowingTheStack() {
        Set<String> found = ShortFormUse.organisations("Sunday ".repeat(8_000) + "was the day.");

        assertTrue(found.isEmpty(), found::toString);
    }
}
