package io.factline.export;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code factline.export.*}: limits of the timeline exports. */
@ConfigMapping(prefix = "factline.export")
public interface ExportConfig {

    /** Most events one export may hold; a query matching more answers 413. */
    @WithDefault("5000")
    int maxEvents();

    /** Events read per query while an export gathers its events; at most factline.paging.max-limit. */
    @WithDefault("500")
    int pageSize();
}
