package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {

    private static final int MAX = ArticleReader.MAX_SENTENCE_LENGTH;

    @Test
    void shouldKeepSentenceUpToLimitWhole() {
        String line = "x".repeat(MAX);
        List<int[]> pieces = ArticleReader.pieces(line, 0, line.length());
        assertEquals(1, pieces.size());
        assertEquals(0, pieces.get(0)[0]);
        assertEquals(MAX, pieces.get(0)[1]);
    }

    @Test
    void shouldCutLongSentenceAtSpacesWithinLimit() {
        String line = "the ferry left the quay at dawn ".repeat(200).trim();
        List<int[]> pieces = ArticleReader.pieces(line, 0, line.length());
        assertTrue(pieces.size() > 1);
        for (int[] piece : pieces) {
            String text = line.substring(piece[0], piece[1]);
            assertTrue(text.length() <= MAX, "piece of " + text.length());
            assertFalse(text.startsWith(" ") || text.endsWith(" "), text);
        }
        assertEquals(line.replace(" ", ""), pieces.stream()
                .map(p -> line.substring(p[0], p[1]).replace(" ", "")).reduce("", String::concat));
    }

    @Test
    void shouldCutWordLongerThanLimitWithoutSplittingSurrogatePair() {
        String line = "a" + "\uD83D\uDE00".repeat(MAX);
        List<int[]> pieces = ArticleReader.pieces(line, 0, line.length());
        int covered = 0;
        for (int[] piece : pieces) {
            assertTrue(piece[1] - piece[0] <= MAX);
            assertFalse(Character.isLowSurrogate(line.charAt(piece[0])), "piece starts inside a pair");
            assertEquals(covered, piece[0]);
            covered = piece[1];
        }
        assertEquals(line.length(), covered);
    }

    @Test
    void shouldKeepOffsetsOfSentenceInsideLine() {
        String line = "Short one. " + "word ".repeat(300) + "end";
        int begin = "Short one. ".length();
        List<int[]> pieces = ArticleReader.pieces(line, begin, line.length());
        assertEquals(begin, pieces.get(0)[0]);
        assertEquals(line.length(), pieces.get(pieces.size() - 1)[1]);
        assertEquals("end", line.substring(pieces.get(pieces.size() - 1)[1] - 3, line.length()));
    }
}
