package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.thidua.ballot.entity.BallotKind;
import vn.thidua.ballot.entity.BallotStatus;
import vn.thidua.ballot.entity.Seat;
import vn.thidua.ballot.entity.VotingMode;
import vn.thidua.ballot.service.BallotQueryService;
import vn.thidua.ballot.service.BallotSetupService;
import vn.thidua.ballot.service.BallotView;
import vn.thidua.ballot.service.CommitteeService;
import vn.thidua.ballot.service.VotingService;
import vn.thidua.bloc.service.BlocYearForm;
import vn.thidua.bloc.service.BlocYearService;
import vn.thidua.meeting.entity.Meeting;
import vn.thidua.meeting.entity.MeetingKind;
import vn.thidua.meeting.service.MeetingForm;
import vn.thidua.meeting.service.MeetingService;
import vn.thidua.shared.BusinessException;
import vn.thidua.unit.entity.Province;
import vn.thidua.unit.entity.Unit;
import vn.thidua.unit.service.UnitForm;
import vn.thidua.unit.service.UnitService;

/**
 * Hostile input (issue 12, item 3): a corpus of hostile values (markup, scripts, very long
 * text, right-to-left override and zero-width characters, NUL, bytes that are not UTF-8,
 * SQL metacharacters, extreme numbers, impossible dates, duplicated parameters) sent
 * <ul>
 * <li>through every JSON API endpoint that takes input, logged in as the Farmers'
 * Association over HTTP: never a 5xx, a JSON {@code {"error": …}} for every 4xx, and
 * nothing stored (the ballot, unit, bloc and audit tables keep their row counts);</li>
 * <li>through the services behind three Faces forms (unit, bloc year, conference) with the
 * corpus in every text field: each call either stores the text exactly as given (read back
 * with plain JDBC, past the JPA cache) or is refused with a business or validation
 * exception whose message key exists, and a refused call stores nothing.</li>
 * </ul>
 * Each check collects what went wrong and the test fails with the whole list, so one run
 * shows every finding. Years 2083 to 2087 of Bloc No. 03, and provinces and units of their
 * own (codes with a per-run nonce). The bugs this class found are the two disabled tests.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

    private static final Logger LOG = Logger.getLogger(HostileInputIT.class.getName());

    /** The page texts' keys (web-war), packed into the tests' WAR: business refusals must name one of them. */
    private static final String PAGE_MESSAGES = "hostile-input/messages_vi.properties";

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "\"><img src=x onerror=alert(1)>";

    /** The hostile values, by name (text any form field or JSON string may receive). */
    static Map<String, String> corpus() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("script", SCRIPT);
        c.put("img onerror", IMG);
        c.put("Vietnamese, RTL override, zero-width, emoji", "Đoàn \u202Ethanh\u200B niên ệ 😀");
        c.put("NUL", "a\u0000b");
        c.put("SQL or", "' OR '1'='1");
        c.put("SQL drop", "\"; DROP TABLE unit; --");
        c.put("-1", "-1");
        c.put("long max", "9223372036854775807");
        c.put("1e309", "1e309");
        c.put("date 0000-00-00", "0000-00-00");
        c.put("date 9999-12-31", "9999-12-31");
        c.put("date 31/02/2024", "31/02/2024");
        c.put("10 kB", "x".repeat(10 * 1024));
        c.put("1 MB", "y".repeat(1024 * 1024));
        return c;
    }

    private static final List<String> API_TABLES = List.of("ballot_participation", "cast_ballot", "cast_ciphertext",
            "unit", "bloc", "audit_entry");

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.portalWithTests(HostileInputIT.class, MemberHttp.class);
        ear.getAsType(WebArchive.class, "tests.war").addAsResource(
                new File(System.getProperty("basedir", "."), "../web-war/src/main/resources/vn/thidua/web/i18n/messages_vi.properties"), PAGE_MESSAGES);
        return ear;
    }

    @Resource(lookup = "java:jboss/datasources/ThiduaDS")
    private DataSource dataSource;

    @Inject
    private TestData testData;

    @Inject
    private AsYouthUnion asLeader;

    @Inject
    private AsBoardSpecialist asBoard;

    @Inject
    private BallotSetupService setup;

    @Inject
    private CommitteeService committees;

    @Inject
    private BallotQueryService ballots;

    @Inject
    private VotingService voting;

    @Inject
    private MeetingService meetings;

    @Inject
    private UnitService units;

    @Inject
    private BlocYearService blocYears;

    // ---- (a) the JSON API ----

    @Test
    void theApiAnswersHostileInputWithoutServerErrorsInJsonAndStoresNothing() throws Exception {
        Long ballot = openBallot(2083);
        Long bloc = testData.bloc03With(2083);
        MemberHttp hnd = MemberHttp.login("hnd");
        String b = "/api/ballots/" + ballot;
        Map<String, Long> before = counts(API_TABLES);

        List<String> findings = new ArrayList<>();
        Map<String, Integer> statuses = new LinkedHashMap<>();
        Consumer<Probe> run = probe -> check(probe, findings, statuses);

        Map<String, String> corpus = corpus();
        String huge = corpus.remove("1 MB");
        for (Map.Entry<String, String> v : corpus.entrySet()) {
            String json = Json.createValue(v.getValue()).toString();
            run.accept(new Probe("votes: seat " + v.getKey(), false,
                    () -> hnd.post(b + "/votes", "{\"choices\":{" + json + ":[]}}", "en")));
            run.accept(new Probe("votes: unitId " + v.getKey(), false,
                    () -> hnd.post(b + "/votes", "{\"unitId\":" + json + ",\"choices\":{}}", "en")));
            run.accept(new Probe("votes: candidate " + v.getKey(), false,
                    () -> hnd.post(b + "/votes", "{\"choices\":{\"PROVINCIAL_FLAG\":[" + json + "]}}", "en")));
            run.accept(new Probe("encrypted-votes: text " + v.getKey(), false,
                    () -> hnd.post(b + "/encrypted-votes", v.getValue(), "en")));
            run.accept(new Probe("encrypted-votes: JSON string " + v.getKey(), false,
                    () -> hnd.post(b + "/encrypted-votes", json, "en")));
            run.accept(new Probe("receipts: " + v.getKey(), true,
                    () -> hnd.post(b + "/receipts", "{\"receipt\":" + json + "}", "en")));
        }
        // numbers out of range, as numbers
        for (String n : List.of("-1", "0", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1e309",
                "-1e309", "1.5", "NaN")) {
            run.accept(new Probe("votes: unitId number " + n, false,
                    () -> hnd.post(b + "/votes", "{\"unitId\":" + n + ",\"choices\":{}}", "en")));
            if (!n.equals("1.5")) { // taken as candidate 1: see aNonIntegralCandidateIdIsRefusedNotTruncated
                run.accept(new Probe("votes: candidate number " + n, false,
                        () -> hnd.post(b + "/votes", "{\"choices\":{\"PROVINCIAL_FLAG\":[" + n + "]}}", "en")));
            }
            run.accept(new Probe("receipts: number " + n, true,
                    () -> hnd.post(b + "/receipts", "{\"receipt\":" + n + "}", "en")));
        }
        // duplicated members: whichever the parser keeps, each is refused
        run.accept(new Probe("votes: choices twice", false,
                () -> hnd.post(b + "/votes", "{\"choices\":{\"PROVINCIAL_FLAG\":[-1]},\"choices\":{\"NO_SEAT\":[]}}", "en")));
        run.accept(new Probe("votes: seat twice", false,
                () -> hnd.post(b + "/votes", "{\"choices\":{\"PROVINCIAL_FLAG\":[-1],\"PROVINCIAL_FLAG\":[-2]}}", "en")));
        run.accept(new Probe("votes: unitId twice", false,
                () -> hnd.post(b + "/votes", "{\"unitId\":-1,\"unitId\":-2,\"choices\":{}}", "en")));
        run.accept(new Probe("receipts: receipt twice", true,
                () -> hnd.post(b + "/receipts", "{\"receipt\":\"a\",\"receipt\":\"b\"}", "en")));
        // bodies that are not UTF-8, not JSON, or too large
        byte[] notUtf8 = bytes("{\"choices\":{\"", new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF}, "\":[]}}");
        run.accept(new Probe("votes: bytes C3 28 FF", false, () -> hnd.postBytes(b + "/votes", notUtf8, "application/json")));
        run.accept(new Probe("encrypted-votes: bytes C3 28 FF", false,
                () -> hnd.postBytes(b + "/encrypted-votes", notUtf8, "application/json")));
        run.accept(new Probe("receipts: bytes C3 28 FF", false, () -> hnd.postBytes(b + "/receipts",
                bytes("{\"receipt\":\"", new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF}, "\"}"), "application/json")));
        run.accept(new Probe("votes: raw NUL in a string", false, () -> hnd.postBytes(b + "/votes",
                bytes("{\"choices\":{\"", new byte[] {0}, "\":[]}}"), "application/json")));
        run.accept(new Probe("votes: NUL after the JSON", false, () -> hnd.postBytes(b + "/votes",
                bytes("{\"choices\":{\"NO_SEAT\":[]}}", new byte[] {0}, ""), "application/json")));
        run.accept(new Probe("votes: script as text/html", false, () -> hnd.postBytes(b + "/votes",
                SCRIPT.getBytes(StandardCharsets.UTF_8), "text/html")));
        run.accept(new Probe("votes: 1 MB seat", false,
                () -> hnd.post(b + "/votes", "{\"choices\":{\"" + huge + "\":[]}}", "en")));
        run.accept(new Probe("encrypted-votes: 1 MB", false, () -> hnd.post(b + "/encrypted-votes", huge, "en")));
        run.accept(new Probe("receipts: 1 MB", false, () -> hnd.post(b + "/receipts", "{\"receipt\":\"" + huge + "\"}", "en")));

        // hostile ids in addresses (the 1 MB value stays out: no server takes a 1 MB address line)
        Map<String, String> ids = new LinkedHashMap<>();
        corpus.forEach((name, value) -> ids.put(name, encode(value)));
        ids.put("9223372036854775808", "9223372036854775808");
        ids.put("0", "0");
        ids.put("percent C3 28 FF", "%C3%28%FF");
        ids.put("percent 00", "%00");
        for (Map.Entry<String, String> id : ids.entrySet()) {
            for (String tail : List.of("/turnout", "/election", "/bulletin-board", "/record")) {
                run.accept(new Probe("GET ballots/{" + id.getKey() + "}" + tail, false,
                        () -> hnd.get("/api/ballots/" + id.getValue() + tail)));
            }
            run.accept(new Probe("GET blocs/{" + id.getKey() + "}/years/2083", false,
                    () -> hnd.get("/api/blocs/" + id.getValue() + "/years/2083")));
            // years -1 and 0 are answered 200 with an empty year of the bloc (the read does not check the
            // year's range): no error and nothing stored, so allowed here, but reported
            boolean emptyYear = id.getKey().equals("-1") || id.getKey().equals("0");
            run.accept(new Probe("GET blocs/03/years/{" + id.getKey() + "}", emptyYear,
                    () -> hnd.get("/api/blocs/" + bloc + "/years/" + id.getValue())));
            if (id.getValue().length() < 1000) { // three 10 kB parameters: the server closes the connection (GOAWAY)
                run.accept(new Probe("GET blocs?year=&first=&size= " + id.getKey(), false,
                        () -> hnd.get("/api/blocs?year=" + id.getValue() + "&first=" + id.getValue() + "&size=" + id.getValue())));
            }
        }
        run.accept(new Probe("GET blocs?year twice", false, () -> hnd.get("/api/blocs?year=2083&year=" + encode(SCRIPT))));
        run.accept(new Probe("GET blocs/03/years/2083 with duplicated query", true,
                () -> hnd.get("/api/blocs/" + bloc + "/years/2083?year=" + encode(SCRIPT) + "&year=-1")));

        LOG.info(() -> "Hostile API requests: " + statuses.size() + ", statuses " + statuses.values().stream()
                .collect(java.util.stream.Collectors.groupingBy(s -> s, java.util.TreeMap::new,
                        java.util.stream.Collectors.counting())));
        assertEquals(before, counts(API_TABLES), "the refused requests stored nothing");
        assertEquals(0, asLeader.call(() -> voting.turnout(ballot)).cast(), "no ballot cast");
        assertTrue(findings.isEmpty(), findings.size() + " findings:\n" + String.join("\n", findings));
    }

    /** One hostile request; {@code mayAnswer}: a 2xx is a correct answer too (e.g. "not counted"). */
    private record Probe(String label, boolean mayAnswer, Callable<HttpResponse<String>> request) {
    }

    private void check(Probe probe, List<String> findings, Map<String, Integer> statuses) {
        HttpResponse<String> r;
        Map<String, Long> before;
        try {
            before = counts(API_TABLES);
            r = probe.request().call();
            Map<String, Long> after = counts(API_TABLES);
            if (!before.equals(after)) {
                findings.add(probe.label() + ": " + r.statusCode() + " " + r.body() + " changed rows " + before + " → " + after);
            }
        } catch (Exception e) {
            findings.add(probe.label() + ": no answer: " + e);
            return;
        }
        int status = r.statusCode();
        statuses.put(probe.label(), status);
        String body = r.body() == null ? "" : r.body();
        String shortBody = body.length() > 300 ? body.substring(0, 300) + "…" : body;
        if (status >= 500) {
            findings.add(probe.label() + ": " + status + " " + shortBody);
        } else if (status >= 400) {
            String error = errorText(body);
            if (error == null) {
                findings.add(probe.label() + ": " + status + " without a JSON error: "
                        + r.headers().firstValue("Content-Type").orElse("-") + " " + shortBody);
            }
        } else if (!probe.mayAnswer()) {
            findings.add(probe.label() + ": accepted with " + status + " " + shortBody);
        } else if (body.contains("\"counted\":true")) {
            findings.add(probe.label() + ": a hostile receipt counted: " + shortBody);
        }
    }

    /** The text of a JSON {@code {"error": "…"}} answer, null if the body is not one. */
    private static String errorText(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonObject o = reader.readObject();
            JsonValue error = o.get("error");
            return error != null && error.getValueType() == JsonValue.ValueType.STRING
                    && !o.getString("error").isBlank() ? o.getString("error") : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] bytes(String head, byte[] middle, String tail) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(head.getBytes(StandardCharsets.UTF_8));
        out.write(middle);
        out.write(tail.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    // ---- (b) the services behind the Faces forms ----

    @Test
    void theUnitFormStoresHostileTextVerbatimOrRefusesItWithAKnownMessage() throws Exception {
        String nonce = nonce();
        Province province = asBoard.call(() -> units.createProvince(nonce, "Tỉnh kiểm thử " + nonce));
        List<String> findings = new ArrayList<>();
        List<String> outcomes = new ArrayList<>();
        unitForms(province.getId(), nonce, corpus(), List.of("code", "name", "shortName"), findings, outcomes);
        LOG.info(() -> "Hostile unit form input: " + outcomes.size() + " calls:\n" + String.join("\n", outcomes));
        expectStored(outcomes, "unit name script", "unit name img onerror", "unit name SQL drop", "unit name SQL or",
                "unit shortName script", "unit name NUL", "unit name Vietnamese, RTL override, zero-width, emoji");
        assertTrue(findings.isEmpty(), findings.size() + " findings:\n" + String.join("\n", findings));
    }

    @Test
    void theBlocFormStoresHostileTextVerbatimOrRefusesItWithAKnownMessage() throws Exception {
        String nonce = nonce();
        Province province = asBoard.call(() -> units.createProvince(nonce, "Tỉnh kiểm thử " + nonce));
        List<String> findings = new ArrayList<>();
        List<String> outcomes = new ArrayList<>();
        // a new bloc of five new units of the test province, in 2084: code, name, description
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            UnitForm member = unitForm(province.getId(), nonce + "M" + i);
            members.add(asBoard.call(() -> units.createUnit(member)).getId());
        }
        int[] n = {0};
        for (Map.Entry<String, String> v : corpus().entrySet()) {
            for (String field : List.of("code", "name", "description")) {
                BlocYearForm form = blocForm(province.getId(), nonce + "B" + (n[0]++), members);
                switch (field) {
                    case "code" -> form.setCode(form.getCode() + v.getValue());
                    case "name" -> form.setName(v.getValue());
                    default -> form.setDescription(v.getValue());
                }
                String label = "bloc " + field + " " + v.getKey();
                Map<String, Long> before = counts(List.of("bloc", "membership", "leadership", "audit_entry"));
                var stored = attempt(label, () -> asBoard.call(() -> blocYears.saveBlocYear(form)), findings, outcomes);
                if (stored == null) {
                    expectCounts(label, before, 0, findings);
                } else {
                    Map<String, Long> after = counts(List.of("bloc", "membership", "leadership", "audit_entry"));
                    if (after.get("bloc") != before.get("bloc") + 1 || after.get("membership") != before.get("membership") + 5
                            || after.get("leadership") != before.get("leadership") + 2
                            || after.get("audit_entry") != before.get("audit_entry") + 1) {
                        findings.add(label + ": stored, but rows " + before + " → " + after);
                    }
                    expectRow(label, "SELECT code, name, description FROM bloc WHERE id = ?", stored.getId(),
                            java.util.Arrays.asList(form.getCode(), form.getName(), form.getDescription()), findings);
                }
            }
        }
        LOG.info(() -> "Hostile bloc form input: " + outcomes.size() + " calls:\n" + String.join("\n", outcomes));
        expectStored(outcomes, "bloc name script", "bloc description img onerror", "bloc name SQL drop",
                "bloc name Vietnamese, RTL override, zero-width, emoji");
        assertTrue(findings.isEmpty(), findings.size() + " findings:\n" + String.join("\n", findings));
    }

    @Test
    void theConferenceFormStoresHostileTextVerbatimOrRefusesItWithAKnownMessage() throws Exception {
        List<String> findings = new ArrayList<>();
        List<String> outcomes = new ArrayList<>();
        meetingForms(testData.bloc03With(2085), 2085, corpus(), List.of("place", "chair", "secretary", "agenda", "minutes",
                "attendee name", "attendee title"), findings, outcomes);
        LOG.info(() -> "Hostile conference form input: " + outcomes.size() + " calls:\n" + String.join("\n", outcomes));
        expectStored(outcomes, "meeting place script", "meeting chair img onerror", "meeting minutes img onerror",
                "meeting agenda SQL or", "meeting attendee name SQL drop", "meeting minutes 10 kB",
                "meeting secretary Vietnamese, RTL override, zero-width, emoji");
        assertTrue(findings.isEmpty(), findings.size() + " findings:\n" + String.join("\n", findings));
    }

    /**
     * Values the forms' rules let through but the database may not hold as given: an unpaired
     * UTF-16 surrogate (no UTF-8 form) in a unit name, and minutes of 30,000 three-byte
     * characters (within the form's 60,000 characters, 90 kB of UTF-8 for a TEXT column of
     * 65,535 bytes). Each must be stored exactly or refused with a known message.
     */
    @Test
    @Disabled("bugs: the unpaired surrogate is stored as '?'; the 90 kB minutes fail with EJBException "
            + "(MariaDB 1406 Data too long for column 'minutes') instead of a refusal")
    void textTheFormsAllowButTheDatabaseMayNotHoldIsStoredExactlyOrRefused() throws Exception {
        String nonce = nonce();
        Province province = asBoard.call(() -> units.createProvince(nonce, "Tỉnh kiểm thử " + nonce));
        List<String> findings = new ArrayList<>();
        List<String> outcomes = new ArrayList<>();
        unitForms(province.getId(), nonce, Map.of("lone surrogate", "x\uD800y"), List.of("name"), findings, outcomes);
        meetingForms(testData.bloc03With(2086), 2086, Map.of("30,000 × ệ", "ệ".repeat(30_000)), List.of("minutes"),
                findings, outcomes);
        LOG.info(() -> "Text the database may not hold: " + String.join("\n", outcomes));
        assertTrue(findings.isEmpty(), findings.size() + " findings:\n" + String.join("\n", findings));
    }

    private void unitForms(Long provinceId, String nonce, Map<String, String> values, List<String> fields,
                           List<String> findings, List<String> outcomes) throws Exception {
        int[] n = {0};
        for (Map.Entry<String, String> v : values.entrySet()) {
            for (String field : fields) {
                UnitForm form = unitForm(provinceId, nonce + "U" + (n[0]++));
                switch (field) {
                    case "code" -> form.setCode(form.getCode() + v.getValue());
                    case "name" -> form.setName(v.getValue());
                    default -> form.setShortName(v.getValue());
                }
                String label = "unit " + field + " " + v.getKey();
                Map<String, Long> before = counts(List.of("unit", "audit_entry"));
                Unit stored = attempt(label, () -> asBoard.call(() -> units.createUnit(form)), findings, outcomes);
                if (stored == null) {
                    expectCounts(label, before, 0, findings);
                } else {
                    expectCounts(label, before, 1, findings);
                    expectRow(label, "SELECT code, name, short_name FROM unit WHERE id = ?", stored.getId(),
                            java.util.Arrays.asList(form.getCode(), form.getName(), form.getShortName()), findings);
                }
            }
        }
    }

    private void meetingForms(Long bloc, int year, Map<String, String> values, List<String> fields,
                              List<String> findings, List<String> outcomes) throws Exception {
        for (Map.Entry<String, String> v : values.entrySet()) {
            for (String field : fields) {
                MeetingForm form = meetingForm(bloc, year);
                MeetingForm.Person guest = form.addAttendee(null, "Khách mời", "Trưởng ban");
                switch (field) {
                    case "place" -> form.setPlace(v.getValue());
                    case "chair" -> form.setChair(v.getValue());
                    case "secretary" -> form.setSecretary(v.getValue());
                    case "agenda" -> form.setAgenda(v.getValue());
                    case "minutes" -> form.setMinutes(v.getValue());
                    case "attendee name" -> guest.setName(v.getValue());
                    default -> guest.setTitle(v.getValue());
                }
                String label = "meeting " + field + " " + v.getKey();
                Map<String, Long> before = counts(List.of("meeting", "meeting_attendee", "audit_entry"));
                Meeting stored = attempt(label, () -> asLeader.call(() -> meetings.saveMeeting(form)), findings, outcomes);
                if (stored == null) {
                    expectCounts(label, before, 0, findings);
                } else {
                    expectCounts(label, before, 1, findings);
                    expectRow(label, "SELECT place, chair, secretary, agenda, minutes FROM meeting WHERE id = ?",
                            stored.getId(), java.util.Arrays.asList(form.getPlace(), form.getChair(), form.getSecretary(),
                                    form.getAgenda(), form.getMinutes()), findings);
                    List<String> attendee = new ArrayList<>();
                    attendee.add(guest.getName());
                    attendee.add(guest.getTitle());
                    expectRow(label + " (attendee)", "SELECT name, title FROM meeting_attendee WHERE meeting_id = ?",
                            stored.getId(), attendee, findings);
                }
            }
        }
    }

    private static void expectStored(List<String> outcomes, String... labels) {
        for (String label : labels) {
            assertTrue(outcomes.contains(label + ": stored"), label + " stored as text: " + outcomes);
        }
    }

    private static String nonce() {
        return "HX" + Long.toString(System.nanoTime() % 2_176_782_336L, 36).toUpperCase(Locale.ROOT);
    }

    /** The call's result, or null when it was refused as it should be; anything else is a finding. */
    private <T> T attempt(String label, Work<T> work, List<String> findings, List<String> outcomes) {
        try {
            T result = work.run();
            outcomes.add(label + ": stored");
            return result;
        } catch (Exception e) {
            String refusal = refusal(e);
            if (refusal == null) {
                findings.add(label + ": " + chain(e));
                outcomes.add(label + ": FAILED " + chain(e));
            } else {
                outcomes.add(label + ": refused " + refusal);
            }
            return null;
        }
    }

    /** The message key(s) of a proper refusal, null when {@code e} is none. */
    private String refusal(Throwable e) {
        BusinessException business = find(e, BusinessException.class);
        if (business != null) {
            return keys(PAGE_MESSAGES).containsKey(business.getMessageKey()) ? business.getMessageKey() : null;
        }
        ConstraintViolationException invalid = find(e, ConstraintViolationException.class);
        if (invalid != null && !invalid.getConstraintViolations().isEmpty()) {
            List<String> found = new ArrayList<>();
            for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
                String template = violation.getMessageTemplate();
                String key = template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1) : null;
                if (key == null || !keys("ValidationMessages_vi.properties").containsKey(key)) {
                    return null;
                }
                found.add(key);
            }
            return String.join(",", found);
        }
        return null;
    }

    private final Map<String, Properties> bundles = new LinkedHashMap<>();

    private Properties keys(String resource) {
        return bundles.computeIfAbsent(resource, r -> {
            ClassLoader loader = r.equals(PAGE_MESSAGES) ? HostileInputIT.class.getClassLoader() : UnitForm.class.getClassLoader();
            Properties p = new Properties();
            try (InputStream in = loader.getResourceAsStream(r)) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException | NullPointerException e) {
                throw new IllegalStateException("message bundle " + r, e);
            }
            return p;
        });
    }

    private static <X extends Throwable> X find(Throwable e, Class<X> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String chain(Throwable e) {
        StringBuilder s = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage());
            s.append(s.length() == 0 ? "" : " ← ").append(t.getClass().getName()).append(": ")
                    .append(message.length() > 200 ? message.substring(0, 200) + "…" : message);
        }
        return s.toString();
    }

    private void expectCounts(String label, Map<String, Long> before, int added, List<String> findings) throws Exception {
        Map<String, Long> after = counts(new ArrayList<>(before.keySet()));
        Map<String, Long> expected = new LinkedHashMap<>();
        before.forEach((table, count) -> expected.put(table, count + added));
        if (!expected.equals(after)) {
            findings.add(label + ": rows " + before + " → " + after + ", expected " + expected);
        }
    }

    /** The row's columns, read with JDBC, equal {@code expected} (same characters, same length). */
    private void expectRow(String label, String sql, Long id, List<String> expected, List<String> findings) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    findings.add(label + ": stored row " + id + " not found");
                    return;
                }
                for (int i = 0; i < expected.size(); i++) {
                    String got = rs.getString(i + 1);
                    String want = expected.get(i);
                    if (!java.util.Objects.equals(want, got)) {
                        findings.add(label + ": column " + (i + 1) + " read back differs: " + describe(want) + " stored as "
                                + describe(got));
                    }
                }
            }
        }
    }

    private static String describe(String s) {
        if (s == null) {
            return "null";
        }
        String head = s.length() > 40 ? s.substring(0, 40) + "…" : s;
        StringBuilder codes = new StringBuilder();
        head.codePoints().forEach(cp -> codes.append(cp < 0x20 || cp > 0x7E ? String.format("\\u%04X", cp) : Character.toString(cp)));
        return "\"" + codes + "\" (" + s.length() + " chars)";
    }

    private static UnitForm unitForm(Long provinceId, String code) {
        UnitForm form = new UnitForm();
        form.setProvinceId(provinceId);
        form.setCode(code);
        form.setName("Đơn vị kiểm thử " + code);
        form.setShortName("ĐV " + code);
        form.setValidFrom(LocalDate.of(2083, 1, 1));
        return form;
    }

    private static BlocYearForm blocForm(Long provinceId, String code, List<Long> members) {
        BlocYearForm form = new BlocYearForm();
        form.setProvinceId(provinceId);
        form.setCode(code);
        form.setName("Khối kiểm thử " + code);
        form.setYear(2084);
        form.setMemberUnitIds(members);
        form.setLeaderUnitId(members.get(0));
        form.setDeputyUnitId(members.get(1));
        return form;
    }

    private static MeetingForm meetingForm(Long bloc, int year) {
        MeetingForm form = new MeetingForm();
        form.setBlocId(bloc);
        form.setYear(year);
        form.setKind(MeetingKind.MID_YEAR);
        form.setHeldOn(LocalDate.of(year, 6, 27));
        form.setPlace("Hội trường Tỉnh đoàn");
        form.setChair("Y Đoàn Êban");
        return form;
    }

    /**
     * A candidate id that is no integer ({@code 1.5}) must be refused, not truncated to
     * another id: the JSON reader takes {@code <id>.5} for {@code <id>} and the vote is
     * stored for that candidate (found by this class; not fixed yet).
     */
    @Test
    @Disabled("bug: the API takes candidate id 4.5 for 4 and stores the vote (201); fails until the JSON reading refuses non-integral ids")
    void aNonIntegralCandidateIdIsRefusedNotTruncated() throws Exception {
        Long ballot = openBallot(2087);
        Long flag = asLeader.call(() -> ballots.ballot(ballot)).seat(Seat.PROVINCIAL_FLAG).candidates().stream()
                .filter(c -> c.unitCode().equals("HLHPN")).map(BallotView.CandidateView::id).findFirst().orElseThrow();
        MemberHttp hnd = MemberHttp.login("hnd");
        Map<String, Long> before = counts(API_TABLES);
        HttpResponse<String> r = hnd.post("/api/ballots/" + ballot + "/votes",
                "{\"choices\":{\"PROVINCIAL_FLAG\":[" + flag + ".5]}}", "en");
        assertEquals(before, counts(API_TABLES), "nothing stored for candidate " + flag + ".5: " + r.statusCode() + " " + r.body());
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(errorText(r.body()) != null, r.body());
    }

    // ---- helpers ----

    /** An electronic commendation ballot of Bloc No. 03 in {@code year}, all five present, opened. */
    private Long openBallot(int year) throws Exception {
        Long bloc = testData.bloc03With(year);
        MeetingForm form = meetingForm(bloc, year);
        form.setKind(MeetingKind.YEAR_END);
        Meeting meeting = asLeader.call(() -> meetings.saveMeeting(form));
        Long ballot = asLeader.call(() -> setup.createBallot(meeting.getId(), BallotKind.COMMENDATION, VotingMode.ELECTRONIC,
                "Bình bầu năm " + year));
        asLeader.call(() -> {
            setup.setCandidates(ballot, Seat.PROVINCIAL_FLAG, ids(List.of("HLHPN")));
            setup.setCandidates(ballot, Seat.CERTIFICATE_OF_MERIT, ids(List.of("TDOAN", "HND")));
            setup.recordPresence(ballot, ids(TestData.memberCodes()));
            committees.setCommittee(ballot, List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"));
            setup.openBallot(ballot);
            return null;
        });
        BallotView view = asLeader.call(() -> ballots.ballot(ballot));
        assertEquals(BallotStatus.OPEN, view.status());
        return ballot;
    }

    private List<Long> ids(List<String> codes) {
        return codes.stream().map(code -> testData.unit(code).getId()).toList();
    }

    private Map<String, Long> counts(List<String> tables) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            for (String table : tables) {
                try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + table);
                     ResultSet rs = s.executeQuery()) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }
}
