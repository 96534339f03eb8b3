package io.factline.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one sentence of an article into a {@link SentenceAnalysis}: tags it, finds its names and
 * registers them and what they say of each other in the article's {@link ArticleContext}, reads its
 * attribution, and remembers each paragraph's speaker for the quoted sentences after it. One analyser
 * serves one article.
 */
final class SentenceAnalyser {

    private final Nlp nlp;
    private final MentionFinder names;
    private final ArticleContext context;
    /** The source each paragraph attributes something to, by paragraph. */
    private final Map<Integer, String> speakers = new HashMap<>();

    SentenceAnalyser(Nlp nlp, MentionFinder names, ArticleContext context) {
        this.nlp = nlp;
        this.names = names;
        this.context = context;
    }

    /** Tags the sentence and finds its names (registering them in the article) and its attribution. */
    SentenceAnalysis analyse(Sentence sentence) {
        List<Token> tokens = nlp.tokens(sentence.text());
        List<Mention> mentions = names.find(tokens, context);
        CountedNoun.remember(tokens, context);
        DescribedThing.remember(tokens, mentions, context);
        LawyerClient.remember(tokens, mentions, context, null);
        DescribedName.remember(tokens, mentions, context);
        BodyName.remember(tokens, mentions, context);
        Affiliates.remember(tokens, mentions, context);
        Attribution attribution = Attribution.of(tokens, mentions, context);
        if (attribution.source() != null) {
            speakers.put(sentence.paragraph(), attribution.source());
        }
        String speaker = quoted(sentence) ? speakers.get(sentence.paragraph()) : null;
        return new SentenceAnalysis(tokens, mentions, attribution, context, speaker, new ArrayList<>(), nlp::verbLemma);
    }

    private static boolean quoted(Sentence sentence) {
        return sentence.inQuote() || sentence.text().contains("\"");
    }
}
