package io.factline.extraction;

import java.util.List;
import java.util.Locale;

/**
 * "The four" with no noun after it stands for what the article last counted with that number: after
 * "the release of four aid workers", "the four … were released on Thursday" released aid workers. So
 * a passive report whose subject is such a count has that noun as its object ("worker"), as another
 * outlet's "freed four of the five aid workers" has, and the two can be told apart from other
 * releases by what was released.
 */
final class CountedNoun {

    private CountedNoun() {
    }

    /** Remembers the head noun of each count in the sentence ("four aid workers" → four: worker). */
    static void remember(List<Token> tokens, ArticleContext context) {
        for (int k = 0; k + 1 < tokens.size(); k++) {
            Token number = tokens.get(k);
            if (!number.pos().equals("NUM")) {
                continue;
            }
            int j = k + 1;
            if (j + 2 < tokens.size() && tokens.get(j).is("of") && tokens.get(j + 1).is("the")
                    && tokens.get(j + 2).pos().equals("NUM")) {
                j += 3;
            }
            int head = -1;
            while (j < tokens.size() && (tokens.get(j).noun() || tokens.get(j).pos().equals("ADJ"))
                    && !tokens.get(j).capitalized()) {
                head = tokens.get(j).noun() ? j : head;
                j++;
            }
            if (head >= 0) {
                context.counted(number.text().toLowerCase(Locale.ROOT), tokens.get(head).lemma());
            }
        }
    }

    /**
     * The noun a subject that is only "the" and a number ({@code [from, to)}) stands for, or null.
     */
    static String of(List<Token> tokens, int[] subject, ArticleContext context) {
        if (subject[1] - subject[0] != 2 || !tokens.get(subject[0]).is("the")
                || !tokens.get(subject[0] + 1).pos().equals("NUM")) {
            return null;
        }
        return context.counted(tokens.get(subject[0] + 1).text().toLowerCase(Locale.ROOT));
    }
}
