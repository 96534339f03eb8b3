package io.factline.conflict;

import io.factline.claim.Stance;
import io.factline.date.EdtfDate;

/** What the conflict rules need to know of a claim. {@code date} is null when the claim gives none. */
public record ClaimFacts(long id, String outlet, String attributedTo, Stance stance, EdtfDate date) {

    /** "Interfax" or "Interfax (Dmitry Peskov)". */
    String source() {
        return attributedTo == null || attributedTo.isBlank() ? outlet : outlet + " (" + attributedTo + ")";
    }
}
