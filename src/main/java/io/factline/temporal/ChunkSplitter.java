package io.factline.temporal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.ml.ArrayMath;
import opennlp.tools.tokenize.DefaultTokenContextGenerator;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import opennlp.tools.util.StringUtil;

/**
 * {@link TokenizerME}'s decisions inside one chunk of text without white space, with the features of
 * {@link DefaultTokenContextGenerator} looked up in the model's {@link IndexedGisModel predicate table} as they are
 * worked out instead of being built as strings first.
 * <p>
 * Why: the English model does not skip alphanumeric chunks, so TokenizerME evaluates the model between every two
 * characters of a chunk of new text, about 15 features each ("p=" and "s=" + the whole prefix and suffix of the
 * chunk, the characters on either side with their classes, the pairs around the gap), each a new string to hash:
 * the feature strings were a third of the tokenizer's time on text never seen (the {@link CachedTokenizer} remembers
 * chunks seen before). A character's own features (with its class) and the pairs of ASCII characters are looked up
 * once, when the model is loaded (~50,000 look-ups); the prefix and suffix of each position are hashed in place.
 * The features come in the generator's order and are evaluated with {@code GISModel}'s
 * arithmetic, so the decisions are TokenizerME's ({@code OpenNlpEquivalenceTest}). Thread-safe.
 */
final class ChunkSplitter {

    private static final String[] KEYS = {"p1", "p2", "f1", "f2"};
    private static final String[] CHARACTER_HEADS = {"p1=", "p2=", "f1=", "f2="};
    private static final int P1 = 0;
    private static final int P2 = 1;
    private static final int F1 = 2;
    private static final int F2 = 3;
    private static final String[] PAIR_HEADS = {"p21=", "p1f1=", "f12="};
    private static final int P21 = 0;
    private static final int P1F1 = 1;
    private static final int F12 = 2;
    private static final String[] CLASSES = {"_alpha", "_caps", "_num", "_ws", "_eos", "_quote", "_lp", "_rp"};
    private static final int ALPHA = 0;
    private static final int CAPS = 1;
    private static final int NUM = 2;
    private static final int WS = 3;
    private static final int EOS = 4;
    private static final int QUOTE = 5;
    private static final int LP = 6;
    private static final int RP = 7;

    private final IndexedGisModel model;
    private final int split;
    private final Pattern alphanumeric;
    private final boolean skipAlphanumeric;
    private final Dictionary abbreviations;
    private final Set<String> inducedAbbreviations;
    /** The rows of the constant features: [key][class], then "p1=bok", "p2=bok", "f2=bok", "cc", "pabb". */
    private final int[][] classRows = new int[KEYS.length][CLASSES.length];
    private final int p1Bok;
    private final int p2Bok;
    private final int f2Bok;
    private final int characterCode;
    private final int abbreviation;
    /** For each key and each character below 256, the rows of {@link #character}'s features, worked out once. */
    private final int[][][] characterRows = new int[KEYS.length][256][];
    /** For "p21=", "p1f1=" and "f12=" and each pair of ASCII characters, the row of the feature (or -1). */
    private final int[][] pairRows = new int[PAIR_HEADS.length][128 * 128];

    ChunkSplitter(TokenizerModel tokens) {
        if (!(tokens.getMaxentModel() instanceof IndexedGisModel indexed)) {
            throw new IllegalArgumentException("the token model is not over a predicate table");
        }
        TokenizerFactory factory = tokens.getFactory();
        if (factory.getContextGenerator().getClass() != DefaultTokenContextGenerator.class) {
            throw new IllegalArgumentException("not the default token context generator");
        }
        this.model = indexed;
        this.split = indexed.getIndex(TokenizerME.SPLIT);
        this.alphanumeric = factory.getAlphaNumericPattern();
        this.skipAlphanumeric = factory.isUseAlphaNumericOptimization();
        this.abbreviations = tokens.getAbbreviations();
        this.inducedAbbreviations = abbreviations == null ? Collections.emptySet() : abbreviations.asStringSet();
        for (int k = 0; k < KEYS.length; k++) {
            for (int c = 0; c < CLASSES.length; c++) {
                classRows[k][c] = indexed.number(KEYS[k] + CLASSES[c]);
            }
        }
        p1Bok = indexed.number("p1=bok");
        p2Bok = indexed.number("p2=bok");
        f2Bok = indexed.number("f2=bok");
        characterCode = indexed.number("cc");
        abbreviation = indexed.number("pabb");
        int[] rows = new int[4];
        for (int k = 0; k < KEYS.length; k++) {
            for (char c = 0; c < 256; c++) {
                characterRows[k][c] = Arrays.copyOf(rows, characterFeatures(rows, 0, k, String.valueOf(c), 0));
            }
        }
        for (int h = 0; h < PAIR_HEADS.length; h++) {
            for (char first = 0; first < 128; first++) {
                for (char second = 0; second < 128; second++) {
                    pairRows[h][first * 128 + second] = indexed.number(PAIR_HEADS[h] + first + second);
                }
            }
        }
    }

    /** The tokens of {@code chunk} (no white space, at least two characters), relative to its start. */
    Span[] split(String chunk) {
        int end = chunk.length();
        if (skipAlphanumeric && alphanumeric.matcher(chunk).matches()) {
            return new Span[] {new Span(0, end)};
        }
        List<Span> tokens = new ArrayList<>(4);
        int[] features = new int[24];
        double[] probabilities = new double[model.getNumOutcomes()];
        int start = 0;
        for (int j = 1; j < end; j++) {
            int count = features(chunk, j, features);
            model.evalNumbers(Arrays.copyOf(features, count), probabilities);
            if (ArrayMath.argmax(probabilities) != split) {
                continue;
            }
            if (acceptableAbbreviation(chunk)) {
                tokens.add(new Span(start, end));
                j += (int) chunk.codePoints().filter(ch -> ch == '.').count();
                start = j + 1;
            } else {
                tokens.add(new Span(start, j));
                start = j;
            }
        }
        if (start < end) {
            tokens.add(new Span(start, end));
        }
        return tokens.toArray(new Span[0]);
    }

    /** The rows of {@code DefaultTokenContextGenerator.getContext(chunk, index)}'s known features, in its order. */
    private int features(String chunk, int index, int[] rows) {
        int count = 0;
        count = add(rows, count, model.number("p=", chunk, 0, index));
        count = add(rows, count, model.number("s=", chunk, index, chunk.length()));
        if (index > 0) {
            count = character(rows, count, P1, chunk, index - 1);
            if (index > 1) {
                count = character(rows, count, P2, chunk, index - 2);
                count = add(rows, count, pair(P21, chunk, index - 2));
            } else {
                count = add(rows, count, p2Bok);
            }
            count = add(rows, count, pair(P1F1, chunk, index - 1));
        } else {
            count = add(rows, count, p1Bok);
        }
        count = character(rows, count, F1, chunk, index);
        if (index + 1 < chunk.length()) {
            count = character(rows, count, F2, chunk, index + 1);
            count = add(rows, count, pair(F12, chunk, index));
        } else {
            count = add(rows, count, f2Bok);
        }
        if (chunk.charAt(0) == '&' && chunk.charAt(chunk.length() - 1) == ';') {
            count = add(rows, count, characterCode);
        }
        if (index == chunk.length() - 1 && inducedAbbreviations.contains(chunk)) {
            count = add(rows, count, abbreviation);
        }
        return count;
    }

    /** The row of the two characters from {@code at} after the pair's head. */
    private int pair(int head, String chunk, int at) {
        char first = chunk.charAt(at);
        char second = chunk.charAt(at + 1);
        if (first < 128 && second < 128) {
            return pairRows[head][first * 128 + second];
        }
        return model.number(PAIR_HEADS[head], chunk, at, at + 2);
    }

    private int character(int[] rows, int count, int key, String chunk, int at) {
        char c = chunk.charAt(at);
        if (c < 256) {
            int[] known = characterRows[key][c];
            System.arraycopy(known, 0, rows, count, known.length);
            return count + known.length;
        }
        return characterFeatures(rows, count, key, chunk, at);
    }

    /** {@code DefaultTokenContextGenerator.addCharPreds}: the character itself, then its class. */
    private int characterFeatures(int[] rows, int count, int key, String chunk, int at) {
        char c = chunk.charAt(at);
        int added = add(rows, count, model.number(CHARACTER_HEADS[key], chunk, at, at + 1));
        int[] classes = classRows[key];
        if (Character.isLetter(c)) {
            added = add(rows, added, classes[ALPHA]);
            if (Character.isUpperCase(c)) {
                added = add(rows, added, classes[CAPS]);
            }
        } else if (Character.isDigit(c)) {
            added = add(rows, added, classes[NUM]);
        } else if (StringUtil.isWhitespace(c)) {
            added = add(rows, added, classes[WS]);
        } else if (c == '.' || c == '?' || c == '!') {
            added = add(rows, added, classes[EOS]);
        } else if (c == '`' || c == '"' || c == '\'') {
            added = add(rows, added, classes[QUOTE]);
        } else if (c == '[' || c == '{' || c == '(') {
            added = add(rows, added, classes[LP]);
        } else if (c == ']' || c == '}' || c == ')') {
            added = add(rows, added, classes[RP]);
        }
        return added;
    }

    private static int add(int[] rows, int count, int row) {
        if (row < 0) {
            return count;
        }
        rows[count] = row;
        return count + 1;
    }

    private boolean acceptableAbbreviation(String chunk) {
        return abbreviations != null && abbreviations.contains(new StringList(chunk));
    }
}
