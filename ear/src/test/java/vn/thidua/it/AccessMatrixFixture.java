package vn.thidua.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.thidua.activity.service.ActivityForm;
import vn.thidua.activity.service.ActivityService;
import vn.thidua.activity.service.ActivityView;
import vn.thidua.ballot.entity.BallotKind;
import vn.thidua.ballot.entity.Seat;
import vn.thidua.ballot.entity.VotingMode;
import vn.thidua.ballot.service.BallotSetupService;
import vn.thidua.ballot.service.CommitteeService;
import vn.thidua.bloc.service.BlocService;
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
import vn.thidua.registry.service.RegistryService;
import vn.thidua.scoring.service.AssessmentView;
import vn.thidua.scoring.service.ScoreForm;
import vn.thidua.scoring.service.ScoringService;

/**
 * The access matrix's own data (docs/access-matrix.tsv), made once per deployment through the
 * services: in {@link #YEAR} Bloc A (leader the Women's Union, deputy the Farmers'
 * Association, member the Veterans' Association, with two departments) and Bloc B (the
 * Department of Finance among four other departments); the Youth Union and the Labour
 * Federation belong to no bloc that year. In Bloc A one resource of every type: a signed
 * covenant version, a self-assessment with an evidence file, a joint activity with an evidence
 * file, the year-end conference, its confirmed paper ballot, the proposal it gave, the
 * proposal's dossier documents, and the award decided at the end of the approval chain; and an
 * open electronic ballot ({@code ballotE}) at a mid-year conference for the voting cells.
 * The ids are what the matrix's {@code {placeholders}} stand for.
 */
@Singleton
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AccessMatrixFixture {

    static final int YEAR = 2088;
    static final String BLOC_A = "MXA88";
    static final String BLOC_B = "MXB88";
    static final byte[] PDF = "%PDF-1.4 ma tran quyen".getBytes(StandardCharsets.UTF_8);

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
    private CommitteeService committees;
    @Inject
    private DossierService dossiers;
    @Inject
    private ApprovalWorkflowService approvals;
    @Inject
    private RegistryService registry;

    private Map<String, Long> ids;

    /** The fixture's ids by placeholder name (made on the first call). */
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
        for (String code : List.of("HLHPN", "HND", "HCCB", "LDLD", "TDOAN", "STC")) {
            made.put("unit" + code, testData.unit(code).getId());
        }
        made.put("province", testData.unit("HLHPN").getProvince().getId());
        Long blocA = bloc(BLOC_A, "Khối kiểm thử ma trận A", List.of("HLHPN", "HND", "HCCB", "SKHDT", "SNV"), "HLHPN", "HND");
        Long blocB = bloc(BLOC_B, "Khối kiểm thử ma trận B", List.of("SXD", "STC", "SGTVT", "SCT", "STNMT"), "SXD", "SGTVT");
        made.put("bloc", blocA);
        made.put("blocB", blocB);

        // covenant: drafted by the leader, signed by all five on paper (so it is in force)
        CovenantForm covenant = new CovenantForm();
        covenant.setBlocId(blocA);
        covenant.setYear(YEAR);
        covenant.setContent("Các đơn vị cam kết thực hiện tốt nhiệm vụ năm " + YEAR + ".");
        covenant.addItem(CriterionKind.CRITERION, "Thực hiện nhiệm vụ chính trị", new BigDecimal("60"), true);
        covenant.addItem(CriterionKind.CRITERION, "Công tác thi đua, khen thưởng", new BigDecimal("40"), false);
        Long version = asLeader.call(() -> covenants.draftCovenant(covenant)).getId();
        for (String code : List.of("HLHPN", "HND", "HCCB", "SKHDT", "SNV")) {
            Long unit = testData.unit(code).getId();
            asSpecialist.call(() -> covenants.recordPaperSignature(version, unit));
        }
        made.put("covenant", version);
        CovenantVersionView inForce = asSpecialist.call(() -> covenants.inForce(blocA, YEAR)).orElseThrow();
        Long criterion = inForce.criteria().get(0).id();
        made.put("criterion", criterion);

        // a self-assessment of the leader's unit with one evidence file
        ScoreForm score = new ScoreForm();
        score.setCriterionId(criterion);
        score.setUnitId(made.get("unitHLHPN"));
        score.setPoints(new BigDecimal("55"));
        score.setEvidence("Báo cáo tổng kết");
        score.setFiles(List.of(new Upload("minh-chung.pdf", PDF)));
        Long assessment = asLeader.call(() -> scoring.scoreCriterion(score)).getId();
        made.put("assessment", assessment);
        AssessmentView scored = asSpecialist.call(() -> scoring.scoreSheet(blocA, YEAR)).assessments().stream()
                .filter(a -> a.id().equals(assessment)).findFirst().orElseThrow();
        made.put("evidence", scored.files().get(0).id());

        // a joint activity with one evidence file
        ActivityForm activity = new ActivityForm();
        activity.setBlocId(blocA);
        activity.setYear(YEAR);
        activity.setTitle("Đỡ đầu trẻ mồ côi");
        activity.setDescription("Hoạt động chung của khối");
        activity.setBeneficiary("Một cháu mồ côi");
        activity.setPlace("Xã Quảng Sơn");
        activity.setTotalValue(12_000_000L);
        Long activityId = asLeader.call(() -> activities.saveActivity(activity,
                List.of(new Upload("hoat-dong.pdf", PDF)))).getId();
        made.put("activity", activityId);
        ActivityView shown = asSpecialist.call(() -> activities.activities(blocA, YEAR)).stream()
                .filter(a -> a.id().equals(activityId)).findFirst().orElseThrow();
        made.put("activityFile", shown.files().get(0).id());

        // the year-end conference and its paper commendation ballot, confirmed: a proposal
        Long meeting = asLeader.call(() -> meetings.saveMeeting(TestData.yearEndMeeting(blocA, YEAR))).getId();
        made.put("meeting", meeting);
        Long ballot = asLeader.call(() -> ballotSetup.createBallot(meeting, BallotKind.COMMENDATION, VotingMode.PAPER,
                "Bình bầu năm " + YEAR));
        made.put("ballot", ballot);
        List<Long> present = List.of("HLHPN", "HND", "HCCB", "SKHDT", "SNV").stream()
                .map(c -> testData.unit(c).getId()).toList();
        asLeader.call(() -> {
            ballotSetup.setCandidates(ballot, Seat.PROVINCIAL_FLAG, List.of(made.get("unitHLHPN")));
            ballotSetup.recordPresence(ballot, present);
            ballotSetup.openBallot(ballot);
            return null;
        });
        Long proposal = asLeader.call(() -> paperCount.confirmUnanimous(ballot, 5));
        made.put("proposal", proposal);

        // an open electronic ballot (its own mid-year conference), for the voting API and services
        made.put("ballotE", electronicBallot(blocA, present, made));

        // the dossier, the approval chain and the award
        asLeader.call(() -> dossiers.generateDossier(proposal));
        asLeader.call(() -> dossiers.addAchievementReport(proposal, made.get("unitHLHPN"), new Upload("bao-cao.pdf", PDF)));
        made.put("document", asLeader.call(() -> dossiers.documents(proposal)).get(0).id());
        asLeader.call(() -> approvals.submit(proposal));
        asSpecialist.call(() -> approvals.checkDossier(proposal, "Hồ sơ đầy đủ"));
        asBoardLeader.call(() -> approvals.approve(proposal, "Đồng ý"));
        asBoardLeader.call(() -> approvals.recordCouncil(proposal, 9, 0, 0, List.of(), "Thống nhất"));
        asBoardLeader.call(() -> approvals.recordDecision(proposal, "88/QĐ-MX", LocalDate.of(YEAR + 1, 1, 15),
                "Chủ tịch UBND tỉnh", null));
        made.put("award", asSpecialist.call(() -> registry.search(null, blocA, YEAR, null, null)).get(0).id());
        return made;
    }

    /** An open electronic commendation ballot at a mid-year conference of Bloc A, all five present: its id. */
    private Long electronicBallot(Long blocA, List<Long> present, Map<String, Long> made) throws Exception {
        MeetingForm form = TestData.yearEndMeeting(blocA, YEAR);
        form.setKind(MeetingKind.MID_YEAR);
        form.setHeldOn(LocalDate.of(YEAR, 6, 27));
        Long meeting = asLeader.call(() -> meetings.saveMeeting(form)).getId();
        Long ballot = asLeader.call(() -> ballotSetup.createBallot(meeting, BallotKind.COMMENDATION, VotingMode.ELECTRONIC,
                "Bình bầu điện tử năm " + YEAR));
        asLeader.call(() -> {
            ballotSetup.setCandidates(ballot, Seat.PROVINCIAL_FLAG, List.of(made.get("unitHLHPN")));
            ballotSetup.setCandidates(ballot, Seat.CERTIFICATE_OF_MERIT, List.of(made.get("unitHND")));
            ballotSetup.recordPresence(ballot, present);
            committees.setCommittee(ballot, List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"));
            ballotSetup.openBallot(ballot);
            return null;
        });
        return ballot;
    }

    /** The bloc with this code, made for {@link #YEAR} with these members, leader and deputy if not there yet. */
    private Long bloc(String code, String name, List<String> members, String leader, String deputy) {
        return testData.bloc(code, name, YEAR, members, leader, deputy);
    }
}
