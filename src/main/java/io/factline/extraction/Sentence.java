package io.factline.extraction;

/**
 * One sentence of an article: its text (as in the article, except that curly quotes are
 * straightened, character for character), where it begins in the article, its paragraph, and
 * whether it lies inside a quotation that runs on from an earlier sentence.
 */
public record Sentence(String text, int begin, int paragraph, boolean inQuote) {

    public int end() {
        return begin + text.length();
    }
}
