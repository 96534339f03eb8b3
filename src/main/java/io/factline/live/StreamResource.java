package io.factline.live;

import io.factline.entity.Names;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/stream")
@Tag(name = "Live updates", description = "Server-Sent Events for new and changed events and conflicts")
public class StreamResource {

    private final LiveFeed feed;
    private final LiveConfig config;

    StreamResource(LiveFeed feed, LiveConfig config) {
        this.feed = feed;
        this.config = config;
    }

    /**
     * Opens with a {@code : connected} comment once the client is subscribed, then sends
     * {@code event-changed} and {@code conflict-changed} events as changes commit, and a
     * {@code : keep-alive} comment when idle. Nothing is replayed: a client that reconnects
     * should re-read what it shows.
     */
    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live updates: event-changed and conflict-changed as Server-Sent Events")
    public Multi<OutboundSseEvent> stream(
            @Parameter(description = "Only changes involving this entity (any of its aliases)")
            @QueryParam("entity") @Size(max = 300) String entity,
            @Context Sse sse) {
        String key = entity == null || entity.isBlank() ? null : Names.normalize(entity);
        return Multi.createFrom().emitter(emitter -> {
            Cancellable messages = feed.messages().filter(m -> m.matches(key)).subscribe().with(
                    m -> emitter.emit(sse.newEventBuilder().name(m.name())
                            .mediaType(MediaType.APPLICATION_JSON_TYPE).data(String.class, m.data()).build()),
                    emitter::fail);
            Cancellable heartbeat = Multi.createFrom().ticks().every(config.heartbeat()).subscribe()
                    .with(tick -> emitter.emit(sse.newEventBuilder().comment("keep-alive").build()));
            emitter.onTermination(() -> {
                messages.cancel();
                heartbeat.cancel();
            });
            emitter.emit(sse.newEventBuilder().comment("connected").build());
        });
    }
}
