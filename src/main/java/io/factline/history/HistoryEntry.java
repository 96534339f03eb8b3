package io.factline.history;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One version of an audited record.
 *
 * @param change ADD, MOD or DEL
 * @param who the token name that made the change, "local" for a loopback write without a token,
 *     "system" for work done outside a request
 * @param state the record's fields as they were after this change (empty after a delete)
 * @param changed the fields that differ from the previous version
 */
public record HistoryEntry(long revision, Instant at, String who, String change, Map<String, Object> state,
        List<String> changed) {
}
