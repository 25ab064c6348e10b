package vn.thidua.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

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
import vn.thidua.ballot.service.CountingService;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.bloc.service.BlocYearService;
import vn.thidua.covenant.entity.CriterionKind;
import vn.thidua.covenant.service.CovenantForm;
import vn.thidua.covenant.service.CovenantService;
import vn.thidua.file.service.Upload;
import vn.thidua.meeting.service.MeetingService;
import vn.thidua.proposal.entity.DocumentKind;
import vn.thidua.proposal.service.ApprovalWorkflowService;
import vn.thidua.proposal.service.DossierService;
import vn.thidua.scoring.service.ScoreForm;
import vn.thidua.scoring.service.ScoringService;

/**
 * The data {@link PlainVietnameseBrowserIT} reads every page with, made once per deployment
 * through the services, in {@link #YEAR} only, shaped like the access matrix's fixture so its
 * roles hold: Bloc A (leader the Women's Union, deputy the Farmers' Association, member the
 * Veterans' Association, two departments) and Bloc B (the Department of Finance leading four
 * other departments). Everything that puts dates and codes on a page exists: a covenant signed
 * on paper, a self-assessment with evidence, a joint activity, the year-end conference with a
 * confirmed commendation ballot (the flag for the Women's Union, first on its
 * self-assessed score) whose proposal went the whole approval chain (returned with
 * reasons on two documents first, decided on 05/01/2045), a counted leadership ballot (one
 * candidate elected, one not), and Bloc B's proposal submitted before its dossier was
 * made (a missing-documents list, a due date in the inbox and a notification to the Board).
 */
@Singleton
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlainTextFixture {

    static final int YEAR = 2044;
    static final byte[] PDF = "%PDF-1.4 tieng viet ro rang".getBytes(StandardCharsets.UTF_8);

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
    private BlocService blocs;
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
    private DossierService dossiers;
    @Inject
    private ApprovalWorkflowService approvals;

    private Map<String, Long> ids;

    /** The fixture's ids by name (made on the first call). */
    public synchronized Map<String, Long> ids() throws Exception {
        if (ids == null) {
            ids = create();
        }
        return ids;
    }

    private Map<String, Long> create() throws Exception {
        testData.registerTestUsers();
        Map<String, Long> made = new LinkedHashMap<>();
        made.put("year", (long) YEAR);
        List<String> membersA = List.of("HLHPN", "HND", "HCCB", "SKHDT", "SNV");
        Long blocA = bloc("PVA44", "Khối kiểm thử tiếng Việt A", membersA, "HLHPN", "HND");
        Long blocB = bloc("PVB44", "Khối kiểm thử tiếng Việt B", List.of("STC", "SXD", "SGTVT", "SCT", "STNMT"), "STC", "SXD");
        made.put("bloc", blocA);
        made.put("unitHLHPN", testData.unit("HLHPN").getId());
        made.put("blocB", blocB);

        CovenantForm covenant = new CovenantForm();
        covenant.setBlocId(blocA);
        covenant.setYear(YEAR);
        covenant.setContent("Các đơn vị cam kết thực hiện tốt nhiệm vụ năm " + YEAR + ".");
        covenant.addItem(CriterionKind.CRITERION, "Thực hiện nhiệm vụ chính trị", new BigDecimal("60"), true);
        covenant.addItem(CriterionKind.BONUS, "Mô hình mới", new BigDecimal("10"), false);
        Long version = asLeader.call(() -> covenants.draftCovenant(covenant)).getId();
        for (String code : membersA) {
            Long unit = testData.unit(code).getId();
            asSpecialist.call(() -> covenants.recordPaperSignature(version, unit));
        }
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

        Long meeting = asLeader.call(() -> meetings.saveMeeting(TestData.yearEndMeeting(blocA, YEAR))).getId();
        made.put("meeting", meeting);
        List<Long> present = membersA.stream().map(c -> testData.unit(c).getId()).toList();
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

        // the approval chain, with a return on two documents first
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
        asBoardLeader.call(() -> approvals.recordDecision(proposal, "44/QĐ-UBND", LocalDate.of(YEAR + 1, 1, 5),
                "Chủ tịch UBND tỉnh", null));

        // Bloc B's proposal, submitted without its achievement report
        Long meetingB = asLeaderB.call(() -> meetings.saveMeeting(TestData.yearEndMeeting(blocB, YEAR))).getId();
        List<Long> presentB = List.of("STC", "SXD", "SGTVT", "SCT", "STNMT").stream()
                .map(c -> testData.unit(c).getId()).toList();
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
        return made;
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

    /** The bloc with this code, made for {@link #YEAR} with these members, leader and deputy if not there yet. */
    private Long bloc(String code, String name, List<String> members, String leader, String deputy) {
        return testData.bloc(code, name, YEAR, members, leader, deputy);
    }
}
