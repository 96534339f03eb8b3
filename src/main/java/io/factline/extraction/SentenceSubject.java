package io.factline.extraction;

import io.factline.entity.EntityKind;
import java.util.Optional;

/**
 * Records whom a sentence is about, as the person a later pronoun means
 * ({@link ArticleContext#lastSubject}).
 */
final class SentenceSubject {

    private SentenceSubject() {
    }

    /**
     * Records the sentence's first-named person as the one a later pronoun means; a sentence not
     * tagged (no time, one name: {@code analysis} null) by the person its first word names
     * ({@link Coreference#openingPerson}) or by the unknown name that opens it and speaks
     * ({@link OpeningSpeaker}), else by the one person it names ({@link Coreference#onlyPerson}). A
     * sentence that speaks of someone by an object pronoun before naming anyone keeps the person it
     * means ({@link ObjectPronoun}).
     */
    static void remember(SentenceAnalysis analysis, Sentence sentence, ArticleContext context, Nlp nlp) {
        if (analysis == null) {
            String opening = Coreference.openingPerson(sentence.text(), context);
            if (opening != null) {
                context.lastSubject(opening);
            } else if (OpeningSpeaker.candidate(sentence.text(), context) == null
                    || OpeningSpeaker.register(nlp.tokensOnDemand(sentence.text()), context) == null) {
                String named = Coreference.onlyPerson(sentence.text(), context);
                if (named != null) {
                    context.lastSubject(named);
                }
            }
            return;
        }
        Optional<Mention> first = analysis.mentions().stream().filter(m -> m.kind() == EntityKind.PERSON).findFirst();
        // s11-scena: "found him guilty of … from X": the sentence is still about the one "him" stands for.
        if (context.lastSubject() != null && ObjectPronoun.beforeFirstName(analysis.tokens(), first.map(Mention::first).orElse(-1))) {
            return;
        }
        first.ifPresent(m -> context.lastSubject(m.name()));
    }
}
