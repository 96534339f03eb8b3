package io.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class RuleTest {

    private static final Rule.Resolver NONE = (match, context) -> null;

    @Test
    void shouldStartOnlyWhereTheFirstTwoCharactersCanBeginAMatch() {
        Rule rule = Rule.of("month", "\\b(?:March|May)\\b", NONE);
        String text = "Mike met Mayor Ames in May.";
        assertFalse(rule.mayStartAt(text, text.indexOf("Mike"), text.length()));
        assertTrue(rule.mayStartAt(text, text.indexOf("Mayor"), text.length()));
        assertFalse(rule.mayStartAt(text, text.indexOf("Ames"), text.length()));
        assertTrue(rule.mayStartAt(text, text.indexOf("May."), text.length()));
    }

    @Test
    void shouldStartLookBehindRuleWhereWhatFollowsTheLookBehindCanBegin() {
        Rule rule = Rule.of("the-days", "(?<=\\bthe\\s)(days|weeks)\\b", NONE);
        String text = "the days and the nights";
        assertTrue(rule.mayStartAt(text, text.indexOf("days"), text.length()));
        assertFalse(rule.mayStartAt(text, text.indexOf("nights"), text.length()));
        assertFalse(rule.mayStartAt(text, text.indexOf("and"), text.length()));
    }

    @Test
    void shouldTryEverywhereWhenAnotherLookBehindFollows() {
        Rule rule = Rule.of("nested", "(?<=\\bthe\\s)(?<=e\\s)days\\b", NONE);
        String text = "the nights";
        assertTrue(rule.mayStartAt(text, text.indexOf("nights"), text.length()));
    }

    /** Every match any rule makes at a word start in the fixtures begins where {@link Rule#mayStartAt} allows. */
    @Test
    void shouldNeverRuleOutAStartWhereTheRuleMatches() {
        int matches = 0;
        for (String text : fixtures()) {
            int[] starts = Triggers.starts(text, 0, text.length());
            for (RuleFamily family : TemporalTagger.FAMILIES) {
                for (Rule rule : family.rules()) {
                    Matcher matcher = rule.pattern().matcher(text);
                    matcher.useTransparentBounds(true).useAnchoringBounds(false);
                    for (int start : starts) {
                        matcher.region(start, text.length());
                        if (matcher.lookingAt() && matcher.end() > start) {
                            matches++;
                            assertTrue(rule.mayStartAt(text, start, text.length()),
                                    rule.name() + " at " + text.substring(start, matcher.end()));
                        }
                    }
                }
            }
        }
        assertTrue(matches > 100, "too few matches checked: " + matches);
    }

    private static List<String> fixtures() {
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/test/resources/bench")),
                Files.walk(Path.of("src/test/resources/articles")))) {
            return files.filter(Files::isRegularFile).sorted().map(RuleTest::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
