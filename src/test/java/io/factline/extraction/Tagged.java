package io.factline.extraction;

import java.util.List;

/** A sentence written for a test, tagged by the real pipeline, with its names and attribution. */
record Tagged(List<Token> tokens, List<Mention> mentions, Attribution attribution) {

    private static final Nlp NLP = Nlp.english();

    static Tagged of(String sentence) {
        return of(sentence, new ArticleContext());
    }

    /** Tags a sentence of an article whose earlier sentences were tagged with the same context. */
    static Tagged of(String sentence, ArticleContext context) {
        List<Token> tokens = NLP.tokens(sentence);
        List<Mention> mentions = new MentionFinder().find(tokens, context);
        return new Tagged(tokens, mentions, Attribution.of(tokens, mentions, context));
    }

    /** The index of the first token written {@code word} (case-insensitive). */
    int at(String word) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).is(word)) {
                return k;
            }
        }
        throw new IllegalArgumentException(word + " not in " + tokens);
    }

    /** The index of the first token written {@code word} after token {@code from}. */
    int after(int from, String word) {
        for (int k = from + 1; k < tokens.size(); k++) {
            if (tokens.get(k).is(word)) {
                return k;
            }
        }
        throw new IllegalArgumentException(word + " not after " + from + " in " + tokens);
    }
}
