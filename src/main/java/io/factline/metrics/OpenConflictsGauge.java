package io.factline.metrics;

import io.agroal.api.AgroalDataSource;
import io.factline.common.FactlineConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/**
 * {@code factline.conflicts.open}: the number of OPEN conflicts, counted in the database so that
 * every instance on one database reports the same, correct value whoever opened or resolved them.
 * The count is kept for {@code factline.metrics.open-conflicts-ttl} so that frequent scrapes by
 * several Prometheus servers cost one indexed query per interval ({@code ix_conflict_status}).
 * When the database cannot be reached the gauge reports NaN, which Prometheus shows as a gap.
 */
@Startup
@ApplicationScoped
public class OpenConflictsGauge {

    private static final Logger LOG = Logger.getLogger(OpenConflictsGauge.class);
    static final String COUNT_OPEN = "select count(*) from conflict where status = 'OPEN'";

    private final AgroalDataSource dataSource;
    private final long ttlNanos;
    private long readAt;
    private double value = Double.NaN;

    OpenConflictsGauge(AgroalDataSource dataSource, MeterRegistry registry, FactlineConfig config) {
        this.dataSource = dataSource;
        this.ttlNanos = config.metrics().openConflictsTtl().toNanos();
        Gauge.builder("factline.conflicts.open", this, OpenConflictsGauge::value)
                .description("Conflicts waiting for an editor, across all instances (read from the database)")
                .strongReference(true)
                .register(registry);
    }

    synchronized double value() {
        long now = System.nanoTime();
        if (Double.isNaN(value) || now - readAt >= ttlNanos) {
            value = count();
            readAt = now;
        }
        return value;
    }

    private double count() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(COUNT_OPEN);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            LOG.warnf("Cannot count open conflicts for factline.conflicts.open: %s", e.getMessage());
            return Double.NaN;
        }
    }
}
