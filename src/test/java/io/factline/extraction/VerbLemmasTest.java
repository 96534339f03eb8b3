package io.factline.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VerbLemmasTest {

    @Test
    void shouldRestoreTheSilentEOfAOneSyllableBase() {
        assertEquals("rule", VerbLemmas.repair("ruled", "rul"));
        assertEquals("vote", VerbLemmas.repair("Voted", "vot"));
        assertEquals("fine", VerbLemmas.repair("fined", "fin"));
    }

    @Test
    void shouldCutEdFromAFormKeptWholeWhoseStemEndsInTwoConsonants() {
        assertEquals("ground", VerbLemmas.repair("grounded", "grounded"));
        assertEquals("warn", VerbLemmas.repair("Warned", "warned"));
        assertEquals("proceed", VerbLemmas.repair("proceed", "proceed"));
        assertEquals("called", VerbLemmas.repair("called", "called"));
    }

    @Test
    void shouldDropASilentEAddedAfterAVowelPairAndD() {
        assertEquals("raid", VerbLemmas.repair("raided", "raide"));
        assertEquals("load", VerbLemmas.repair("loaded", "loade"));
        assertEquals("guide", VerbLemmas.repair("guided", "guide"));
        assertEquals("decide", VerbLemmas.repair("decided", "decide"));
    }

    @Test
    void shouldTurnAnUnchangedIedFormIntoItsYBase() {
        assertEquals("certify", VerbLemmas.repair("certified", "certified"));
        assertEquals("notify", VerbLemmas.repair("notified", "notified"));
    }

    @Test
    void shouldLeaveLongerWordsAndRightLemmasAlone() {
        assertEquals("visit", VerbLemmas.repair("visited", "visit"));
        assertEquals("open", VerbLemmas.repair("opened", "open"));
        assertEquals("show", VerbLemmas.repair("showed", "show"));
        assertEquals("stop", VerbLemmas.repair("stopped", "stop"));
        assertEquals("jail", VerbLemmas.repair("jailed", "jail"));
        assertEquals("meet", VerbLemmas.repair("met", "meet"));
        assertEquals("mislead", VerbLemmas.repair("misled", "mislead"));
        assertEquals("deny", VerbLemmas.repair("denied", "deny"));
    }

    @Test
    void shouldTakeOnlyTheDOffAnEeVerbKeptWhole() {
        assertEquals("free", VerbLemmas.repair("freed", "freed"));
        assertEquals("decree", VerbLemmas.repair("Decreed", "decreed"));
        assertEquals("agree", VerbLemmas.repair("Agreed", "agreed"));
        assertEquals("speed", VerbLemmas.repair("speed", "speed"));
        assertEquals("succeed", VerbLemmas.repair("succeed", "succeed"));
        assertEquals("need", VerbLemmas.repair("need", "need"));
        assertEquals("feed", VerbLemmas.repair("feed", "feed"));
    }

    @Test
    void shouldTakeTheFormWithoutEdForAGarbledLemma() {
        assertEquals("unveil", VerbLemmas.repair("unveiled", "unveid"));
    }

    @Test
    void shouldUndoubleTheLOfBritishPastForms() {
        assertEquals("expel", VerbLemmas.repair("expelled", "expell"));
        assertEquals("signal", VerbLemmas.repair("signalled", "signall"));
        assertEquals("patrol", VerbLemmas.repair("patrolled", "patrolle"));
        assertEquals("expel", VerbLemmas.repair("expelling", "expel"));
        assertEquals("quell", VerbLemmas.repair("quelled", "quell"));
        assertEquals("call", VerbLemmas.repair("called", "call"));
        assertEquals("err", VerbLemmas.repair("erred", "er"));
    }

    @Test
    void shouldGiveAnOedFormKeptWholeItsBaseEndingInO() {
        assertEquals("veto", VerbLemmas.repair("vetoed", "vetoed"));
        assertEquals("echo", VerbLemmas.repair("Echoed", "echoed"));
        assertEquals("need", VerbLemmas.repair("needed", "need"));
    }

    @Test
    void shouldRestoreTheSilentEAfterASingleGThatFollowsAVowelROrL() {
        assertEquals("allege", VerbLemmas.repair("alleged", "alleged"));
        assertEquals("urge", VerbLemmas.repair("urged", "urg"));
        assertEquals("bulge", VerbLemmas.repair("bulged", "bulged"));
        assertEquals("tag", VerbLemmas.repair("tagged", "tag"));
        assertEquals("hang", VerbLemmas.repair("hanged", "hang"));
    }

    @Test
    void shouldUndoubleTheFinalConsonantOfALongerFormKeptWhole() {
        assertEquals("acquit", VerbLemmas.repair("acquitted", "acquitted"));
        assertEquals("commit", VerbLemmas.repair("committed", "committ"));
        assertEquals("add", VerbLemmas.repair("added", "add"));
        assertEquals("pass", VerbLemmas.repair("passed", "pass"));
    }

    @Test
    void shouldKeepTheDoubleLOfAOneSyllableVerb() {
        assertEquals("shell", VerbLemmas.repair("shelled", "shel"));
        assertEquals("cancel", VerbLemmas.repair("cancelled", "cancel"));
    }

    @Test
    void shouldRestoreTheSilentEOfAOneSyllableFormKeptWhole() {
        assertEquals("cave", VerbLemmas.repair("caved", "caved"));
        assertEquals("called", VerbLemmas.repair("called", "called"));
        assertEquals("warn", VerbLemmas.repair("warned", "warned"));
    }

    @Test
    void shouldRestoreTheEOfASumeVerbCutBeforeEd() {
        assertEquals("resume", VerbLemmas.repair("resumed", "resum"));
        assertEquals("consume", VerbLemmas.repair("consumed", "consumed"));
        assertEquals("sum", VerbLemmas.repair("summed", "sum"));
    }

    @Test
    void shouldLookUpIrregularPastFormsTheLemmatizerKeepsWhole() {
        assertEquals("lend", VerbLemmas.repair("lent", "lent"));
        assertEquals("freeze", VerbLemmas.repair("froze", "froze"));
    }

    @Test
    void shouldRepairAPastInDedKeptWholeAsABaseInDe() {
        assertEquals("collide", VerbLemmas.repair("collided", "collided"));
        assertEquals("explode", VerbLemmas.repair("exploded", "explod"));
        assertEquals("raid", VerbLemmas.repair("raided", "raid"));
        assertEquals("nod", VerbLemmas.repair("nodded", "nod"));
    }
}
