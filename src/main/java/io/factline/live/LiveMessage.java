package io.factline.live;

import java.util.Set;

/**
 * One message of the live stream, rendered once for all clients.
 *
 * @param name  the SSE event name: {@code event-changed} or {@code conflict-changed}
 * @param data  the JSON body
 * @param names the normalized names and aliases of the entities involved, for the entity filter
 */
record LiveMessage(String name, long id, String data, Set<String> names) {

    /** Whether a client that filters by {@code entity} (normalized; null for none) should get it. */
    boolean matches(String entity) {
        return entity == null || names.contains(entity);
    }
}
