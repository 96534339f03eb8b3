package io.factline.live;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Chooses the {@link ChangeBus}: LISTEN/NOTIFY on PostgreSQL, in-process otherwise. */
@ApplicationScoped
class ChangeBusProducer {

    private static final Logger LOG = Logger.getLogger(ChangeBusProducer.class);

    @Produces
    @ApplicationScoped
    ChangeBus bus(LiveConfig config, @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind,
            Instance<AgroalDataSource> dataSource) {
        String choice = config.bus().strip().toLowerCase(Locale.ROOT);
        boolean postgres = switch (choice) {
            case "postgres" -> true;
            case "local" -> false;
            default -> dbKind.toLowerCase(Locale.ROOT).startsWith("postgres") && PgNotifications.driverPresent();
        };
        if (postgres) {
            LOG.info("Live updates travel between instances by PostgreSQL LISTEN/NOTIFY");
            AgroalDataSource pool = dataSource.get();
            return new PostgresChangeBus(pool::getConnection);
        }
        return new LocalChangeBus();
    }
}
