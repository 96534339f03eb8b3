package io.factline.conflict;

import io.factline.claim.Stance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the disagreements among the claims on one event.
 * <ul>
 * <li><b>DATE</b>: two asserting claims give date intervals that share no day ("2026-01-22" vs
 * "2026-01-23"). A coarser date that contains both ("2026-01") disagrees with neither and is left
 * out of the conflict. Denials are left out: the date of a denial is when it was made, not when the
 * event happened.</li>
 * <li><b>CONTRADICTION</b>: at least one claim asserts the event and at least one denies it.</li>
 * </ul>
 * Ranks play no part: a conflict an editor resolved by deprecating claims is still found, so that
 * its resolution can be kept (see {@link ConflictService}).
 */
public final class ConflictDetector {

    private ConflictDetector() {
    }

    public static List<ConflictFinding> detect(List<ClaimFacts> claims) {
        List<ConflictFinding> findings = new ArrayList<>();
        dateConflict(claims).ifPresent(findings::add);
        contradiction(claims).ifPresent(findings::add);
        return findings;
    }

    static Optional<ConflictFinding> dateConflict(List<ClaimFacts> claims) {
        List<ClaimFacts> dated = claims.stream()
                .filter(c -> c.stance() == Stance.ASSERTS && c.date() != null)
                .toList();
        List<ClaimFacts> disagreeing = dated.stream()
                .filter(c -> dated.stream().anyMatch(o -> !c.date().overlaps(o.date())))
                .toList();
        if (disagreeing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ConflictFinding(ConflictType.DATE, ids(disagreeing), explainDates(disagreeing)));
    }

    static Optional<ConflictFinding> contradiction(List<ClaimFacts> claims) {
        List<ClaimFacts> asserting = claims.stream().filter(c -> c.stance() == Stance.ASSERTS).toList();
        List<ClaimFacts> denying = claims.stream().filter(c -> c.stance() == Stance.DENIES).toList();
        if (asserting.isEmpty() || denying.isEmpty()) {
            return Optional.empty();
        }
        List<ClaimFacts> all = new ArrayList<>(asserting);
        all.addAll(denying);
        String explanation = sources(asserting) + (asserting.size() == 1 ? " asserts" : " assert")
                + " this; " + sources(denying) + (denying.size() == 1 ? " denies" : " deny") + " it";
        return Optional.of(new ConflictFinding(ConflictType.CONTRADICTION, ids(all), explanation));
    }

    /** "Wire E dates this to 23 January 2026; Bloomberg and Interfax to 22 January 2026". */
    private static String explainDates(List<ClaimFacts> disagreeing) {
        Map<String, List<ClaimFacts>> byDate = new LinkedHashMap<>();
        disagreeing.stream()
                .sorted(Comparator.comparing((ClaimFacts c) -> c.date().sortStart()).thenComparing(ClaimFacts::id))
                .forEach(c -> byDate.computeIfAbsent(c.date().value(), k -> new ArrayList<>()).add(c));
        List<List<ClaimFacts>> groups = new ArrayList<>(byDate.values());
        groups.sort(Comparator.comparingInt(List::size));
        StringBuilder text = new StringBuilder();
        for (List<ClaimFacts> group : groups) {
            boolean first = text.isEmpty();
            text.append(first ? "" : "; ")
                    .append(outlets(group))
                    .append(first ? " dates this to " : " to ")
                    .append(group.get(0).date().display());
        }
        return text.toString();
    }

    private static String outlets(List<ClaimFacts> claims) {
        return join(claims.stream().map(ClaimFacts::outlet).collect(LinkedHashSet::new, Set::add, Set::addAll));
    }

    private static String sources(List<ClaimFacts> claims) {
        return join(claims.stream().map(ClaimFacts::source).collect(LinkedHashSet::new, Set::add, Set::addAll));
    }

    /** "A", "A and B", "A, B and C". */
    private static String join(Set<String> names) {
        List<String> list = new ArrayList<>(names);
        if (list.size() == 1) {
            return list.get(0);
        }
        return String.join(", ", list.subList(0, list.size() - 1)) + " and " + list.get(list.size() - 1);
    }

    private static Set<Long> ids(List<ClaimFacts> claims) {
        Set<Long> ids = new TreeSet<>();
        claims.forEach(c -> ids.add(c.id()));
        return ids;
    }
}
