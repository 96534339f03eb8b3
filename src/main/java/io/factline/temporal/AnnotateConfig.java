package io.factline.temporal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of {@code POST /api/annotate}. */
@ConfigMapping(prefix = "factline.annotate")
public interface AnnotateConfig {

    /** Longest text accepted, in characters (UTF-16 units); longer texts get 413. */
    @WithDefault("100000")
    int maxTextLength();
}
