package io.factline.extraction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A speaker named only by age — "'I will fight this,' the 26-year-old said" — is a person the article has already
 * named: wire copy writes the age in place of the name it gave before. The source is the last sentence's subject when that was a person, else the person named last, so the
 * statement has that person as its participant (before: a source called "26 - year - old" and no participant, so a
 * denial made so was linked to nothing). With nobody named before, the phrase stays the source.
 */
final class AgedSpeaker {

    private static final Pattern AGE = Pattern.compile("(?i)\\d{1,3}\\s*-?\\s*years?\\s*-?\\s*old");

    private AgedSpeaker() {
    }

    /**
     * The person an age stands for: the last sentence's subject when it was a person (the article's protagonist,
     * who is who an age is written for), else the person named last; null when the article named nobody.
     */
    static String person(ArticleContext context) {
        String subject = context.lastSubject();
        if (subject != null && context.kindOf(subject) == io.factline.entity.EntityKind.PERSON) {
            return subject;
        }
        return context.lastOne(java.util.Set.of(io.factline.entity.EntityKind.PERSON), name -> true);
    }

    /** Whether the source's words (its article left out) are only an age: "26 - year - old". */
    static boolean only(List<String> words) {
        return AGE.matcher(String.join(" ", words)).matches();
    }
}
