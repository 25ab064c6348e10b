package vn.thidua.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.thidua.activity.service.ActivityForm;
import vn.thidua.activity.service.ActivityService;
import vn.thidua.ballot.entity.BallotKind;
import vn.thidua.ballot.entity.Seat;
import vn.thidua.ballot.entity.VotingMode;
import vn.thidua.ballot.service.BallotQueryService;
import vn.thidua.ballot.service.BallotSetupService;
import vn.thidua.ballot.service.BallotView;
import vn.thidua.ballot.service.CommitteeService;
import vn.thidua.ballot.service.CountingService;
import vn.thidua.bloc.service.BlocYearForm;
import vn.thidua.bloc.service.BlocYearService;
import vn.thidua.covenant.entity.CriterionKind;
import vn.thidua.covenant.service.CovenantForm;
import vn.thidua.covenant.service.CovenantService;
import vn.thidua.file.service.Upload;
import vn.thidua.meeting.entity.MeetingKind;
import vn.thidua.meeting.service.MeetingForm;
import vn.thidua.meeting.service.MeetingService;
import vn.thidua.proposal.entity.DocumentKind;
import vn.thidua.proposal.service.ApprovalWorkflowService;
import vn.thidua.proposal.service.DossierService;
import vn.thidua.scoring.service.ScoreForm;
import vn.thidua.scoring.service.ScoringService;

/**
 * The data {@link AccessibilityBrowserIT}'s walk over every page reads (both its axe-core scan
 * and its plain-words scan, one page load each), in the years no other test uses, laid out as
 * the access matrix's roles expect (docs/access-matrix.tsv). In {@link #YEAR}: Bloc A (leader
 * the Women's Union, deputy the Farmers' Association, member the Veterans' Association, with
 * two departments) and Bloc B (the Department of Finance leading four other departments); the
 * Youth Union is in no bloc that year. Everything that puts dates, statuses and codes on a page
 * exists: Bloc A's covenant signed on paper (two criteria and a bonus), a self-assessment with
 * evidence, a joint activity, the year-end conference with a confirmed commendation ballot (the
 * flag for the Women's Union, the certificate for the Farmers' Association) whose proposal went
 * the whole approval chain (returned with reasons on two documents first, then decided), a
 * counted paper leadership ballot there (one candidate elected, one not); a mid-year conference
 * with two open electronic ballots (one only looked at, one the Veterans' Association votes in
 * from the keyboard); and Bloc B's proposal submitted before its dossier was made (a
 * missing-documents list, a due date in the inbox and a notification to the Board). In
 * {@link #DRAFT_YEAR} Bloc A has a draft proposal and an electronic leadership ballot being
 * prepared, and no covenant.
 * <p>
 * GET /thidua-tests/page-scan-fixture answers one {@code name=id} a line (the matrix's
 * placeholders, plus ballotLeadership, proposalB, meetingE, ballotE, ballotK, meetingDraft,
 * proposalDraft, ballotDraft). Deployed in the tests' WAR only; called once per deployment.
 */
@WebServlet("/page-scan-fixture")
public class PageScanFixture extends HttpServlet {

    static final int YEAR = 2046;
    static final int DRAFT_YEAR = 2048;
    private static final long serialVersionUID = 1L;
    private static final byte[] PDF = "%PDF-1.4 kiem thu tiep can".getBytes(StandardCharsets.UTF_8);
    private static final List<String> BLOC_A = List.of("HLHPN", "HND", "HCCB", "SKHDT", "SNV");
    private static final List<String> BLOC_B = List.of("STC", "SXD", "SGTVT", "SCT", "STNMT");

    @Inject
    private TestData testData;
    @Inject
    private AsBoardSpecialist asSpecialist;
    @Inject
    private AsBoardLeader asBoardLeader;
    @Inject
    private AsWomenUnion asLeader;
    @Inject
    private AsOtherBlocLeader asLeaderB;
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
    private BallotQueryService ballotQueries;
    @Inject
    private CountingService counting;
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
            throw new java.io.IOException("the page scan fixture", e);
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
        Long blocA = testData.bloc("TTA46", "Khối kiểm thử tiếp cận A", YEAR, BLOC_A, "HLHPN", "HND");
        Long blocB = testData.bloc("TTB46", "Khối kiểm thử tiếp cận B", YEAR, BLOC_B, "STC", "SXD");
        made.put("bloc", blocA);
        made.put("unitHLHPN", testData.unit("HLHPN").getId());
        made.put("blocB", blocB);

        CovenantForm covenant = new CovenantForm();
        covenant.setBlocId(blocA);
        covenant.setYear(YEAR);
        covenant.setContent("Các đơn vị cam kết thực hiện tốt nhiệm vụ năm " + YEAR + ".");
        covenant.addItem(CriterionKind.CRITERION, "Thực hiện nhiệm vụ chính trị", new BigDecimal("60"), true);
        covenant.addItem(CriterionKind.CRITERION, "Công tác thi đua, khen thưởng", new BigDecimal("40"), false);
        covenant.addItem(CriterionKind.BONUS, "Mô hình mới", new BigDecimal("10"), false);
        Long version = asLeader.call(() -> covenants.draftCovenant(covenant)).getId();
        for (String code : BLOC_A) {
            Long unit = testData.unit(code).getId();
            asSpecialist.call(() -> covenants.recordPaperSignature(version, unit));
        }
        made.put("covenant", version);
        Long criterion = asSpecialist.call(() -> covenants.inForce(blocA, YEAR)).orElseThrow().criteria().get(0).id();

        ScoreForm score = new ScoreForm();
        score.setCriterionId(criterion);
        score.setUnitId(testData.unit("HLHPN").getId());
        score.setPoints(new BigDecimal("55"));
        score.setEvidence("Báo cáo tổng kết năm");
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

        // the year-end conference, its confirmed paper ballot (flag and certificate) and the proposal it gave
        Long meeting = asLeader.call(() -> meetings.saveMeeting(TestData.yearEndMeeting(blocA, YEAR))).getId();
        made.put("meeting", meeting);
        List<Long> present = units(BLOC_A);
        Long ballot = asLeader.call(() -> ballotSetup.createBallot(meeting, BallotKind.COMMENDATION, VotingMode.PAPER,
                "Bình bầu năm " + YEAR));
        made.put("ballot", ballot);
        asLeader.call(() -> {
            ballotSetup.setCandidates(ballot, Seat.PROVINCIAL_FLAG, List.of(testData.unit("HLHPN").getId()));
            ballotSetup.setCandidates(ballot, Seat.CERTIFICATE_OF_MERIT, List.of(testData.unit("HND").getId()));
            ballotSetup.recordPresence(ballot, present);
            ballotSetup.openBallot(ballot);
            return null;
        });
        Long proposal = asLeader.call(() -> paperCount.confirmUnanimous(ballot, present.size()));
        made.put("proposal", proposal);
        made.put("ballotLeadership", leadershipBallot(meeting, present));

        // the approval chain, with a return on two documents first, to the decision
        asLeader.call(() -> dossiers.generateDossier(proposal));
        asLeader.call(() -> approvals.submit(proposal));
        Map<DocumentKind, String> reasons = new LinkedHashMap<>();
        reasons.put(DocumentKind.PROPOSAL, "Ghi rõ số liệu năm " + YEAR);
        reasons.put(DocumentKind.ACHIEVEMENT_REPORT, "Thiếu báo cáo thành tích");
        asSpecialist.call(() -> approvals.returnProposal(proposal, reasons));
        for (String code : List.of("HLHPN", "HND")) {
            Long unit = testData.unit(code).getId();
            asLeader.call(() -> dossiers.addAchievementReport(proposal, unit, new Upload("bao-cao-" + code + ".pdf", PDF)));
        }
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

        // Bloc B's proposal, submitted without its achievement report
        Long meetingB = asLeaderB.call(() -> meetings.saveMeeting(TestData.yearEndMeeting(blocB, YEAR))).getId();
        List<Long> presentB = units(BLOC_B);
        Long ballotB = asLeaderB.call(() -> ballotSetup.createBallot(meetingB, BallotKind.COMMENDATION, VotingMode.PAPER,
                "Bình bầu khối B năm " + YEAR));
        asLeaderB.call(() -> {
            ballotSetup.setCandidates(ballotB, Seat.CERTIFICATE_OF_MERIT, List.of(testData.unit("SXD").getId()));
            ballotSetup.recordPresence(ballotB, presentB);
            ballotSetup.openBallot(ballotB);
            return null;
        });
        Long proposalB = asLeaderB.call(() -> paperCount.confirmUnanimous(ballotB, presentB.size()));
        asLeaderB.call(() -> approvals.submit(proposalB));
        made.put("proposalB", proposalB);

        // the draft year: a draft proposal (the leader's dossier controls)
        BlocYearForm next = asSpecialist.call(() -> blocYears.loadBlocYear(blocA, YEAR));
        next.setYear(DRAFT_YEAR);
        asSpecialist.call(() -> blocYears.saveBlocYear(next));
        Long meetingDraft = asLeader.call(() -> meetings.saveMeeting(TestData.yearEndMeeting(blocA, DRAFT_YEAR))).getId();
        made.put("meetingDraft", meetingDraft);
        Long ballotDraft = paperBallot(meetingDraft, DRAFT_YEAR);
        made.put("proposalDraft", asLeader.call(() -> paperCount.confirmUnanimous(ballotDraft, BLOC_A.size())));
        // and an electronic leadership ballot being prepared (candidates, presence, committee)
        made.put("ballotDraft", asLeader.call(() -> ballotSetup.createBallot(meetingDraft, BallotKind.LEADERSHIP,
                VotingMode.ELECTRONIC, "Lấy phiếu suy tôn năm " + DRAFT_YEAR)));
        return made;
    }

    /** An open paper commendation ballot of the meeting, the flag for the Women's Union, all five present. */
    private Long paperBallot(Long meeting, int year) throws Exception {
        Long ballot = asLeader.call(() -> ballotSetup.createBallot(meeting, BallotKind.COMMENDATION, VotingMode.PAPER,
                "Bình bầu năm " + year));
        asLeader.call(() -> {
            ballotSetup.setCandidates(ballot, Seat.PROVINCIAL_FLAG, List.of(testData.unit("HLHPN").getId()));
            ballotSetup.recordPresence(ballot, units(BLOC_A));
            ballotSetup.openBallot(ballot);
            return null;
        });
        return ballot;
    }

    /** An open electronic commendation ballot of the meeting with its committee, all five present. */
    private Long electronicBallot(Long meeting, String title) throws Exception {
        Long ballot = asLeader.call(() -> ballotSetup.createBallot(meeting, BallotKind.COMMENDATION, VotingMode.ELECTRONIC, title));
        asLeader.call(() -> {
            ballotSetup.setCandidates(ballot, Seat.PROVINCIAL_FLAG, List.of(testData.unit("HLHPN").getId()));
            ballotSetup.setCandidates(ballot, Seat.CERTIFICATE_OF_MERIT, List.of(testData.unit("HND").getId()));
            ballotSetup.recordPresence(ballot, units(BLOC_A));
            committees.setCommittee(ballot, List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"));
            ballotSetup.openBallot(ballot);
            return null;
        });
        return ballot;
    }

    /** A counted paper leadership ballot: the Farmers' Association elected leader, the Veterans' not. */
    private Long leadershipBallot(Long meeting, List<Long> present) throws Exception {
        Long ballot = asLeader.call(() -> ballotSetup.createBallot(meeting, BallotKind.LEADERSHIP, VotingMode.PAPER,
                "Suy tôn khối trưởng, khối phó năm " + (YEAR + 1)));
        asLeader.call(() -> {
            ballotSetup.setCandidates(ballot, Seat.LEADER, List.of(testData.unit("HND").getId(), testData.unit("HCCB").getId()));
            ballotSetup.setCandidates(ballot, Seat.DEPUTY, List.of(testData.unit("SKHDT").getId()));
            ballotSetup.recordPresence(ballot, present);
            ballotSetup.openBallot(ballot);
            return null;
        });
        BallotView open = asLeader.call(() -> ballotQueries.ballot(ballot));
        Map<Long, Integer> votes = new HashMap<>();
        open.seats().forEach(seat -> seat.candidates().forEach(c ->
                votes.put(c.id(), switch (c.unitCode()) {
                    // one mark per ballot and seat: the leader's seat shares the five ballots 4 to 1
                    case "HND" -> present.size() - 1;
                    case "HCCB" -> 1;
                    default -> present.size();
                })));
        asLeader.call(() -> {
            counting.enterPaperCounts(ballot, present.size(), present.size(), 0, votes);
            counting.countBallot(ballot);
            return null;
        });
        return ballot;
    }

    private List<Long> units(List<String> codes) {
        return codes.stream().map(c -> testData.unit(c).getId()).toList();
    }
}
