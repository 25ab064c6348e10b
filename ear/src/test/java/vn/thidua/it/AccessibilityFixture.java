package vn.thidua.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.thidua.activity.service.ActivityForm;
import vn.thidua.activity.service.ActivityService;
import vn.thidua.ballot.entity.BallotKind;
import vn.thidua.ballot.entity.Seat;
import vn.thidua.ballot.entity.VotingMode;
import vn.thidua.ballot.service.BallotSetupService;
import vn.thidua.ballot.service.CommitteeService;
import vn.thidua.bloc.service.BlocYearForm;
import vn.thidua.bloc.service.BlocYearService;
import vn.thidua.covenant.entity.CriterionKind;
import vn.thidua.covenant.service.CovenantForm;
import vn.thidua.covenant.service.CovenantService;
import vn.thidua.covenant.service.CovenantVersionView;
import vn.thidua.file.service.Upload;
import vn.thidua.meeting.entity.MeetingKind;
import vn.thidua.meeting.service.MeetingForm;
import vn.thidua.meeting.service.MeetingService;
import vn.thidua.proposal.service.ApprovalWorkflowService;
import vn.thidua.proposal.service.DossierService;
import vn.thidua.scoring.service.ScoreForm;
import vn.thidua.scoring.service.ScoringService;

/**
 * The accessibility test's own data ({@link AccessibilityBrowserIT}), in the years no other test
 * uses, laid out as the access matrix's roles expect (docs/access-matrix.tsv): in
 * {@link #YEAR} Bloc A (leader the Women's Union, deputy the Farmers' Association, member the
 * Veterans' Association, with two departments) and Bloc B (the Department of Finance among four
 * other departments); the Youth Union is in no bloc that year. Bloc A's year has a covenant in
 * force, a scored criterion with evidence, a joint activity, the year-end conference with its
 * confirmed paper ballot and the proposal it gave, taken through the whole approval chain; a
 * mid-year conference holds two open electronic ballots: one only looked at, one the Veterans'
 * Association votes in from the keyboard. In {@link #DRAFT_YEAR} Bloc A has a draft proposal and an
 * electronic leadership ballot being prepared.
 * GET /thidua-tests/a11y-fixture answers one {@code name=id} a line (the matrix's placeholders,
 * plus meetingE, ballotE, ballotK, meetingDraft, proposalDraft, ballotDraft). Deployed in the tests' WAR only.
 */
@WebServlet("/a11y-fixture")
public class AccessibilityFixture extends HttpServlet {

    static final int YEAR = 2046;
    static final int DRAFT_YEAR = 2048;
    private static final long serialVersionUID = 1L;
    private static final byte[] PDF = "%PDF-1.4 kiem thu tiep can".getBytes(StandardCharsets.UTF_8);
    private static final List<String> BLOC_A = List.of("HLHPN", "HND", "HCCB", "SKHDT", "SNV");

    @Inject
    private TestData testData;
    @Inject
    private AsBoardSpecialist asSpecialist;
    @Inject
    private AsBoardLeader asBoardLeader;
    @Inject
    private AsWomenUnion asLeader;
    @Inject
    private PaperCount paperCount;
    @Inject
    private BlocYearService blocYears;
    @Inject
    private CovenantService covenants;
    @Inject
    private ScoringService scoring;
    @Inject
    private ActivityService activities;
    @Inject
    private MeetingService meetings;
    @Inject
    private BallotSetupService ballotSetup;
    @Inject
    private CommitteeService committees;
    @Inject
    private DossierService dossiers;
    @Inject
    private ApprovalWorkflowService approvals;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
        Map<String, Long> ids;
        try {
            ids = create();
        } catch (Exception e) {
            throw new java.io.IOException("the accessibility fixture", e);
        }
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        StringBuilder out = new StringBuilder();
        ids.forEach((name, id) -> out.append(name).append('=').append(id).append('\n'));
        response.getWriter().write(out.toString());
    }

    private Map<String, Long> create() throws Exception {
        testData.registerTestUsers();
        Map<String, Long> made = new LinkedHashMap<>();
        made.put("year", (long) YEAR);
        Long blocA = blocA();
        Long blocB = blocB();
        made.put("bloc", blocA);
        made.put("unitHLHPN", testData.unit("HLHPN").getId());
        made.put("blocB", blocB);

        CovenantForm covenant = new CovenantForm();
        covenant.setBlocId(blocA);
        covenant.setYear(YEAR);
        covenant.setContent("Các đơn vị cam kết thực hiện tốt nhiệm vụ năm " + YEAR + ".");
        covenant.addItem(CriterionKind.CRITERION, "Thực hiện nhiệm vụ chính trị", new BigDecimal("60"), true);
        covenant.addItem(CriterionKind.CRITERION, "Công tác thi đua, khen thưởng", new BigDecimal("40"), false);
        Long version = asLeader.call(() -> covenants.draftCovenant(covenant)).getId();
        for (String code : BLOC_A) {
            Long unit = testData.unit(code).getId();
            asSpecialist.call(() -> covenants.recordPaperSignature(version, unit));
        }
        made.put("covenant", version);
        CovenantVersionView inForce = asSpecialist.call(() -> covenants.inForce(blocA, YEAR)).orElseThrow();

        ScoreForm score = new ScoreForm();
        score.setCriterionId(inForce.criteria().get(0).id());
        score.setUnitId(testData.unit("HLHPN").getId());
        score.setPoints(new BigDecimal("55"));
        score.setEvidence("Báo cáo tổng kết");
        score.setFiles(List.of(new Upload("minh-chung.pdf", PDF)));
        asLeader.call(() -> scoring.scoreCriterion(score));

        ActivityForm activity = new ActivityForm();
        activity.setBlocId(blocA);
        activity.setYear(YEAR);
        activity.setTitle("Đỡ đầu trẻ mồ côi");
        activity.setDescription("Hoạt động chung của khối");
        activity.setBeneficiary("Một cháu mồ côi");
        activity.setPlace("Xã Quảng Sơn");
        activity.setTotalValue(12_000_000L);
        asLeader.call(() -> activities.saveActivity(activity, List.of(new Upload("hoat-dong.pdf", PDF))));

        // the year-end conference, its confirmed paper ballot and the proposal it gave, decided
        Long meeting = asLeader.call(() -> meetings.saveMeeting(TestData.yearEndMeeting(blocA, YEAR))).getId();
        made.put("meeting", meeting);
        Long ballot = paperBallot(meeting, YEAR);
        made.put("ballot", ballot);
        Long proposal = asLeader.call(() -> paperCount.confirmUnanimous(ballot, 5));
        made.put("proposal", proposal);
        asLeader.call(() -> dossiers.generateDossier(proposal));
        asLeader.call(() -> dossiers.addAchievementReport(proposal, testData.unit("HLHPN").getId(), new Upload("bao-cao.pdf", PDF)));
        asLeader.call(() -> approvals.submit(proposal));
        asSpecialist.call(() -> approvals.checkDossier(proposal, "Hồ sơ đầy đủ"));
        asBoardLeader.call(() -> approvals.approve(proposal, "Đồng ý"));
        asBoardLeader.call(() -> approvals.recordCouncil(proposal, 9, 0, 0, List.of(), "Thống nhất"));
        asBoardLeader.call(() -> approvals.recordDecision(proposal, "46/QĐ-TTA", LocalDate.of(YEAR + 1, 1, 15),
                "Chủ tịch UBND tỉnh", null));

        // a mid-year conference with two open electronic ballots, all five present
        MeetingForm midYear = TestData.yearEndMeeting(blocA, YEAR);
        midYear.setKind(MeetingKind.MID_YEAR);
        midYear.setHeldOn(LocalDate.of(YEAR, 6, 27));
        Long meetingE = asLeader.call(() -> meetings.saveMeeting(midYear)).getId();
        made.put("meetingE", meetingE);
        made.put("ballotE", electronicBallot(meetingE, "Bình bầu điện tử năm " + YEAR));
        made.put("ballotK", electronicBallot(meetingE, "Bình bầu bằng bàn phím năm " + YEAR));

        // the next year: a draft proposal (the leader's dossier controls)
        BlocYearForm next = asSpecialist.call(() -> blocYears.loadBlocYear(blocA, YEAR));
        next.setYear(DRAFT_YEAR);
        asSpecialist.call(() -> blocYears.saveBlocYear(next));
        Long meetingDraft = asLeader.call(() -> meetings.saveMeeting(TestData.yearEndMeeting(blocA, DRAFT_YEAR))).getId();
        made.put("meetingDraft", meetingDraft);
        Long ballotDraft = paperBallot(meetingDraft, DRAFT_YEAR);
        made.put("proposalDraft", asLeader.call(() -> paperCount.confirmUnanimous(ballotDraft, 5)));
        // and an electronic leadership ballot being prepared (candidates, presence, committee)
        made.put("ballotDraft", asLeader.call(() -> ballotSetup.createBallot(meetingDraft, BallotKind.LEADERSHIP,
                VotingMode.ELECTRONIC, "Lấy phiếu suy tôn năm " + DRAFT_YEAR)));
        return made;
    }

    private Long paperBallot(Long meeting, int year) throws Exception {
        Long ballot = asLeader.call(() -> ballotSetup.createBallot(meeting, BallotKind.COMMENDATION, VotingMode.PAPER,
                "Bình bầu năm " + year));
        asLeader.call(() -> {
            ballotSetup.setCandidates(ballot, Seat.PROVINCIAL_FLAG, List.of(testData.unit("HLHPN").getId()));
            ballotSetup.recordPresence(ballot, present());
            ballotSetup.openBallot(ballot);
            return null;
        });
        return ballot;
    }

    private Long electronicBallot(Long meeting, String title) throws Exception {
        Long ballot = asLeader.call(() -> ballotSetup.createBallot(meeting, BallotKind.COMMENDATION, VotingMode.ELECTRONIC, title));
        asLeader.call(() -> {
            ballotSetup.setCandidates(ballot, Seat.PROVINCIAL_FLAG, List.of(testData.unit("HLHPN").getId()));
            ballotSetup.setCandidates(ballot, Seat.CERTIFICATE_OF_MERIT, List.of(testData.unit("HND").getId()));
            ballotSetup.recordPresence(ballot, present());
            committees.setCommittee(ballot, List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"));
            ballotSetup.openBallot(ballot);
            return null;
        });
        return ballot;
    }

    private List<Long> present() {
        return BLOC_A.stream().map(c -> testData.unit(c).getId()).toList();
    }

    /** Bloc A in {@link #YEAR}, led by the Women's Union with the Farmers' Association as deputy. */
    private Long blocA() {
        return testData.bloc("TTA46", "Khối kiểm thử tiếp cận A", YEAR, BLOC_A, "HLHPN", "HND");
    }

    /** Bloc B of the Department of Finance in {@link #YEAR}. */
    private Long blocB() {
        return testData.bloc("TTB46", "Khối kiểm thử tiếp cận B", YEAR, List.of("SXD", "STC", "SGTVT", "SCT", "STNMT"),
                "SXD", "SGTVT");
    }
}
