package io.factline.extraction;

/**
 * One token of a sentence: its text, character offsets in the sentence (end exclusive), its
 * Universal Dependencies part of speech and its lemma (lower case).
 */
public record Token(String text, int begin, int end, String pos, String lemma) {

    public boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }

    /** Whether the word is not its own lemma: a plural noun ("strikes"), an inflected verb ("walked"). */
    public boolean inflected() {
        return !text.equalsIgnoreCase(lemma);
    }

    public boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    public boolean verb() {
        return pos.equals("VERB");
    }

    public boolean noun() {
        return pos.equals("NOUN");
    }

    public boolean proper() {
        return pos.equals("PROPN");
    }

    public boolean punctuation() {
        return pos.equals("PUNCT") || pos.equals("SYM") && !Character.isLetterOrDigit(text.charAt(0));
    }
}
