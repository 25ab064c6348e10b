package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.thidua.audit.service.AuditChain;
import vn.thidua.audit.service.AuditService;
import vn.thidua.tools.AuditVerify;

/**
 * The audit trail's hash chain against the real MariaDB: concurrent writers append one
 * after the other (the head's row lock) and the chain stays intact; a row edited behind the
 * portal's back (the append-only trigger lifted by the migration account, as only a
 * database administrator could) is named by the Board's page and by the command's verifier.
 */
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {

    private static final Logger LOG = Logger.getLogger(AuditChainIT.class.getName());
    private static final String URL = System.getProperty("it.db.url");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(AuditChainIT.class, AuditAppender.class, AuditVerify.class);
    }

    @Inject
    private AuditService audit;

    @Inject
    private AuditAppender appender;

    @Inject
    private AsBoardSpecialist asBoard;

    @Test
    void concurrentWritersChainOneAfterAnotherAndTheChainStaysIntact() throws Exception {
        AuditChain.Result before = asBoard.call(audit::verifyChain);
        assertTrue(before.intact(), "the demo data's trail: " + before);

        int sequential = 200;
        long start = System.nanoTime();
        for (int i = 0; i < sequential; i++) {
            appender.append("solo", i);
        }
        double soloRate = sequential / ((System.nanoTime() - start) / 1e9);

        int writers = 8;
        int each = 50;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            String writer = "w" + w;
            done.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < each; i++) {
                    appender.append(writer, i);
                }
                return null;
            }));
        }
        start = System.nanoTime();
        go.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        double concurrentRate = writers * each / ((System.nanoTime() - start) / 1e9);
        pool.shutdown();

        AuditChain.Result after = asBoard.call(audit::verifyChain);
        assertTrue(after.intact(), "after concurrent appends: " + after);
        assertTrue(after.lastId() >= before.lastId() + sequential + writers * each, after + " vs " + before);
        assertEquals(after.lastId(), after.checked(), "ids run 1..n without gaps");
        String figures = String.format("Audit append (chain head locked): %.0f/s from 1 writer, %.0f/s from %d concurrent"
                + " writers (each append its own transaction and commit)", soloRate, concurrentRate, writers);
        LOG.info(figures);
    }

    @Test
    @RunAsClient
    void anEditedRowIsNamedByTheBoardPageAndByTheCommand() throws Exception {
        String runtimeUser = System.getProperty("it.db.user");
        String runtimePassword = System.getProperty("it.db.password");
        assertTrue(AuditVerify.verify(URL, runtimeUser, runtimePassword).intact(), "intact before the edit");

        long id;
        String original;
        try (Connection admin = migrationAccount(); Statement s = admin.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, details FROM audit_entry ORDER BY id LIMIT 1 OFFSET 2")) {
            assertTrue(rs.next(), "the demo data wrote audit entries");
            id = rs.getLong(1);
            original = rs.getString(2);
        }
        behindThePortalsBack(id, "Sửa lén ngoài hệ thống");
        try {
            AuditChain.Result command = AuditVerify.verify(URL, runtimeUser, runtimePassword);
            assertEquals(id, command.firstBrokenId(), command.toString());
            assertEquals(AuditChain.Break.CONTENT_CHANGED, command.reason());

            PortalClient.Answer page = PortalClient.loggedIn(Person.BOARD_SPECIALIST).get("/board/audit/verify.xhtml");
            assertEquals(200, page.status());
            assertTrue(page.body().contains("<strong id=\"brokenEntry\">" + id + "</strong>"), page.body());
            assertTrue(page.body().contains("Nội dung của mục này đã bị sửa sau khi ghi"), "the reason in Vietnamese");
        } finally {
            behindThePortalsBack(id, original);
        }
        assertTrue(AuditVerify.verify(URL, runtimeUser, runtimePassword).intact(), "intact once the row is put back");
        PortalClient.Answer page = PortalClient.loggedIn(Person.BOARD_LEADER).get("/board/audit/verify.xhtml");
        assertTrue(page.body().contains("Nhật ký toàn vẹn"), page.body());
        assertTrue(page.body().contains("id=\"lastHash\""), "the head hash to keep outside the database");
    }

    /** What only a database administrator can do: lift the append-only trigger, edit the row, put the trigger back. */
    private static void behindThePortalsBack(long id, String details) throws SQLException {
        try (Connection admin = migrationAccount(); Statement s = admin.createStatement()) {
            s.execute("DROP TRIGGER audit_entry_no_update");
            try (PreparedStatement edit = admin.prepareStatement("UPDATE audit_entry SET details = ? WHERE id = ?")) {
                edit.setString(1, details);
                edit.setLong(2, id);
                assertEquals(1, edit.executeUpdate());
            } finally {
                s.execute("CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW"
                        + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only'");
            }
        }
    }

    private static Connection migrationAccount() throws SQLException {
        return DriverManager.getConnection(URL, System.getProperty("it.db.migration-user"),
                System.getProperty("it.db.migration-password"));
    }
}
