package io.factline.extraction;

/**
 * A denial that names both ends of a handing-over restates it: "Renwick did not receive any money
 * from Marchetti" denies the payment prosecutors say Marchetti made to Renwick two years before, as
 * surely as a denial of a one-off act of its own kind does ({@link EventMatcher#RESTATED_DENIAL_REACH_DAYS}).
 * It must tell the act or its other end ({@link EventKinds#sameOrConverseAction}), an object of the
 * same kind ("money" / "80,000 pounds") and at least two of the handing-over's participants; a vague
 * "has not received any money" still reaches back only {@link EventMatcher#DENIAL_LOOKBACK_DAYS} days.
 */
final class RestatedHandover {

    private RestatedHandover() {
    }

    static boolean restates(EventMatcher.Features denial, EventMatcher.Features asserted) {
        if (!EventKinds.TRANSFER.equals(asserted.kind())
                || !EventKinds.sameOrConverseAction(denial.action(), asserted.action())
                || !EventKinds.sameTheme(denial.theme(), asserted.theme())) {
            return false;
        }
        return denial.participantIds().stream().filter(asserted.participantIds()::contains).count() >= 2;
    }
}
