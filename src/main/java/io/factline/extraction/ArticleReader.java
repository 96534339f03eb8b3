package io.factline.extraction;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * Splits an article into its content sentences: line by line (a news text's lines are its
 * paragraphs; OpenNLP's detector does not split at line breaks), boilerplate lines dropped,
 * then sentence by sentence within a line. Offsets are kept so a claim can point at its quote.
 * A "sentence" longer than {@link #MAX_SENTENCE_LENGTH} characters (a run of text without
 * punctuation, a pasted list) is cut at spaces into pieces of at most that length: the analysis of
 * one sentence grows faster than its length (every date against every token), so an unbounded
 * sentence would make one request take minutes, and a claim quotes a whole sentence.
 */
public final class ArticleReader {

    /** Longest sentence analysed as one; real news sentences stay well below it. */
    static final int MAX_SENTENCE_LENGTH = 1000;

    private final Nlp nlp;

    public ArticleReader(Nlp nlp) {
        this.nlp = nlp;
    }

    public List<Sentence> read(String text) {
        String plain = straighten(text);
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart <= plain.length()) {
            int lineEnd = plain.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = plain.length();
            }
            String line = plain.substring(lineStart, lineEnd);
            if (!line.isBlank() && !Boilerplate.isBoilerplate(line)) {
                paragraph++;
                boolean open = false;
                for (Span span : ClockAbbreviation.join(line, AbbreviatedMonth.join(line, nlp.sentences(line)))) {
                    for (int[] piece : pieces(line, span.getStart(), span.getEnd())) {
                        String sentence = line.substring(piece[0], piece[1]);
                        sentences.add(new Sentence(sentence, lineStart + piece[0], paragraph,
                                open && !sentence.startsWith("\"")));
                        open = quoteOpenAfter(sentence, open);
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    /**
     * The sentence {@code [begin, end)} of {@code line} as pieces of at most {@link #MAX_SENTENCE_LENGTH}
     * characters, each cut after the last space that fits (mid-word only where a word is longer),
     * never between the two halves of a surrogate pair; spaces at a cut are left out.
     */
    static List<int[]> pieces(String line, int begin, int end) {
        List<int[]> pieces = new ArrayList<>();
        int start = begin;
        while (end - start > MAX_SENTENCE_LENGTH) {
            int limit = start + MAX_SENTENCE_LENGTH;
            int cut = line.lastIndexOf(' ', limit);
            if (cut <= start) {
                cut = Character.isLowSurrogate(line.charAt(limit)) ? limit - 1 : limit;
            }
            int pieceEnd = cut;
            while (pieceEnd > start && Character.isWhitespace(line.charAt(pieceEnd - 1))) {
                pieceEnd--;
            }
            if (pieceEnd > start) {
                pieces.add(new int[] {start, pieceEnd});
            }
            start = cut;
            while (start < end && Character.isWhitespace(line.charAt(start))) {
                start++;
            }
        }
        if (start < end) {
            pieces.add(new int[] {start, end});
        }
        return pieces;
    }

    /** Curly quotes and apostrophes become straight ones, one character for one, so offsets hold. */
    public static String straighten(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201C', '"').replace('\u201D', '"').replace('\u00A0', ' ');
    }

    private static boolean quoteOpenAfter(String sentence, boolean open) {
        boolean state = open;
        for (int i = 0; i < sentence.length(); i++) {
            if (sentence.charAt(i) == '"') {
                state = !state;
            }
        }
        return state;
    }
}
