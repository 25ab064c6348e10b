package vn.thidua.web.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.thidua.covenant.entity.CriterionKind;
import vn.thidua.unit.entity.LineageKind;

/**
 * The audit trail in words (issue 14, item 6): every kind of record and every action the
 * services record (read from their sources, so a new one without a name fails here) has a
 * name in both languages, and the details of entries written by the services, old rows
 * included, show no code, no ISO date and no English phrase on a Vietnamese page.
 */
class AuditTextTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Pattern RECORD = Pattern.compile("audit\\.record\\(\"(\\w+)\",(.*?)\\);", Pattern.DOTALL);
    private static final Pattern UPPER_LITERAL = Pattern.compile("\"([A-Z][A-Z_]+)\"");
    private static final Pattern STEP = Pattern.compile("stepTaken\\(p, \"([A-Z_]+)\"");
    /** A code shown to people: two capitals or more joined by an underscore, or a "CODE:" prefix. */
    private static final Pattern CODE = Pattern.compile("[A-Z]{2,}_[A-Z_]+|\\b[A-Z]{3,}: ");

    @Test
    void everyKindOfRecordAndEveryActionTheServicesRecordHasANameInBothLanguages() throws IOException {
        Set<String> entities = new TreeSet<>();
        Set<String> actions = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("../domain-ejb/src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher m = RECORD.matcher(source);
                while (m.find()) {
                    entities.add(m.group(1));
                    Matcher literal = UPPER_LITERAL.matcher(m.group(2));
                    while (literal.find()) {
                        actions.add(literal.group(1));
                    }
                }
                Matcher step = STEP.matcher(source);
                while (step.find()) {
                    actions.add(step.group(1));
                }
            }
        }
        Stream.of(LineageKind.values()).forEach(k -> actions.add(k.name()));
        Stream.of(CriterionKind.values()).forEach(k -> actions.add(k.name()));
        assertTrue(entities.size() >= 15 && actions.size() >= 50, "the scan found the audit calls: " + entities + actions);
        for (Locale locale : new Locale[] {VI, Locale.ENGLISH}) {
            for (String entity : entities) {
                assertNotNull(PlainText.find(locale, "AuditEntity." + entity), "AuditEntity." + entity + " " + locale);
            }
            for (String action : actions) {
                assertNotNull(PlainText.find(locale, "AuditAction." + action), "AuditAction." + action + " " + locale);
            }
        }
        assertEquals("Tờ trình", AuditText.named(VI, "AuditEntity.", "Proposal"));
        assertEquals("Trình lại", AuditText.named(VI, "AuditAction.", "RESUBMIT"));
    }

    @Test
    void detailsOfOldAndNewEntriesReadInVietnamese() {
        assertEquals("12/TTr-KTĐ03 | hạn 29/12/2044", AuditText.details(VI, "12/TTr-KTĐ03 | due 2044-12-29"));
        assertEquals("Bị trả lại | Báo cáo thành tích: Thiếu báo cáo",
                AuditText.details(VI, "RETURNED | ACHIEVEMENT_REPORT: Thiếu báo cáo"));
        assertEquals("Bỏ phiếu bình bầu: đã xác nhận kết quả", AuditText.details(VI, "COMMENDATION confirmed"));
        assertEquals("HLHPN đã bỏ phiếu", AuditText.details(VI, "HLHPN voted"));
        assertEquals("4 trong 5 thành viên có mặt", AuditText.details(VI, "4 of 5 members present"));
        assertEquals("Bỏ phiếu bình bầu | Bỏ phiếu giấy | Bình bầu năm 2044",
                AuditText.details(VI, "COMMENDATION | PAPER | Bình bầu năm 2044").replace(
                        PlainText.find(VI, "VotingMode.PAPER"), "Bỏ phiếu giấy"));
        String[] written = {
            "2044 | quorum 2/3 | MORE_THAN 50% | flag 1 | certificates 30% | flag first true | RUNOFF | committee 2 of 3"
                    + " | electronic ballots counted from 3",
            "present 5/5 | rules frozen: MORE_THAN 50% | key dealt to the counting committee, 2 of 3 shares to count",
            "PROVINCIAL_FLAG:12=5*, CERTIFICATE_OF_MERIT:13=5* | record ab12",
            "ballot 7 | PROVINCIAL_FLAG=HLHPN, CERTIFICATE_OF_MERIT=TDOAN",
            "version 1 | 2 items | max 100 | CRITERION:Thực hiện nhiệm vụ; BONUS:Sáng kiến",
            "version 2 | HND Hội Nông dân tỉnh | by hnd → IN_FORCE",
            "YEAR_END | 2044-12-27 | Gia Nghĩa | 5 attendees",
            "3 ballots cast, held again on paper as 9",
            "proposal, minutes, count minutes, score table",
            "HCCB | generated",
            "SUBMITTED | Hồ sơ đầy đủ",
            "bao-cao.pdf | application/pdf | 1024 B | sha256 00ff",
            "issued 5 | returned 5 | invalid 0",
            "committee member 2 (Trần Thị Bình) | 1 of 2 shares",
        };
        for (String details : written) {
            String shown = AuditText.details(VI, details);
            assertFalse(CODE.matcher(shown).find(), "a code in: " + shown);
            assertFalse(shown.matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*"), "an ISO date in: " + shown);
            for (String english : new String[] {"ballot", "version", "items", "present", "due", "committee", "issued",
                    "generated", "confirmed", "attendees", "true"}) {
                assertFalse(shown.matches("(?s).*\\b" + english + "\\b.*"), english + " in: " + shown);
            }
        }
    }

    @Test
    void englishReadersGetEnglishNamesForTheSameCodes() {
        assertEquals("Submitted, awaiting appraisal | due 29/12/2044",
                AuditText.details(Locale.ENGLISH, "SUBMITTED | due 2044-12-29").replace(
                        PlainText.find(Locale.ENGLISH, "ProposalStatus.SUBMITTED"), "Submitted, awaiting appraisal"));
        assertFalse(CODE.matcher(AuditText.details(Locale.ENGLISH, "PROVINCIAL_FLAG=HLHPN")).find());
    }

    @Test
    void missingDocumentsAndStoredReasonsNameTheKinds() {
        assertEquals("Báo cáo thành tích – Hội Nông dân tỉnh",
                PlainText.missing(VI, "ACHIEVEMENT_REPORT:Hội Nông dân tỉnh"));
        assertEquals("Tờ trình: Sai số\nBảng điểm: Thiếu, hạn 05/01/2045",
                PlainText.text(VI, "PROPOSAL: Sai số\nSCORE_TABLE: Thiếu, hạn 2045-01-05"));
    }
}
