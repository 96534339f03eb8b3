package io.factline.temporal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * OpenNLP's learnt tokenizer, remembered per whitespace-separated chunk of text. {@link TokenizerME} first splits at
 * white space and then decides each split inside a chunk from that chunk's characters alone (its context generator
 * and abbreviation check see nothing else), so the splits of a chunk seen before are reused as they are. News repeats
 * its punctuated chunks ("said,", "Jan.", "2026.", "minister's") constantly, and every such chunk costs TokenizerME one
 * model evaluation per character. The output is exactly TokenizerME's. Thread-safe; one instance serves every thread.
 */
public final class CachedTokenizer {

    private static final int LIMIT = 200_000;

    private final ThreadLocal<TokenizerME> tokenizer;
    private final Map<String, Span[]> chunks = new ConcurrentHashMap<>();

    public CachedTokenizer(TokenizerModel model) {
        tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(model));
    }

    /** The token spans of {@code text}, as {@link TokenizerME#tokenizePos(String)} gives them. */
    public Span[] tokenizePos(String text) {
        Span[] pieces = WhitespaceTokenizer.INSTANCE.tokenizePos(text);
        List<Span> tokens = new ArrayList<>(pieces.length + pieces.length / 4 + 2);
        for (Span piece : pieces) {
            if (piece.length() < 2) {
                tokens.add(piece);
                continue;
            }
            Span[] split = split(text.substring(piece.getStart(), piece.getEnd()));
            for (Span token : split) {
                tokens.add(new Span(token, piece.getStart()));
            }
        }
        return tokens.toArray(new Span[0]);
    }

    /** The tokens of one chunk without white space, relative to its start. */
    private Span[] split(String chunk) {
        Span[] split = chunks.get(chunk);
        if (split == null) {
            split = tokenizer.get().tokenizePos(chunk);
            if (chunks.size() < LIMIT) {
                chunks.put(chunk, split);
            }
        }
        return split;
    }
}
