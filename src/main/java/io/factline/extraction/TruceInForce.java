package io.factline.extraction;

import java.util.List;
import java.util.Set;

/**
 * A truce taking effect is one happening however it is worded: "the ceasefire will take effect at 6
 * a.m. on Thursday", "a ceasefire between X and Y came into force on Thursday", "the truce that took
 * effect on Thursday". Told any way, its action is "effect", its object the truce's noun and its kind
 * {@link #KIND}, so the reports meet. It is kept apart from {@link MeasureInForce} (a measure one side
 * puts on another), which the same countries' sanctions or tariffs of the same week would otherwise
 * meet as one happening with two dates.
 */
final class TruceInForce {

    static final String KIND = "ceasefire";
    static final String ACTION = "effect";

    private static final Set<String> TRUCES = Set.of("ceasefire", "cease-fire", "truce", "armistice");

    private TruceInForce() {
    }

    /** The truce's noun when the verb at {@code anchor} tells it taking effect; null otherwise. */
    static String takingEffect(List<Token> tokens, int anchor) {
        return MeasureInForce.takingEffect(tokens, anchor, TRUCES);
    }
}
