package io.factline.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads an article like a news editor: every sentence that anchors an action to a time becomes
 * an {@link EventCandidate}. Each rule has its own class: what a time expression dates
 * ({@link DateAnchor}, within {@link Clauses}), the subject and who it names ({@link SubjectPhrase},
 * {@link SubjectNames}), the object ({@link EventTheme}), the stance ({@link EventStance}) and the
 * title ({@link EventTitle}). This class is the article-level pass: it sets up what the article
 * tells of itself ({@link ArticleContext}), has each sentence read by {@link SentenceExtraction}
 * (which builds each candidate with {@link CandidateBuilder}), then joins and drops across sentences
 * ({@link HeadlineRestatement}, {@link AnnouncedDenial}) and moves names written as places out of the
 * participants ({@link PlacesOut}). Sentences
 * whose only times are durations or generic ("for two hours", "in recent weeks") make no event,
 * because the date finder does not return those. A reporting verb dated by the time ("said
 * Tuesday") makes a statement event whose action and theme are those of what was said, so that a
 * denial can be linked to what it denies.
 */
public final class EventExtractor {

    private final Nlp nlp;
    private final DateFinder dates;
    private final MentionFinder names = new MentionFinder();

    public EventExtractor(Nlp nlp, DateFinder dates) {
        this.nlp = nlp;
        this.dates = dates;
    }

    /** The event candidates of an article, in text order. */
    public List<EventCandidate> extract(String text, LocalDate reference) {
        return extract(text, reference, Map.of());
    }

    /**
     * The event candidates of an article, in text order, knowing the people earlier articles stored
     * ({@link StoredPeople}: normalised surname → full name).
     */
    public List<EventCandidate> extract(String text, LocalDate reference, Map<String, String> storedPeople) {
        return extract(text, reference, storedPeople, (sentence, extraction) -> extraction.get());
    }

    /**
     * As {@link #extract(String, LocalDate, Map)}, with each sentence's extraction run by {@code perSentence}
     * ({@link SentenceGuard}: a sentence whose extraction throws is skipped, not the article).
     */
    public List<EventCandidate> extract(String text, LocalDate reference, Map<String, String> storedPeople,
            PerSentence perSentence) {
        return read(text, reference, storedPeople, perSentence).candidates();
    }

    /**
     * The event candidates of an article and what it says its participants act for or belong to
     * ({@link Affiliation}).
     */
    public record Extraction(List<EventCandidate> candidates, List<Affiliation> affiliations) {
    }

    /** As {@link #extract(String, LocalDate, Map, PerSentence)}, with the article's affiliations. */
    public Extraction read(String text, LocalDate reference, Map<String, String> storedPeople,
            PerSentence perSentence) {
        ArticleContext context = new ArticleContext(OpeningName.namesWithin(text), storedPeople);
        context.rolesAhead(RoleAhead.holders(text));
        context.organisationsByUse(ShortFormUse.organisations(text));
        context.dateline(DatelinePlace.of(text));
        SentenceExtraction sentences = new SentenceExtraction(nlp, dates, names, text, reference, context);
        List<EventCandidate> candidates = new ArrayList<>();
        for (Sentence sentence : new ArticleReader(nlp).read(text)) {
            List<EventCandidate> earlier = Collections.unmodifiableList(new ArrayList<>(candidates));
            candidates.addAll(perSentence.run(sentence, () -> sentences.candidates(sentence, earlier)));
        }
        // AnnouncedDenial (s11-scenb): "X rejected the accusation on Saturday. \"We did not …,\" Y said." is one denial.
        // SuchAntecedent (s16-conflict): "denied it had received any such reports" denies the reports told before.
        List<EventCandidate> found = SuchAntecedent.resolve(AnnouncedDenial.join(
                HeadlineRestatement.drop(candidates, sentences.headlineBegin(), sentences.headlineEnd()),
                sentences.undatedDenials(), text), text, nlp::nounLemma).stream().map(c -> PlacesOut.of(c, context)).toList();
        found.forEach(c -> BodyOfPlace.remember(c.participantNames(), context));
        return new Extraction(found, context.affiliations());
    }

    /** Runs the extraction of one sentence and answers the candidates to keep of it. */
    @FunctionalInterface
    public interface PerSentence {
        List<EventCandidate> run(Sentence sentence, Supplier<List<EventCandidate>> extraction);
    }
}
