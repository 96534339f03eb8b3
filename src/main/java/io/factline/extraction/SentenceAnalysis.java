package io.factline.extraction;

import io.factline.temporal.Tense;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One sentence as the rules read it: its tokens, the names in it, its attribution, the speaker of the
 * paragraph when it is quoted ({@code speaker}), and the token spans of its times ({@code dates}, filled
 * as the sentence's times are found).
 */
record SentenceAnalysis(List<Token> tokens, List<Mention> mentions, Attribution attribution,
        ArticleContext context, String speaker, List<int[]> dates, UnaryOperator<String> verbLemmas) {

    Clauses clauses() {
        return new Clauses(tokens);
    }

    DateAnchor anchors() {
        return new DateAnchor(tokens, attribution);
    }

    SubjectPhrase subjects() {
        return new SubjectPhrase(tokens, attribution);
    }

    StatementContent statements() {
        return new StatementContent(tokens, attribution);
    }

    /**
     * The tense of the verb the expression at {@code [begin, end)} dates (see {@link DateAnchor#of}), or
     * null when it dates a noun ("his August summit") or nothing, so the temporal engine decides.
     */
    Tense governingTense(int begin, int end) {
        int[] span = TokenSpan.of(tokens, begin, end);
        int anchor = span == null ? -1 : anchors().of(span);
        if (anchor < 0 || Clauses.eventNoun(tokens.get(anchor)) || tokens.get(anchor).noun()) {
            return null;
        }
        return VerbTense.of(tokens, anchor);
    }
}
