package io.factline.extraction;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * Splits an article into its content sentences: line by line (a news text's lines are its
 * paragraphs; OpenNLP's detector does not split at line breaks), boilerplate lines dropped,
 * then sentence by sentence within a line. Offsets are kept so a claim can point at its quote.
 */
public final class ArticleReader {

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
                for (Span span : nlp.sentences(line)) {
                    String sentence = line.substring(span.getStart(), span.getEnd());
                    sentences.add(new Sentence(sentence, lineStart + span.getStart(), paragraph,
                            open && !sentence.startsWith("\"")));
                    open = quoteOpenAfter(sentence, open);
                }
            }
            lineStart = lineEnd + 1;
        }
        return sentences;
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
