package io.factline.extraction;

import io.factline.temporal.OpenNlpModels;
import io.factline.temporal.TaggedSentence;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Apache OpenNLP with the English Universal Dependencies models (sentences, tokens, parts of
 * speech, lemmas). The models are loaded once and shared; the OpenNLP tools that use them are
 * not thread-safe, so each thread gets its own.
 *
 * <p>The lemmatizer model costs about a fifth of a millisecond per token, ten times the tagger,
 * so only verbs, nouns and auxiliaries are lemmatized, one word at a time, and the answers are
 * memoised by (word, tag): the lemma of a word with a given tag hardly depends on its context.
 */
public final class Nlp {

    private static final Pattern HYPHENATED = Pattern.compile("\\p{L}+(?:-\\p{L}+)+");

    private static final String PREFIX = "opennlp-en-ud-ewt-";
    private static final String SUFFIX = "-1.3-2.5.4.bin";
    private static final int LEMMA_CACHE_LIMIT = 200_000;

    private static volatile Nlp english;

    private final ThreadLocal<SentenceDetectorME> sentences;
    private final ThreadLocal<LemmatizerME> lemmatizers;
    /** Memoised lemmas by lower-case word, one map for each tag lemmatized (VERB, NOUN, AUX). */
    private final Map<String, String> verbLemmas = new ConcurrentHashMap<>();
    private final Map<String, String> nounLemmas = new ConcurrentHashMap<>();
    private final Map<String, String> auxLemmas = new ConcurrentHashMap<>();

    private Nlp() {
        // The sentence model is the temporal engine's, and so are tokens and tags (TaggedSentence): loaded once for both.
        OpenNlpModels shared = OpenNlpModels.get();
        SentenceModel sentenceModel = shared.sentences;
        LemmatizerModel lemmaModel;
        try {
            lemmaModel = new LemmatizerModel(model("lemmas"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an OpenNLP model", e);
        }
        sentences = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel));
        lemmatizers = ThreadLocal.withInitial(() -> new LemmatizerME(lemmaModel));
    }

    /** The shared English pipeline, loaded on first use. */
    public static Nlp english() {
        Nlp nlp = english;
        if (nlp == null) {
            synchronized (Nlp.class) {
                if (english == null) {
                    english = new Nlp();
                }
                nlp = english;
            }
        }
        return nlp;
    }

    /** Sentence spans of one line of text. */
    public Span[] sentences(String text) {
        return sentences.get().sentPosDetect(text);
    }

    /**
     * Tokens with UD tags and lemmas of one sentence. The tokens and tags are the temporal engine's
     * for the same sentence ({@link TaggedSentence}), worked out once for both; a sentence whose
     * final full stop is split off here is tagged anew.
     */
    public List<Token> tokens(String sentence) {
        Tokens tokens = new Tokens(sentence);
        if (!tokens.isEmpty()) {
            tokens.get(tokens.size() - 1);
        }
        return tokens.made;
    }

    /**
     * As {@link #tokens(String)}, each token worked out only when first asked for (with the tags up to the one after
     * it): a rule that reads a sentence's first words leaves the rest untagged. Token {@code i} is the same as
     * {@link #tokens(String)}'s, since decoding runs left to right and each correction reads only the tokens before it
     * and tags after it (decoded as far as asked). For the calling thread.
     */
    public List<Token> tokensOnDemand(String sentence) {
        return new Tokens(sentence);
    }

    /** One sentence's tokens, made in order as far as they are asked for. */
    private final class Tokens extends AbstractList<Token> {

        private final Span[] spans;
        private final String[] words;
        private final TaggedSentence tagged;
        /** All tags when the tokens are not the tagged sentence's own (a final full stop split off), else null. */
        private final String[] retagged;
        private final List<Token> made;
        /** Quote marks around names of works, as pairs of character offsets (session 14, lead); empty when none. */
        private final List<int[]> titles;

        Tokens(String sentence) {
            tagged = TaggedSentence.of(sentence);
            spans = splitFinalPeriod(tagged.spans(), sentence);
            if (spans == tagged.spans()) {
                words = tagged.words();
                retagged = null;
            } else {
                words = Span.spansToStrings(spans, sentence);
                retagged = TaggedSentence.tag(words);
            }
            made = new ArrayList<>(words.length);
            titles = QuotedTitle.spans(sentence);
        }

        @Override
        public Token get(int index) {
            Objects.checkIndex(index, words.length);
            while (made.size() <= index) {
                made.add(make(made.size()));
            }
            return made.get(index);
        }

        @Override
        public int size() {
            return words.length;
        }

        private String rawTag(int i) {
            return retagged != null ? retagged[i] : tagged.tag(i);
        }

        private Token make(int i) {
            String raw = rawTag(i);
            // A contraction tagged as two ("dairy's" NOUN+PART) counts as its first part.
            String tag = raw.indexOf('+') > 0 ? raw.substring(0, raw.indexOf('+')) : raw;
            if (pluralNounAfterVerb(words[i], raw, i > 0 ? rawTag(i - 1) : null)
                    || InfinitiveTag.pluralNoun(words, this::rawTag, i) || AuxiliarySlip.pluralNoun(words[i], tag)
                    || ObjectPluralSlip.pluralNoun(words, this::rawTag, i, Nlp.this::verbLemma)) {
                tag = "NOUN";
            } else if (GuiltyPlea.chargeAfterPlea(words, this::rawTag, i)) {
                tag = "NOUN"; // s11-scena: "pleaded guilty to bribery"
            } else if (GuiltyPlea.pleaVerb(words, i)) {
                tag = "VERB"; // s11-scena: "pleaded not guilty" (tagged an auxiliary)
            } else if (InfinitiveTag.infinitive(words, this::rawTag, i)) {
                tag = "VERB";
            } else if (DeterminerSlip.verbAfterTo(words, this::rawTag, i)) {
                tag = "VERB"; // s11-scena: "to announce" tagged a determiner
            } else if (pastFormTaggedAdposition(words[i], tag)) {
                tag = "VERB";
            } else if (hyphenatedWordTaggedPunctuation(words[i], tag)) {
                tag = "ADJ";
            } else if (lowerCaseProperNoun(words[i], tag)) {
                tag = "NOUN";
            } else if (hyphenatedParticiple(words, spans, this::rawTag, i)) {
                tag = "ADJ";
            } else if (prepositionTaggedConjunction(words, this::rawTag, i)) {
                tag = "ADP";
            } else if (AdverbBeforeParticiple.verb(words, this::rawTag, i, Nlp.this::verbLemma)) {
                tag = "VERB"; // s15-deny: "was last/ADJ robbed/ADJ in 2009"
            } else if (AdverbBeforeParticiple.adverb(words, i, Nlp.this::verbLemma) && !tag.equals("ADV")) {
                tag = "ADV";
            } else if (PerfectParticiple.verb(words, this::rawTag, i, Nlp.this::verbLemma)) {
                // s14-conflict: "had/VERB offered/ADJ money": the perfect's participle, "had" its auxiliary.
                tag = "VERB";
                Token had = get(i - 1);
                made.set(i - 1, new Token(had.text(), had.begin(), had.end(), "AUX", had.lemma()));
            } else if (IrregularPastSlip.verb(words, this::rawTag, i, Nlp.this::verbLemma)) {
                // s15-domains: "the bank on Wednesday lent/ADJ the lender 6 billion".
                tag = "VERB";
                if (words[i - 1].equalsIgnoreCase("had")) {
                    Token had = get(i - 1);
                    made.set(i - 1, new Token(had.text(), had.begin(), had.end(), "AUX", had.lemma()));
                }
            }
            if (VerbLemmas.pastTaggedNoun(words[i], tag)) {
                tag = "VERB"; // s12-incident: "Fire tore through" (tagged a proper noun, then a noun)
            }
            boolean plural = NounSlips.irregularPlural(words[i], tag);
            tag = plural ? "NOUN" : tag;
            String lemma = lemma(words[i], tag);
            if (NounSlips.strippedIng(words[i], lemma)) {
                lemma = words[i].toLowerCase(Locale.ROOT);
                tag = tag.equals("VERB") && NounSlips.nounSlot(made.isEmpty() ? null : made.get(i - 1).pos())
                        ? "NOUN" : tag;
            }
            if (ControlledInfinitive.at(made, words[i], tag, lemma(words[i], "VERB"))) {
                tag = "VERB";
                lemma = lemma(words[i], tag);
                Token to = made.get(i - 1);
                made.set(i - 1, new Token(to.text(), to.begin(), to.end(), "PART", to.lemma()));
            } else if (!plural && verbTaggedNoun(words[i], tag, lemma)) {
                tag = "VERB";
            } else if (NounCoordination.modifier(made, words[i], tag, lemma, i + 1 < words.length ? rawTag(i + 1) : null)) {
                tag = "NOUN";
                lemma = lemma(words[i], tag);
            }
            if (OpeningTimeAdverb.at(words, i)) {
                // s15-domains: "Earlier on Friday, X denied that …" (tagged a proper noun).
                tag = "ADV";
                lemma = words[i].toLowerCase(Locale.ROOT);
            }
            if (ClockAbbreviation.clockWord(words[i])) {
                // s11-scenb: "p.m" in "shortly before 11 p.m. on Tuesday" is no verb to date.
                tag = "NOUN";
                lemma = words[i].toLowerCase(Locale.ROOT);
            }
            return titled(new Token(words[i], spans[i].getStart(), spans[i].getEnd(), tag, lemma));
        }

        /** A name's quote marks are guillemets and its capitalised words proper nouns ({@link QuotedTitle}). */
        private Token titled(Token token) {
            for (int[] title : titles) {
                if (token.begin() == title[0] || token.begin() == title[1]) {
                    String mark = token.begin() == title[0] ? QuotedTitle.OPEN : QuotedTitle.CLOSE;
                    return new Token(mark, token.begin(), token.end(), "PUNCT", mark);
                }
                if (token.begin() > title[0] && token.end() <= title[1] && token.capitalized()) {
                    return new Token(token.text(), token.begin(), token.end(), "PROPN", token.text().toLowerCase(Locale.ROOT));
                }
            }
            return token;
        }
    }

    /**
     * The tokenizer sometimes leaves a sentence's full stop on its last word ("Dmitriev."); an
     * abbreviation ("U.S.") keeps it.
     */
    private static Span[] splitFinalPeriod(Span[] spans, String sentence) {
        if (spans.length == 0) {
            return spans;
        }
        Span last = spans[spans.length - 1];
        String word = last.getCoveredText(sentence).toString();
        if (word.length() < 3 || !word.endsWith(".") || word.indexOf('.') < word.length() - 1) {
            return spans;
        }
        Span[] split = java.util.Arrays.copyOf(spans, spans.length + 1);
        split[spans.length - 1] = new Span(last.getStart(), last.getEnd() - 1);
        split[spans.length] = new Span(last.getEnd() - 1, last.getEnd());
        return split;
    }

    /**
     * Two finite verbs do not follow each other: an "-s" word the tagger calls a verb right after a
     * verb is a plural noun ("held talks", "said talks would resume").
     */
    private static boolean pluralNounAfterVerb(String word, String tag, String previousTag) {
        String lower = word.toLowerCase(Locale.ROOT);
        return previousTag != null && tag.equals("VERB") && previousTag.equals("VERB") && lower.endsWith("s")
                && !lower.endsWith("ss") && !lower.endsWith("'s");
    }

    /**
     * Names are written with a capital: a lower-case word of letters the tagger calls a proper noun
     * ("The league announced …") is a common noun.
     */
    private static boolean lowerCaseProperNoun(String word, String tag) {
        return tag.equals("PROPN") && word.length() > 1 && Character.isLowerCase(word.charAt(0))
                && word.chars().allMatch(Character::isLetter);
    }

    /**
     * A participle joined by a hyphen to the word before it and followed by a noun ("the
     * fire-threatened town", "Russian-backed forces", "a state-run broadcaster") describes that noun:
     * an adjective, not the clause's verb, which the tokenizer's split into three words made it. s9-scenb.
     */
    private static boolean hyphenatedParticiple(String[] words, Span[] spans, IntFunction<String> tags, int i) {
        if (i < 2 || i + 1 >= words.length || !tags.apply(i).equals("VERB") || !words[i - 1].equals("-")
                || spans[i - 2].getEnd() != spans[i - 1].getStart() || spans[i - 1].getEnd() != spans[i].getStart()) {
            return false;
        }
        String next = tags.apply(i + 1);
        return Character.isLowerCase(words[i].charAt(0)) && (next.startsWith("NOUN") || next.startsWith("PROPN"));
    }


    /**
     * Adpositions are a closed class and none ends in "-ed": a lower-case "-ed" word the tagger
     * calls one ("The board opened an investigation") is a past verb.
     */
    private static boolean pastFormTaggedAdposition(String word, String tag) {
        return tag.equals("ADP") && word.length() > 4 && word.endsWith("ed") && Character.isLowerCase(word.charAt(0));
    }

    /**
     * "Before", "after", "until" and "since" followed by an article open a clause only when a verb
     * follows: "will appear before a judge in Corvale on Monday" has none up to the next punctuation,
     * so "before" is a preposition there, and the time still dates "appear" in the same clause.
     */
    private static boolean prepositionTaggedConjunction(String[] words, IntFunction<String> tags, int i) {
        if (!tags.apply(i).equals("SCONJ") || !Set.of("before", "after", "until", "since").contains(words[i].toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int j = i + 1; j < words.length && !tags.apply(j).equals("PUNCT"); j++) {
            if (tags.apply(j).startsWith("VERB") || tags.apply(j).startsWith("AUX")) {
                return false;
            }
        }
        return i + 1 < words.length && tags.apply(i + 1).equals("DET");
    }

    /**
     * Words joined by hyphens ("anti-doping", "out-of-competition") are no punctuation, whatever the
     * tagger says: such a compound before a noun describes it, so it is an adjective, and the noun
     * phrase it stands in ("the federation's anti-doping tribunal") is not cut in two.
     */
    private static boolean hyphenatedWordTaggedPunctuation(String word, String tag) {
        return tag.equals("PUNCT") && HYPHENATED.matcher(word).matches();
    }

    /**
     * A noun's form differs from its lemma only in the plural; a form without the plural "-s" that
     * the lemmatizer reads as the same inflected word both as a noun and as a verb ("met" → "meet"
     * in "the two leaders last met in March") is a verb the tagger missed. Irregular plurals
     * ("men", "people") are not verb forms ({@link NounSlips#irregularPlural}).
     */
    private boolean verbTaggedNoun(String word, String tag, String lemma) {
        String lower = word.toLowerCase(Locale.ROOT);
        return tag.equals("NOUN") && !lemma.equals(lower) && !lower.endsWith("s") && lemma.equals(lemma(word, "VERB"));
    }

    /** The lemma of the word read as a verb ("landing" → "land"), lower case. */
    public String verbLemma(String word) {
        return lemma(word, "VERB");
    }

    /** The lemma of the word read as a noun ("reports" → "report", "inquiries" → "inquiry"), lower case. */
    public String nounLemma(String word) {
        return lemma(word, "NOUN");
    }

    private String lemma(String word, String tag) {
        Map<String, String> lemmas = tag.equals("VERB") ? verbLemmas : tag.equals("NOUN") ? nounLemmas
                : tag.equals("AUX") ? auxLemmas : null;
        String key = word.toLowerCase(Locale.ROOT);
        if (lemmas == null) {
            return key;
        }
        String cached = lemmas.get(key);
        if (cached != null) {
            return cached;
        }
        String lemma = lemmatizers.get().lemmatize(new String[] {word}, new String[] {tag})[0];
        lemma = lemma == null || lemma.isBlank() || lemma.equals("O") ? word : lemma;
        lemma = lemma.toLowerCase(Locale.ROOT);
        if (tag.equals("VERB")) {
            lemma = VerbLemmas.repair(word, lemma);
        }
        if (verbLemmas.size() + nounLemmas.size() + auxLemmas.size() < LEMMA_CACHE_LIMIT) {
            lemmas.put(key, lemma);
        }
        return lemma;
    }

    private static InputStream model(String name) {
        InputStream in = Nlp.class.getClassLoader().getResourceAsStream(PREFIX + name + SUFFIX);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + PREFIX + name + SUFFIX + " is not on the class path");
        }
        try (in) {
            return new java.io.ByteArrayInputStream(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
