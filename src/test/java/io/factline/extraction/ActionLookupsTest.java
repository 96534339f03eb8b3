package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factline.claim.Stance;
import io.factline.event.EventRepository.ActionRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActionLookupsTest {

    private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);

    /** A stored event of an action with a counting claim of a stance. */
    private record Stored(String action, Stance stance, ActionRow row) {
    }

    /** Answers as the query does, and counts the walks. */
    private static final class Table implements ActionLookups.Reader {
        final List<Stored> rows = new ArrayList<>();
        int walks;

        @Override
        public List<ActionRow> newest(String action, Stance stance, LocalDate from, LocalDate to, int limit) {
            walks++;
            return rows.stream().filter(s -> s.action().equals(action) && s.stance() == stance)
                    .map(Stored::row).filter(r -> r.meets(from, to))
                    .sorted(Comparator.comparing(ActionRow::id).reversed()).limit(limit).toList();
        }

        /** One query per action of the lookup, as each lookup was answered on its own. */
        List<Long> alone(ActionLookups.Lookup lookup, int limit) {
            List<Long> ids = new ArrayList<>();
            lookup.actions().forEach(a -> newest(a, lookup.stance(), lookup.from(), lookup.to(), limit)
                    .forEach(r -> ids.add(r.id())));
            return ids.stream().distinct().sorted(Comparator.reverseOrder()).limit(limit).toList();
        }
    }

    @Test
    void shouldWalkEachActionOnceWhenItHasFewerMatchesThanALookupKeeps() {
        Table table = new Table();
        for (long id = 1; id <= 5; id++) {
            table.rows.add(new Stored("meet", Stance.ASSERTS, new ActionRow(id, MARCH.plusDays(id), MARCH.plusDays(id))));
        }
        List<ActionLookups.Lookup> lookups = List.of(
                new ActionLookups.Lookup(List.of("meet"), Stance.ASSERTS, MARCH, MARCH.plusDays(2)),
                new ActionLookups.Lookup(List.of("meet"), Stance.ASSERTS, MARCH.plusDays(4), MARCH.plusDays(30)),
                new ActionLookups.Lookup(List.of("meet", "visit"), Stance.ASSERTS, MARCH, MARCH.plusDays(30)));

        List<List<Long>> found = ActionLookups.newestIds(table, lookups, 3);

        assertEquals(List.of(List.of(2L, 1L), List.of(5L, 4L), List.of(5L, 4L, 3L)), found);
        assertEquals(2, table.walks);
    }

    @Test
    void shouldWalkEachActionOfTheDenialLookupsOnce() {
        Table table = new Table();
        for (long id = 1; id <= 5; id++) {
            table.rows.add(new Stored(id % 2 == 0 ? "meet" : "visit", Stance.DENIES,
                    new ActionRow(id, MARCH.plusDays(id), MARCH.plusDays(id))));
        }
        table.rows.add(new Stored("meet", Stance.ASSERTS, new ActionRow(6, MARCH.plusDays(2), MARCH.plusDays(2))));
        List<ActionLookups.Lookup> lookups = List.of(
                new ActionLookups.Lookup(List.of("meet"), Stance.DENIES, MARCH, MARCH.plusDays(3)),
                new ActionLookups.Lookup(List.of("meet", "visit", "travel"), Stance.DENIES, MARCH.plusDays(1),
                        MARCH.plusDays(30)));

        List<List<Long>> found = ActionLookups.newestIds(table, lookups, 3);

        assertEquals(List.of(List.of(2L), List.of(5L, 4L, 3L)), found);
        assertEquals(3, table.walks);
    }

    @Test
    void shouldLeaveOutEventsWhoseClaimsOfTheStanceNoLongerCount() {
        Table flags = new Table();
        Table claims = new Table();
        for (long id = 1; id <= 6; id++) {
            Stored stored = new Stored("meet", Stance.ASSERTS, new ActionRow(id, MARCH, MARCH));
            flags.rows.add(stored);
            if (id != 5 && id != 6) {
                claims.rows.add(stored);
            }
        }
        Map<Long, Set<Stance>> counting = Map.of(5L, Set.of(Stance.DENIES), 6L, Set.of());
        List<ActionLookups.Lookup> lookups = List.of(
                new ActionLookups.Lookup(List.of("meet"), Stance.ASSERTS, MARCH, MARCH),
                new ActionLookups.Lookup(List.of("meet"), Stance.DENIES, MARCH, MARCH));

        List<List<Long>> found = ActionLookups.newestIds(flags.counting(counting), lookups, 3);

        assertEquals(List.of(List.of(4L, 3L, 2L), List.of()), found);
        assertEquals(ActionLookups.newestIds(claims, lookups, 3), found);
    }

    @Test
    void shouldAnswerWhatEachLookupsOwnQueryAnswers() {
        Random random = new Random(11);
        List<String> actions = List.of("meet", "visit", "receive", "send");
        for (int round = 0; round < 200; round++) {
            Table table = new Table();
            int events = random.nextInt(60);
            for (long id = 1; id <= events; id++) {
                LocalDate start = MARCH.plusDays(random.nextInt(90));
                table.rows.add(new Stored(actions.get(random.nextInt(actions.size())),
                        random.nextInt(4) == 0 ? Stance.DENIES : Stance.ASSERTS,
                        new ActionRow(id, start, start.plusDays(random.nextInt(3) == 0 ? 30 : 0))));
            }
            List<ActionLookups.Lookup> lookups = new ArrayList<>();
            int count = random.nextInt(8);
            for (int i = 0; i < count; i++) {
                LocalDate from = MARCH.plusDays(random.nextInt(100) - 5);
                lookups.add(new ActionLookups.Lookup(
                        actions.subList(random.nextInt(actions.size()), actions.size()),
                        random.nextBoolean() ? Stance.DENIES : Stance.ASSERTS, from, from.plusDays(random.nextInt(40))));
            }
            int limit = 1 + random.nextInt(5);

            List<List<Long>> found = ActionLookups.newestIds(table, lookups, limit);

            List<List<Long>> expected = lookups.stream().map(l -> table.alone(l, limit)).toList();
            assertEquals(expected, found, "round " + round);
        }
    }
}
