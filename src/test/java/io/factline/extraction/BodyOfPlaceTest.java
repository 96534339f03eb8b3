package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.factline.entity.EntityKind;
import org.junit.jupiter.api.Test;

class BodyOfPlaceTest {

    @Test
    void shouldTieABodyNamedByItsPlaceToThatPlace() {
        ArticleContext context = new ArticleContext();
        context.introduce("Tessaly", EntityKind.PLACE, null);

        assertEquals(new Affiliation("Tessaly legislature", EntityKind.ORGANIZATION, "Tessaly", EntityKind.PLACE),
                BodyOfPlace.of("Tessaly legislature", context));
        assertEquals("Tessaly", BodyOfPlace.of("Tessaly council", context).affiliate());
    }

    @Test
    void shouldTieNothingToAPlaceTheArticleDoesNotName() {
        assertNull(BodyOfPlace.of("Tessaly legislature", new ArticleContext()));
    }

    @Test
    void shouldTieNothingThatIsNoBodyOrBelongsToAPerson() {
        ArticleContext context = new ArticleContext();
        context.introduce("Tessaly", EntityKind.PLACE, null);
        context.introduce("Ana Quist", EntityKind.PERSON, null);

        assertNull(BodyOfPlace.of("Tessaly Foods", context));
        assertNull(BodyOfPlace.of("Ana Quist board", context));
        assertNull(BodyOfPlace.of("Tessaly police", context));
    }
}
