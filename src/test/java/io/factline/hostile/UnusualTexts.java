package io.factline.hostile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Article texts made of unusual material, each named for what makes it unusual. Built from a seeded
 * {@link Random}, so that a failing text is the same on every run.
 */
final class UnusualTexts {

    private static final String PLAIN = "The harbour board met the ferry crews on Monday, a spokeswoman said.";

    private UnusualTexts() {
    }

    static Map<String, String> all(long seed) {
        Random random = new Random(seed);
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("only punctuation", "?!... ;; -- (( )) \"\" '' ,,, !!! :: // \\\\ ## %% && **");
        texts.put("empty lines around one sentence", "\n\n \n\t\n" + PLAIN + "\n\n\n  \n");
        texts.put("one 50,000-character sentence without a full stop",
                sentenceOf(50_000, "the ferry crews and the harbour board talked about the timetable on Monday and "));
        texts.put("three thousand identical sentences", "The harbour board met again. ".repeat(3_000));
        texts.put("three hundred identical dated sentences", "The harbour board met on Monday. ".repeat(300));
        texts.put("right-to-left scripts", "הנמל נסגר ביום שני. أغلق الميناء يوم الاثنين. \u202EThe port closed on Monday."
                + "\u202C " + PLAIN);
        texts.put("emoji, joined emoji and surrogate pairs", "The \uD83D\uDEA2 ferry sailed on Monday \uD83D\uDC69\u200D"
                + "\uD83D\uDC69\u200D\uD83D\uDC67 with \uD835\uDD09\uD835\uDD22\uD835\uDD2F\uD835\uDD2F\uD835\uDD36 aboard "
                + "\uD83C\uDDF3\uD83C\uDDF4. " + "\uD83D\uDE00".repeat(300) + " " + PLAIN);
        texts.put("combining marks", "Zoe\u0308 Garci\u0301a met Jose\u0301 Nun\u0303ez on Tuesday. "
                + "H\u0336\u0335\u0334a\u0337\u0338r\u0321\u0322b\u0327\u0328o\u031B\u0340u\u0341r closed on Friday.");
        texts.put("zero-width characters", "Ferry\u200Dman Ola\u200C Berg met the\u200B board on\u2060 Monday\uFEFF. "
                + PLAIN);
        texts.put("control characters", "The board\u0007 met\u001B[2J the crews\u0008 on Monday.\u007F\u0085 Then\u000B on"
                + "\u000C Tuesday\u0001 they voted.");
        texts.put("byte order marks", "\uFEFF" + PLAIN + "\uFEFF The vote\uFEFF was on Tuesday.");
        texts.put("CRLF and lone CR", PLAIN + "\r\nThe vote was on Tuesday.\rThe result came on Wednesday.\r\r\r\n\r");
        texts.put("unbalanced and nested quotes and brackets", "\"The board said \"\"it will close ((on Monday\" "
                + "[[{ before Tuesday }} ' \u201Cnested \u2018quotes\u201D on Friday\u2019 ) ) ] \" ' \u201C");
        texts.put("deep brackets", "(".repeat(2_000) + PLAIN + ")".repeat(1_999));
        texts.put("number soup", "The counts were 1/2/3/4 and 12:61 on 31.02.2026, in the 10000s, in year 0, at -5 BC, "
                + "99999999999999999999 times on 0/0/0000 and 2026-13-45 at 25:99.");
        texts.put("dates at the edges", "The board met on Feb 29, 2025. The lease runs to 9999-12-31. It began on "
                + "0000-01-01 and on 31 December 9999. The ferry sailed on 29 February 2100 and on 32 January.");
        texts.put("sentences that are nearly right", "The board met on Thursday Thursday. It happened last last month. "
                + "The vote will be between Monday and. The crews met on the the 5th. They sailed next next week.");
        texts.put("very long names and URLs", "Jean-".repeat(400) + "Pierre Van " + "der ".repeat(300)
                + "Berg met the board on Monday. See https://harbour.example/" + "a/".repeat(2_500) + " on Tuesday.");
        texts.put("twenty thousand empty lines", PLAIN + "\n".repeat(20_000) + "The vote was on Tuesday.");
        texts.put("digits only", "7".repeat(50_000));
        texts.put("one weekday eight thousand times", "Monday ".repeat(8_000));
        texts.put("random characters", randomCharacters(random, 20_000));
        texts.put("shuffled sentence", shuffled(random, PLAIN + " The crews walked out on Tuesday, "
                + "the union said, and the ferry did not sail until Thursday."));
        return texts;
    }

    private static String sentenceOf(int length, String clause) {
        StringBuilder text = new StringBuilder(length + clause.length());
        while (text.length() < length) {
            text.append(clause);
        }
        return text.substring(0, length);
    }

    private static String randomCharacters(Random random, int length) {
        String pool = "aZ09 .,;:!?\"'()[]{}-\u2014\u2013\u2026\n\r\t\u200D\u202E\u00E9\u0301\uFEFFMonday ";
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(pool.charAt(random.nextInt(pool.length())));
        }
        return text.toString();
    }

    private static String shuffled(Random random, String sentence) {
        java.util.List<String> words = new java.util.ArrayList<>(java.util.List.of(sentence.split(" ")));
        java.util.Collections.shuffle(words, random);
        return String.join(" ", words);
    }
}
