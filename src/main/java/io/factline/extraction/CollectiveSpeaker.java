package io.factline.extraction;

import java.util.List;

/**
 * A body named by its common noun as the whole subject of a reporting verb: "The union denied that …",
 * "The council said …", "Prosecutors rejected …". Outlets often name the body once and then speak of it
 * by its noun; its denial is a denial made by someone, like one by a name ({@link UndatedStatement}).
 */
final class CollectiveSpeaker {

    private CollectiveSpeaker() {
    }

    /**
     * Whether the words before the attribution's verb are only a body ({@link CollectiveBody}), with at most
     * "the" before it ("The union denied", not "Members of the union denied" or "the union's lawyer said"). A
     * singular body needs its "the": a headline drops it ("Regulator says no filing has arrived") and its body
     * text names who said so, which is the claim's source.
     */
    static boolean is(List<Token> tokens, Attribution attribution) {
        int verb = attribution.verbIndex();
        if (verb < 1 || verb > tokens.size()) {
            return false;
        }
        boolean the = tokens.get(0).is("the");
        int from = the ? 1 : 0;
        CollectiveBody.Found body = from < verb ? CollectiveBody.at(tokens, from) : null;
        return body != null && body.last() == verb - 1 && (the || tokens.get(body.last()).inflected());
    }
}
