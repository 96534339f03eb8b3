package io.factline.live;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code factline.live.*}: the live update stream. */
@ConfigMapping(prefix = "factline.live")
public interface LiveConfig {

    /**
     * How changes reach the stream: {@code local} (this instance only), {@code postgres}
     * (LISTEN/NOTIFY across instances) or {@code auto} (postgres when the datasource is
     * PostgreSQL and its driver is present, else local).
     */
    @WithDefault("auto")
    String bus();

    /** Interval of the keep-alive comment on idle streams; it also notices clients that left. */
    @WithDefault("25S")
    Duration heartbeat();
}
