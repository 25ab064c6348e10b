package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.thidua.it.DatabaseLogs.Source;
import vn.thidua.unit.service.UnitForm;
import vn.thidua.unit.service.UnitService;

/**
 * The test database's binary log, general log and dump, read by {@link DatabaseLogs}, do
 * show what the portal wrote: a unit with a Vietnamese name created through the unit
 * service as a Board specialist is found in all three (the decoded row with its column
 * names, the statement, the dumped row), bytes below 0x20 and above 0x7F of a binary column
 * are found too, and values never written are found nowhere. So a test that finds a secret
 * in none of them (issue 11: ballot secrecy) is not looking in the wrong place. The same
 * reading is checked inside WildFly and from the client side; the second test reads what
 * the first wrote (the database is fresh for every test run, so these values are unique).
 * Inside WildFly the reading starts at a mark taken just before the writes (what the
 * secrecy tests do, so a capture stays small late in a long run); a capture since a mark
 * taken after them finds them in the dump only. The client side reads the whole run.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseLogsIT {

    static final String CODE = "DBLOGS-IT";
    static final String NAME = "Sở Tư pháp tỉnh Đắk Lắk – đơn vị ghi nhật ký “kiểm tra”";
    static final String PROBE_FILE = "dblogs-probe.bin";
    /**
     * Every kind of byte the decoders treat apart: controls, quote, backslash (followed by
     * letters that look like escapes), 0x7F, high bytes (0x85 is a line terminator to Java's
     * regular expressions once read as ISO-8859-1), invalid UTF-8.
     */
    static final byte[] PROBE = {0x44, 0x42, 0x4c, 0x00, 0x01, 0x0a, 0x0d, 0x1a, 0x1f, 0x20, 0x27, 0x22, 0x5c, 0x6e,
        0x5c, 0x5c, 0x7f, (byte) 0x80, (byte) 0x85, (byte) 0xc3, 0x28, (byte) 0xe1, (byte) 0xbb, (byte) 0x99, (byte) 0xfe,
        (byte) 0xff, 0x51, 0x2d, 0x7e};
    static final String NEVER_WRITTEN = "Hội Nông dân xã Ea Kly – chưa từng ghi vào cơ sở dữ liệu";
    static final byte[] NEVER_WRITTEN_BYTES = {0x51, 0x2d, 0x7e, (byte) 0xff, (byte) 0xfe, 0x00, 0x27, 0x5c, 0x7f,
        (byte) 0x80, 0x1a, 0x44, 0x42, 0x4c, 0x0a, 0x09};

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(DatabaseLogsIT.class, DatabaseLogs.class);
    }

    @Inject
    private AsBoardSpecialist asBoard;

    @Inject
    private UnitService units;

    @Resource(lookup = "java:jboss/datasources/ThiduaDS")
    private DataSource dataSource;

    @Test
    @Order(1)
    void whatThePortalWritesIsInTheBinaryLogTheGeneralLogAndTheDump() throws Exception {
        DatabaseLogs.Mark beforeWrites = DatabaseLogs.mark();
        asBoard.call(() -> units.createUnit(unitForm()));
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO stored_file (file_name, content_type, size_bytes, "
                     + "sha256, content, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, PROBE_FILE);
            s.setString(2, "application/octet-stream");
            s.setLong(3, PROBE.length);
            s.setString(4, "0".repeat(64));
            s.setBytes(5, PROBE);
            s.setString(6, AsBoardSpecialist.PRINCIPAL);
            s.setTimestamp(7, Timestamp.valueOf(LocalDateTime.now()));
            s.executeUpdate();
        }
        // inside WildFly: it.db.dir and it.db.port come from arquillian.xml
        assertSeesWhatWasWritten(DatabaseLogs.captureSince(beforeWrites));

        // a capture since a later mark holds none of it in the logs; the dump still does
        DatabaseLogs later = DatabaseLogs.captureSince(DatabaseLogs.mark());
        assertEquals(EnumSet.of(Source.DUMP), later.whereIs(NAME), later.summary());
        assertEquals(EnumSet.of(Source.DUMP), later.whereAre(PROBE), later.summary());
        assertTrue(later.rowsInserted("thidua.unit").stream().noneMatch(row -> CODE.equals(row.get("code"))), later.summary());
    }

    @Test
    @Order(2)
    @RunAsClient
    void theClientSideReadsTheSame() throws Exception {
        assertSeesWhatWasWritten(DatabaseLogs.capture());
    }

    private static void assertSeesWhatWasWritten(DatabaseLogs logs) {
        String summary = logs.summary();
        assertFalse(logs.binlogFiles().isEmpty(), summary);

        // the Vietnamese name, as text, in every source (the decoded binary log reads as UTF-8)
        assertEquals(EnumSet.allOf(Source.class), logs.whereIs(NAME), summary);
        assertTrue(logs.binlog().contains(NAME), summary);
        assertTrue(logs.generalLog().contains(NAME), summary);
        assertTrue(logs.dump().contains(NAME), summary);

        // the row event, with the table map's column names
        List<Map<String, String>> inserted = logs.rowsInserted("thidua.unit").stream()
                .filter(row -> CODE.equals(row.get("code"))).toList();
        assertEquals(1, inserted.size(), () -> "unit rows inserted with code " + CODE + ": " + inserted + "; " + summary);
        assertEquals(NAME, inserted.get(0).get("name"));
        assertEquals("2020-01-01", inserted.get(0).get("valid_from"));
        assertEquals(null, inserted.get(0).get("valid_to"));
        assertNotNull(inserted.get(0).get("id"));
        assertEquals(inserted, logs.rowsInserted("unit").stream().filter(row -> CODE.equals(row.get("code"))).toList());

        // a binary column: raw in the files, escaped in the decoded log and the general log, hex in the dump
        assertEquals(EnumSet.allOf(Source.class), logs.whereAre(PROBE), summary);
        assertTrue(logs.dump().contains(HexFormat.of().withUpperCase().formatHex(PROBE)), summary);
        DatabaseLogs.RowEvent probe = logs.rowEvents("thidua.stored_file").stream()
                .filter(e -> e.kind() == DatabaseLogs.Kind.INSERT && PROBE_FILE.equals(e.after().get("file_name")))
                .findFirst().orElseThrow(() -> new AssertionError("no stored_file insert of the probe; " + summary));
        assertArrayEquals(PROBE, probe.after().bytes("content"), "decoded binlog value of a LONGBLOB");
        assertEquals(Long.toString(PROBE.length), probe.after().get("size_bytes"));

        // what was never written is nowhere: the search is not vacuous
        assertEquals(EnumSet.noneOf(Source.class), logs.whereIs(NEVER_WRITTEN), summary);
        assertFalse(logs.contains(NEVER_WRITTEN));
        assertEquals(EnumSet.noneOf(Source.class), logs.whereAre(NEVER_WRITTEN_BYTES), summary);
        assertFalse(logs.containsBytes(NEVER_WRITTEN_BYTES));
        assertFalse(logs.contains(NAME.toUpperCase() + "!"));
    }

    private UnitForm unitForm() {
        UnitForm form = new UnitForm();
        form.setProvinceId(units.provinces().stream().filter(p -> p.getCode().equals("DNO")).findFirst().orElseThrow().getId());
        form.setCode(CODE);
        form.setName(NAME);
        form.setShortName(CODE);
        form.setValidFrom(LocalDate.of(2020, 1, 1));
        return form;
    }
}
