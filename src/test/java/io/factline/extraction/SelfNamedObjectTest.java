package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factline.date.EdtfDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SelfNamedObjectTest {

    private static final long BAKERY = 7;

    private static EventMatcher.Features report(long id, String action, String theme, String date, long article) {
        return new EventMatcher.Features(id, Set.of(BAKERY), action, action, theme, null, EdtfDate.parse(date), Set.of(article));
    }

    @Test
    void shouldLetAnAnnouncedRecallMeetTheRecallOfNamedGoodsOnAnotherDay() {
        var recalled = report(1, "recall", "loaf", "2026-09-15", 100);
        var announced = report(-1, "recall", "recall", "2026-09-14", 200);

        assertTrue(SelfNamedObject.agrees(announced, recalled));
        var match = EventMatcher.best(announced, List.of(recalled));
        assertTrue(match.isPresent());
        assertFalse(match.get().sameDate());
    }

    @Test
    void shouldKeepTwoObjectsOfTheirOwnApart() {
        assertFalse(SelfNamedObject.agrees(report(-1, "recall", "van", "2026-09-14", 200),
                report(1, "recall", "loaf", "2026-09-15", 100)));
        assertFalse(SelfNamedObject.agrees(report(-1, "strike", "strike", "2026-09-14", 200),
                report(1, "recall", "loaf", "2026-09-15", 100)));
    }
}
