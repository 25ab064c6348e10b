package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.sql.DataSource;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14, items 5 and 8, against the real server and database: the national export of the
 * award registry through the JSON API (Board staff only, paged in a stable order) and as .xlsx
 * made in the background, both read back and compared field by field with the registry's rows;
 * and the dossier generated in the background, its progress seen while it runs and the whole
 * dossier arriving as a .zip. The awards and proposals are this test's own, in 2042 and 2043.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NationalExportIT {

    private static final int AWARD_YEAR = 2042;
    private static final int DOSSIER_YEAR = 2043;
    private static final String DECISION = "15/QĐ-UBND-" + AWARD_YEAR;
    private static final String SIGNER = "Hồ Văn Mười";
    private static final LocalDate DECIDED_ON = LocalDate.of(AWARD_YEAR + 1, 1, 15);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(NationalExportIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/ThiduaDS")
    private DataSource dataSource;

    @Inject
    private TestData testData;

    @Inject
    private AsYouthUnion asLeader;

    @Inject
    private PaperCount paperCount;

    /** In the server: a confirmed ballot's draft proposal in each year; in 2042 the Chair's decision with three awards. */
    @Test
    @Order(1)
    void fixture() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            if (count(c, "SELECT COUNT(*) FROM award_decision WHERE number = '" + DECISION + "'") > 0) {
                return; // made by an earlier run against the same database
            }
            Long awarded = draftProposal(AWARD_YEAR);
            draftProposal(DOSSIER_YEAR);
            long bloc = testData.bloc03With(AWARD_YEAR);
            long decision;
            try (PreparedStatement d = c.prepareStatement("INSERT INTO award_decision (province_id, number, decided_on, signer)"
                    + " SELECT COALESCE(bp.successor_id, bp.id), ?, ?, ? FROM proposal p JOIN bloc b ON b.id = p.bloc_id"
                    + " JOIN province bp ON bp.id = b.province_id WHERE p.id = ?",
                    Statement.RETURN_GENERATED_KEYS)) {
                d.setString(1, DECISION);
                d.setObject(2, DECIDED_ON);
                d.setString(3, SIGNER);
                d.setLong(4, awarded);
                d.executeUpdate();
                try (ResultSet keys = d.getGeneratedKeys()) {
                    keys.next();
                    decision = keys.getLong(1);
                }
            }
            try (PreparedStatement dp = c.prepareStatement("INSERT INTO award_decision_proposal (decision_id, proposal_id)"
                    + " VALUES (?, ?)")) {
                dp.setLong(1, decision);
                dp.setLong(2, awarded);
                dp.executeUpdate();
            }
            Map<String, String> awards = Map.of("HLHPN", "PROVINCIAL_FLAG", "TDOAN", "CERTIFICATE_OF_MERIT",
                    "HND", "CERTIFICATE_OF_MERIT");
            for (Map.Entry<String, String> a : awards.entrySet()) {
                AwardRows.award(c, decision, testData.unit(a.getKey()).getId(), bloc, AWARD_YEAR, a.getValue());
            }
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void theBoardReadsTheExportInStablePagesThatMatchTheRegistryAndOthersAre403() throws Exception {
        String province = province();
        List<List<String>> registry = registryRows(province);
        assertEquals(3, registry.size(), "the three awards of the fixture: " + registry);

        PortalClient board = PortalClient.loggedIn(Person.BOARD_LEADER);
        String base = "/api/registry/national-export?province=" + province + "&year=" + AWARD_YEAR + "&size=2";
        JsonObject first = board.get(base + "&page=1").json().asJsonObject();
        JsonObject second = board.get(base + "&page=2").json().asJsonObject();
        assertEquals(3, first.getInt("total"), first.toString());
        assertEquals(2, first.getInt("totalPages"));
        assertEquals(2, first.getJsonArray("rows").size());
        assertEquals(1, second.getJsonArray("rows").size());
        List<List<String>> exported = new ArrayList<>();
        for (JsonObject page : List.of(first, second)) {
            for (JsonValue v : page.getJsonArray("rows")) {
                JsonObject a = v.asJsonObject();
                exported.add(List.of(a.getString("decisionNumber"), a.getString("decisionDate"), a.getString("signer"),
                        a.getString("awardKind"), a.getString("recipientUnitCode"), a.getString("recipientUnitName"),
                        a.getString("blocCode"), a.getString("blocName"), String.valueOf(a.getInt("year"))));
                assertTrue(a.getString("authority").startsWith("Chủ tịch Ủy ban nhân dân tỉnh "), a.toString());
                assertTrue(a.getString("legalBasis").contains("06/2022/QH15") && a.getString("legalBasis").contains("152/2025/NĐ-CP"),
                        "the law and the decree in force on the decision's date: " + a);
                assertTrue(a.getString("awardKindName").startsWith("PROVINCIAL_FLAG".equals(a.getString("awardKind"))
                        ? "Cờ thi đua" : "Bằng khen"), a.toString());
            }
        }
        assertEquals(registry, exported, "JSON pages = the registry's rows, in the documented order");
        assertEquals(first.getJsonArray("rows"), board.get(base + "&page=1").json().asJsonObject().getJsonArray("rows"),
                "the same page twice is the same");

        PortalClient.Answer tooLarge = board.get(base.replace("size=2", "size=501"));
        assertEquals(400, tooLarge.status());
        assertTrue(tooLarge.json().asJsonObject().getString("error").contains("500"), tooLarge.body());

        for (Person other : List.of(Person.WOMEN_UNION, Person.FINANCE)) {
            PortalClient member = PortalClient.loggedIn(other);
            PortalClient.Answer refused = member.get(base);
            assertEquals(403, refused.status(), other + ": " + refused.body());
            assertEquals("Bạn không có quyền thực hiện thao tác này.", refused.json().asJsonObject().getString("error"));
            assertEquals(403, member.post("/api/registry/national-export/jobs?province=" + province + "&year=" + AWARD_YEAR,
                    "{}").status());
        }
        assertEquals(401, PortalClient.anonymous().get(base).status());
    }

    @Test
    @Order(3)
    @RunAsClient
    void theXlsxIsMadeInTheBackgroundAndReadsBackAsTheRegistryRows() throws Exception {
        String province = province();
        List<List<String>> registry = registryRows(province);
        PortalClient board = PortalClient.loggedIn(Person.BOARD_SPECIALIST);
        PortalClient.Answer started = board.post("/api/registry/national-export/jobs?province=" + province + "&year=" + AWARD_YEAR, "{}");
        assertEquals(202, started.status(), started.body());
        String job = started.json().asJsonObject().getString("id");
        List<JsonObject> seen = NationalExportHttp.follow(board, job);
        JsonObject done = seen.get(seen.size() - 1);
        assertEquals("DONE", done.getString("status"), done.toString());
        assertEquals(100, done.getInt("percent"));

        // the job is its starter's: the Board leader does not find it
        assertEquals(404, PortalClient.loggedIn(Person.BOARD_LEADER).get("/api/jobs?id=" + job).status());

        HttpResponse<byte[]> file = NationalExportHttp.download(board, done.getString("file"));
        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").contains(".xlsx"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            assertEquals("Khen thưởng", book.getSheetName(0), "sheet names with diacritics");
            assertEquals("Quyết định", book.getSheetName(1));
            Sheet awards = book.getSheetAt(0);
            assertEquals("Số quyết định", awards.getRow(0).getCell(0).getStringCellValue());
            DataFormatter shown = new DataFormatter();
            List<List<String>> read = new ArrayList<>();
            for (int r = 1; r <= awards.getLastRowNum(); r++) {
                Row row = awards.getRow(r);
                assertEquals(DECIDED_ON.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                        shown.formatCellValue(row.getCell(1)), "dates as dd/MM/yyyy");
                read.add(List.of(row.getCell(0).getStringCellValue(),
                        row.getCell(1).getLocalDateTimeCellValue().toLocalDate().toString(), row.getCell(3).getStringCellValue(),
                        row.getCell(4).getStringCellValue(), row.getCell(5).getStringCellValue(),
                        row.getCell(6).getStringCellValue(), row.getCell(8).getStringCellValue(),
                        String.valueOf((int) row.getCell(9).getNumericCellValue())));
            }
            List<List<String>> expected = registry.stream().map(r -> List.of(r.get(0), r.get(1), r.get(2),
                    "PROVINCIAL_FLAG".equals(r.get(3)) ? "Cờ thi đua của UBND tỉnh" : "Bằng khen của Chủ tịch UBND tỉnh",
                    r.get(4), r.get(5), r.get(7), r.get(8))).toList();
            assertEquals(expected, read, "the .xlsx = the registry's rows, in the same order as the JSON");
            Sheet decisions = book.getSheetAt(1);
            assertEquals(DECISION, decisions.getRow(1).getCell(0).getStringCellValue());
            assertEquals(3, (int) decisions.getRow(1).getCell(4).getNumericCellValue());
        }
    }

    @Test
    @Order(4)
    @RunAsClient
    void theDossierIsGeneratedInTheBackgroundWithItsProgressAndArrivesAsAZip() throws Exception {
        long proposal;
        try (Connection c = database(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT MAX(p.id) FROM proposal p JOIN bloc b ON b.id = p.bloc_id WHERE b.code = 'KTD03' AND p.year = "
                        + DOSSIER_YEAR + " AND p.status = 'DRAFT'")) {
            rs.next();
            proposal = rs.getLong(1);
        }
        assertTrue(proposal > 0, "the fixture's draft proposal of " + DOSSIER_YEAR);
        // not the leader unit: refused at once, in Vietnamese
        PortalClient.Answer refused = PortalClient.loggedIn(Person.WOMEN_UNION).post("/api/proposals/" + proposal + "/dossier-jobs", "{}");
        assertEquals(403, refused.status(), refused.body());

        PortalClient leader = PortalClient.loggedIn(Person.YOUTH_UNION);
        PortalClient.Answer started = leader.post("/api/proposals/" + proposal + "/dossier-jobs", "{}");
        assertEquals(202, started.status(), started.body());
        List<JsonObject> seen = NationalExportHttp.follow(leader, started.json().asJsonObject().getString("id"));
        assertTrue(seen.stream().anyMatch(j -> j.getString("status").equals("RUNNING") && j.getInt("percent") < 100),
                "progress shown while it runs: " + seen);
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i).getInt("percent") >= seen.get(i - 1).getInt("percent"), "progress never goes back: " + seen);
        }
        JsonObject done = seen.get(seen.size() - 1);
        assertEquals("DONE", done.getString("status"), done.toString());

        HttpResponse<byte[]> zip = NationalExportHttp.download(leader, done.getString("file"));
        assertEquals(200, zip.statusCode());
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                assertTrue(in.readAllBytes().length > 0, e.getName());
            }
        }
        assertEquals(4, names.size(), "proposal letter, both minutes, score table: " + names);
        assertTrue(names.stream().filter(n -> n.endsWith(".pdf")).count() == 3 && names.stream().anyMatch(n -> n.endsWith(".xlsx")),
                names.toString());
        // the dossier is now on the proposal
        try (Connection c = database(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT COUNT(*) FROM dossier_document WHERE proposal_id = " + proposal)) {
            rs.next();
            assertEquals(4, rs.getInt(1));
        }
    }

    // ---- helpers ----

    /**
     * The province of the fixture's bloc in its award year: the demo data's Bloc No. 03 was founded
     * in Đắk Nông, whose records continue in Lâm Đồng from 1 July 2025, so in 2042 it is Lâm Đồng's
     * (the successor, where the founding province has one: every year here is after the succession).
     */
    private static String province() throws Exception {
        try (Connection c = database(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT DISTINCT p.code FROM award a JOIN award_decision d ON d.id = a.decision_id JOIN bloc b ON b.id = a.bloc_id"
                        + " JOIN province bp ON bp.id = b.province_id JOIN province p ON p.id = COALESCE(bp.successor_id, bp.id)"
                        + " WHERE d.number = '" + DECISION + "'")) {
            assertTrue(rs.next(), "the fixture's decision");
            return rs.getString(1);
        }
    }

    /** The registry's rows of the province's year, read from the tables, in the documented order. */
    private static List<List<String>> registryRows(String province) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = database(); PreparedStatement s = c.prepareStatement(
                "SELECT d.number, d.decided_on, d.signer, a.kind, u.code, u.name, b.code, b.name, a.year FROM award a"
                        + " JOIN award_decision d ON d.id = a.decision_id JOIN unit u ON u.id = a.unit_id"
                        + " JOIN bloc b ON b.id = a.bloc_id JOIN province bp ON bp.id = b.province_id"
                        + " JOIN province p ON p.id = COALESCE(bp.successor_id, bp.id)"
                        + " WHERE p.code = ? AND a.year = ? ORDER BY d.decided_on, d.number, u.code, a.kind, a.id")) {
            s.setString(1, province);
            s.setInt(2, AWARD_YEAR);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(List.of(rs.getString(1), rs.getObject(2, LocalDate.class).toString(), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            String.valueOf(rs.getInt(9))));
                }
            }
        }
        return rows;
    }

    private static Connection database() throws Exception {
        return DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
    }

    private static long count(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A confirmed commendation ballot of Bloc No. 03 in {@code year} and the draft proposal it made. */
    private Long draftProposal(int year) throws Exception {
        Long bloc = testData.bloc03With(year);
        Long flag = testData.unit("HLHPN").getId();
        Long certificate = testData.unit("TDOAN").getId();
        List<Long> present = TestData.memberCodes().stream().map(c -> testData.unit(c).getId()).toList();
        return asLeader.call(() -> paperCount.unanimousCommendation(bloc, year, flag, certificate, present));
    }
}
