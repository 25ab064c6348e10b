package vn.thidua.ballot.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * What the database's own logs and copies record, read from the server through the
 * portal's datasource: the binary log ({@code @@log_bin}), the general query log
 * ({@code @@general_log}) and Galera replication ({@code @@wsrep_on}, absent on a plain
 * MariaDB: off). With electronic ballots encrypted (issue 11) none of them can betray a
 * choice: they record who voted and ciphertexts only. Read at start-up (logged at INFO by
 * the platform) and at each electronic opening (shown to the keeper).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseLogging {

    private static final Logger LOG = Logger.getLogger(DatabaseLogging.class.getName());

    @Resource(lookup = "java:jboss/datasources/ThiduaDS")
    private DataSource dataSource;

    /** The settings read; {@code readable} is false when the server would not say. */
    public record Settings(boolean binaryLog, boolean generalLog, boolean galera, boolean readable)
            implements Serializable {

        public boolean isBinaryLog() {
            return binaryLog;
        }

        public boolean isGeneralLog() {
            return generalLog;
        }

        public boolean isGalera() {
            return galera;
        }

        public boolean isReadable() {
            return readable;
        }

        /** One line for the server log. */
        public String describe() {
            return readable ? "binary log " + onOff(binaryLog) + ", general log " + onOff(generalLog)
                    + ", Galera replication " + onOff(galera)
                    + " (electronic ballots write participation and ciphertexts only)"
                    : "database logging settings not readable";
        }

        private static String onOff(boolean on) {
            return on ? "ON" : "OFF";
        }
    }

    /** The database's current logging and replication settings. */
    public Settings settings() {
        boolean binaryLog = false;
        boolean generalLog = false;
        boolean galera = false;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW GLOBAL VARIABLES WHERE Variable_name IN"
                     + " ('log_bin', 'general_log', 'wsrep_on')")) {
            while (rs.next()) {
                boolean on = isOn(rs.getString(2));
                switch (rs.getString(1).toLowerCase(Locale.ROOT)) {
                    case "log_bin" -> binaryLog = on;
                    case "general_log" -> generalLog = on;
                    case "wsrep_on" -> galera = on;
                    default -> { }
                }
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Cannot read the database's logging settings", e);
            return new Settings(false, false, false, false);
        }
        return new Settings(binaryLog, generalLog, galera, true);
    }

    private static boolean isOn(String value) {
        return value != null && ("ON".equalsIgnoreCase(value.trim()) || "1".equals(value.trim()));
    }
}
