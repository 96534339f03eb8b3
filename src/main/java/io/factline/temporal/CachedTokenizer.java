package io.factline.temporal;

import java.util.ArrayList;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * OpenNLP's learnt tokenizer, remembered per whitespace-separated chunk of text. {@link TokenizerME} first splits at
 * white space and then decides each split inside a chunk from that chunk's characters alone (its context generator
 * and abbreviation check see nothing else), so the splits of a chunk seen before are reused as they are. News repeats
 * its chunks ("said,", "Jan.", "2026.", "minister's") constantly, and every chunk of two characters or more costs
 * TokenizerME one model evaluation per character (the English model does not skip alphanumeric ones); a chunk not remembered is split by {@link ChunkSplitter}, TokenizerME's decisions
 * without its feature strings. The output is exactly TokenizerME's. Thread-safe; one instance serves every thread.
 * At most {@value #LIMIT} chunks are remembered (a few MB of heap), the frequent ones kept longest.
 */
public final class CachedTokenizer {

    static final int LIMIT = 50_000;

    private final ChunkSplitter splitter;
    /** Eviction work runs on the calling thread: handing it to a pool woke a pool thread for nearly every new chunk. */
    private final Cache<String, Span[]> chunks = Caffeine.newBuilder().maximumSize(LIMIT).executor(Runnable::run).build();

    public CachedTokenizer(TokenizerModel model) {
        splitter = new ChunkSplitter(model);
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
        return chunks.get(chunk, splitter::split);
    }

    /** Forgets every chunk: what a benchmark of text never seen before starts from. */
    void forget() {
        chunks.invalidateAll();
    }
}
