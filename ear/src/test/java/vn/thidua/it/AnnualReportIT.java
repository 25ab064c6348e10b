package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.thidua.activity.service.ActivityForm;
import vn.thidua.activity.service.ActivityService;
import vn.thidua.ballot.entity.BallotKind;
import vn.thidua.ballot.entity.Seat;
import vn.thidua.ballot.entity.VotingMode;
import vn.thidua.ballot.service.BallotQueryService;
import vn.thidua.ballot.service.BallotSetupService;
import vn.thidua.ballot.service.BallotView;
import vn.thidua.ballot.service.CountingService;
import vn.thidua.covenant.entity.CovenantVersion;
import vn.thidua.covenant.entity.CriterionKind;
import vn.thidua.covenant.service.CovenantForm;
import vn.thidua.covenant.service.CovenantService;
import vn.thidua.covenant.service.CriterionView;
import vn.thidua.document.service.DocumentFormat;
import vn.thidua.meeting.entity.MeetingKind;
import vn.thidua.meeting.service.MeetingForm;
import vn.thidua.meeting.service.MeetingService;
import vn.thidua.regulation.service.AnnualReportForm;
import vn.thidua.regulation.service.AnnualReportService;
import vn.thidua.regulation.service.AnnualReportView;
import vn.thidua.scoring.service.ScoreForm;
import vn.thidua.scoring.service.ScoringService;
import vn.thidua.shared.AccessDeniedException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.unit.entity.Unit;

/**
 * The bloc's annual report (issue 15, item 8) in the real server and database, on Bloc No. 03
 * in 2097: generated from the year's data, it names the year's joint activity with its value,
 * the ranking, and the ballot whose result was confirmed with the units it elected, but not a
 * ballot counted and not confirmed; a member reads it and may not generate or edit it; the
 * leader edits a section, then issues it: it takes a number (BC) from the leader unit's
 * register, which its PDF carries (read back with PDFBox), and it is frozen: editing,
 * generating again or issuing again is refused. Each step is audited.
 */
@ExtendWith(ArquillianExtension.class)
class AnnualReportIT {

    private static final int YEAR = 2097;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(AnnualReportIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/ThiduaDS")
    private DataSource dataSource;

    @Inject
    private TestData testData;

    @Inject
    private AsYouthUnion asLeader;

    @Inject
    private AsWomenUnion asMember;

    @Inject
    private AsBoardSpecialist asSpecialist;

    @Inject
    private ActivityService activities;

    @Inject
    private CovenantService covenants;

    @Inject
    private ScoringService scoring;

    @Inject
    private MeetingService meetings;

    @Inject
    private BallotSetupService ballotSetup;

    @Inject
    private CountingService counting;

    @Inject
    private BallotQueryService ballots;

    @Inject
    private AnnualReportService reports;

    @Test
    void generatedFromTheYearEditedIssuedWithANumberThenFrozen() throws Exception {
        Long bloc = testData.bloc03With(YEAR);
        Unit women = testData.unit("HLHPN");
        Unit youth = testData.unit("TDOAN");
        // the year's data: a joint activity, a covenant in force with a score, two ballots
        ActivityForm activity = new ActivityForm();
        activity.setBlocId(bloc);
        activity.setYear(YEAR);
        activity.setTitle("Nhận đỡ đầu trẻ mồ côi xã Quảng Sơn năm " + YEAR);
        activity.setPlace("xã Quảng Sơn, huyện Đắk Glong");
        activity.setBeneficiary("một cháu mồ côi có hoàn cảnh khó khăn");
        activity.setTotalValue(12_000_000L);
        asLeader.call(() -> activities.saveActivity(activity, List.of()));
        CovenantVersion covenant = asLeader.call(() -> covenants.draftCovenant(covenantForm(bloc)));
        for (String code : TestData.memberCodes()) {
            Long unitId = testData.unit(code).getId();
            asSpecialist.call(() -> covenants.recordPaperSignature(covenant.getId(), unitId));
        }
        CriterionView criterion = asMember.call(() -> covenants.inForce(bloc, YEAR)).orElseThrow().criteria().get(0);
        asMember.call(() -> scoring.scoreCriterion(score(criterion, women, "87")));
        String confirmed = "Bình bầu đề nghị khen thưởng năm " + YEAR;
        String unconfirmed = "Bình bầu thử chưa công bố năm " + YEAR;
        Long yearEnd = asLeader.call(() -> meetings.saveMeeting(TestData.yearEndMeeting(bloc, YEAR))).getId();
        Long published = paperBallot(yearEnd, confirmed, women, youth);
        asLeader.call(() -> {
            counting.confirmBallot(published);
            return null;
        });
        MeetingForm midYear = TestData.yearEndMeeting(bloc, YEAR);
        midYear.setKind(MeetingKind.MID_YEAR);
        midYear.setHeldOn(LocalDate.of(YEAR, 6, 30));
        Long midYearId = asLeader.call(() -> meetings.saveMeeting(midYear)).getId();
        paperBallot(midYearId, unconfirmed, women, youth);

        // none yet; a member may not generate it
        assertTrue(asMember.call(() -> reports.report(bloc, YEAR)).isEmpty());
        assertThrows(AccessDeniedException.class, () -> asMember.call(() -> reports.generateReport(bloc, YEAR)));
        assertEquals("error.report.none", assertThrows(InvalidInputException.class,
                () -> asLeader.call(() -> reports.issueReport(bloc, YEAR))).getMessageKey());

        // generated from the year's data
        AnnualReportView generated = asLeader.call(() -> reports.generateReport(bloc, YEAR));
        List<String> sections = generated.sections();
        assertEquals(5, sections.size());
        assertTrue(sections.get(0).contains(activity.getTitle()) && sections.get(0).contains("12.000.000 đồng"),
                sections.get(0));
        assertTrue(sections.get(1).contains("Hạng 1: " + women.getName() + ", 87 điểm"), sections.get(1));
        assertTrue(sections.get(3).contains(confirmed), sections.get(3));
        assertTrue(sections.get(3).contains("Cờ thi đua của UBND tỉnh: " + women.getName() + " (5 phiếu)"), sections.get(3));
        assertTrue(sections.get(3).contains("Bằng khen của Chủ tịch UBND tỉnh: " + youth.getName() + " (5 phiếu)"),
                sections.get(3));
        assertFalse(String.join("\n", sections).contains(unconfirmed), "a result not confirmed is not published");
        assertTrue(sections.get(4).contains("Năm " + (YEAR + 1)), sections.get(4));
        assertFalse(generated.issued());

        // a member reads it but may not edit it; the leader edits the direction
        assertEquals(generated.id(), asMember.call(() -> reports.report(bloc, YEAR)).orElseThrow().id());
        String direction = "Năm " + (YEAR + 1) + ", khối nhân rộng mô hình đỡ đầu trẻ mồ côi ra toàn tỉnh.";
        AnnualReportForm edit = edit(bloc, sections, direction);
        assertThrows(AccessDeniedException.class, () -> asMember.call(() -> reports.saveReport(edit)));
        AnnualReportForm blank = edit(bloc, sections, " ");
        assertEquals("error.report.emptySection", assertThrows(InvalidInputException.class,
                () -> asLeader.call(() -> reports.saveReport(blank))).getMessageKey());
        assertEquals(direction, asLeader.call(() -> reports.saveReport(edit)).sections().get(4));

        // issued: numbered from the leader unit's register, the number in its PDF, frozen
        assertThrows(AccessDeniedException.class, () -> asMember.call(() -> reports.issueReport(bloc, YEAR)));
        AnnualReportView issued = asLeader.call(() -> reports.issueReport(bloc, YEAR));
        assertTrue(issued.issued());
        assertTrue(issued.sign().matches("\\d{2,}/BC-KTĐ03"), issued.sign());
        assertTrue(issued.issuedOn() != null && issued.issuedOn().getYear() >= 2026, "the day of issue: " + issued.issuedOn());
        String pdf = text(asMember.call(() -> reports.reportDocument(bloc, YEAR, DocumentFormat.PDF)));
        for (String expected : List.of("Số: " + issued.sign(), "BÁO CÁO", "Tổng kết công tác thi đua năm " + YEAR,
                activity.getTitle(), confirmed, direction, "V. Phương hướng, nhiệm vụ năm " + (YEAR + 1))) {
            assertTrue(pdf.contains(expected), "the report's PDF holds \"" + expected + "\":\n" + pdf);
        }
        byte[] docx = asMember.call(() -> reports.reportDocument(bloc, YEAR, DocumentFormat.DOCX));
        assertEquals("PK", new String(docx, 0, 2, StandardCharsets.US_ASCII), "a .docx (zip) file");
        AnnualReportForm late = edit(bloc, sections, "Sửa sau khi ban hành");
        assertEquals("error.report.issued", assertThrows(InvalidInputException.class,
                () -> asLeader.call(() -> reports.saveReport(late))).getMessageKey());
        assertEquals("error.report.issued", assertThrows(InvalidInputException.class,
                () -> asLeader.call(() -> reports.generateReport(bloc, YEAR))).getMessageKey());
        assertEquals("error.report.issued", assertThrows(InvalidInputException.class,
                () -> asLeader.call(() -> reports.issueReport(bloc, YEAR))).getMessageKey());
        assertEquals(direction, asMember.call(() -> reports.report(bloc, YEAR)).orElseThrow().sections().get(4));

        for (String action : List.of("GENERATE", "UPDATE", "ISSUE")) {
            assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'AnnualReport' AND action = ?"
                    + " AND entity_id = ?", action, String.valueOf(issued.id())), action);
        }
    }

    /** A paper commendation ballot at a conference, counted: five ballots for the flag and certificate candidates. */
    private Long paperBallot(Long meetingId, String title, Unit flag, Unit certificate) throws Exception {
        Long ballot = asLeader.call(() -> ballotSetup.createBallot(meetingId, BallotKind.COMMENDATION, VotingMode.PAPER, title));
        asLeader.call(() -> {
            ballotSetup.setCandidates(ballot, Seat.PROVINCIAL_FLAG, List.of(flag.getId()));
            ballotSetup.setCandidates(ballot, Seat.CERTIFICATE_OF_MERIT, List.of(certificate.getId()));
            ballotSetup.recordPresence(ballot, TestData.memberCodes().stream().map(c -> testData.unit(c).getId()).toList());
            ballotSetup.recordCountingCommittee(ballot, List.of("Nguyễn Văn An", "Trần Thị Bình"));
            ballotSetup.openBallot(ballot);
            return null;
        });
        BallotView open = asLeader.call(() -> ballots.ballot(ballot));
        Map<Long, Integer> votes = new HashMap<>();
        open.seats().forEach(s -> s.candidates().forEach(c -> votes.put(c.id(), 5)));
        asLeader.call(() -> {
            counting.enterPaperCounts(ballot, 5, 5, 0, votes);
            counting.countBallot(ballot);
            return null;
        });
        return ballot;
    }

    private static AnnualReportForm edit(Long bloc, List<String> sections, String direction) {
        AnnualReportForm form = new AnnualReportForm();
        form.setBlocId(bloc);
        form.setYear(YEAR);
        List<String> edited = new ArrayList<>(sections);
        edited.set(4, direction);
        form.setSections(edited);
        return form;
    }

    private static CovenantForm covenantForm(Long bloc) {
        CovenantForm form = new CovenantForm();
        form.setBlocId(bloc);
        form.setYear(YEAR);
        form.setContent("Các đơn vị cam kết thực hiện tốt nhiệm vụ năm " + YEAR + ".");
        form.addItem(CriterionKind.CRITERION, "Thực hiện nhiệm vụ chính trị", new BigDecimal("100"), false);
        return form;
    }

    private static ScoreForm score(CriterionView criterion, Unit unit, String points) {
        ScoreForm form = new ScoreForm();
        form.setCriterionId(criterion.id());
        form.setUnitId(unit.getId());
        form.setPoints(new BigDecimal(points));
        form.setEvidence("Báo cáo");
        return form;
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private int count(String sql, Object... parameters) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
