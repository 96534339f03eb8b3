package io.factline.live;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads LISTEN notifications from a PostgreSQL JDBC connection ({@code PGConnection.getNotifications}).
 *
 * <p>By reflection, because the default build has no PostgreSQL driver (H2 only; the
 * {@code postgres} Maven profile adds it) and must compile and run without it.
 */
final class PgNotifications {

    private static final String PG_CONNECTION = "org.postgresql.PGConnection";
    private static final String PG_NOTIFICATION = "org.postgresql.PGNotification";

    private final Object connection;
    private final Method getNotifications;
    private final Method getParameter;

    private PgNotifications(Object connection, Method getNotifications, Method getParameter) {
        this.connection = connection;
        this.getNotifications = getNotifications;
        this.getParameter = getParameter;
    }

    static boolean driverPresent() {
        try {
            Class.forName(PG_CONNECTION, false, PgNotifications.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** @throws SQLException when the connection is not a PostgreSQL one */
    static PgNotifications of(Connection connection) throws SQLException {
        try {
            ClassLoader loader = PgNotifications.class.getClassLoader();
            Class<?> pgConnection = Class.forName(PG_CONNECTION, true, loader);
            Class<?> pgNotification = Class.forName(PG_NOTIFICATION, true, loader);
            return new PgNotifications(connection.unwrap(pgConnection),
                    pgConnection.getMethod("getNotifications", int.class), pgNotification.getMethod("getParameter"));
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            throw new SQLException("The PostgreSQL JDBC driver is not available", e);
        }
    }

    /** The payloads that arrived, waiting up to {@code timeoutMillis} for the first one. */
    List<String> await(int timeoutMillis) throws SQLException {
        try {
            Object notifications = getNotifications.invoke(connection, timeoutMillis);
            List<String> payloads = new ArrayList<>();
            if (notifications != null) {
                for (int i = 0; i < Array.getLength(notifications); i++) {
                    payloads.add((String) getParameter.invoke(Array.get(notifications, i)));
                }
            }
            return payloads;
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new SQLException("Reading notifications failed", e.getCause());
        } catch (IllegalAccessException e) {
            throw new SQLException("Reading notifications failed", e);
        }
    }
}
