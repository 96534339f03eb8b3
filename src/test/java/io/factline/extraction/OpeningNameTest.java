package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.entity.EntityKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A name that opens a sentence is read whole when its first word is a name elsewhere or it ends in a business word. */
class OpeningNameTest {

    private static List<String> names(String sentence, Set<String> within) {
        return Tagged.of(sentence, new ArticleContext(within)).mentions().stream().map(Mention::name).toList();
    }

    @Test
    void shouldFindTheWordsAnArticleCapitalisesInsideItsSentences() {
        Set<String> within = OpeningName.namesWithin("Corvel Orbital delayed the test. The delay, according to Corvel, "
                + "was short.\nSeveral engineers left.");

        assertTrue(within.contains("Corvel"), within::toString);
        assertEquals(false, within.contains("Several"), within::toString);
        assertEquals(false, within.contains("The"), within::toString);
    }

    @Test
    void shouldKeepAnOpeningWordTheArticleWritesAsANameElsewhere() {
        assertEquals(List.of("Corvel Orbital"), names("Corvel Orbital delayed the test on Monday.", Set.of("Corvel")));
    }

    @Test
    void shouldKeepAnOpeningWordBeforeABusinessWord() {
        Tagged s = Tagged.of("Brightwater Aerospace postponed the launch on Monday.");

        assertEquals(List.of("Brightwater Aerospace"), s.mentions().stream().map(Mention::name).toList());
        assertEquals(EntityKind.ORGANIZATION, s.mentions().get(0).kind());
    }

    @Test
    void shouldLeaveAnOpeningAdjectiveOutOfTheName() {
        List<String> found = names("Senior Kremlin officials met Okafor in Tarvik on Monday.", Set.of("Okafor"));

        assertTrue(found.contains("Okafor"), found::toString);
        assertTrue(found.stream().noneMatch(n -> n.startsWith("Senior")), found::toString);
    }
}
