package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.thidua.bloc.service.BlocFilter;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.covenant.entity.CovenantVersion;
import vn.thidua.covenant.entity.CriterionKind;
import vn.thidua.covenant.service.CovenantForm;
import vn.thidua.covenant.service.CovenantService;
import vn.thidua.covenant.service.CriterionView;
import vn.thidua.home.service.BlocProgress;
import vn.thidua.home.service.BlocStage;
import vn.thidua.home.service.BoardHome;
import vn.thidua.home.service.HomeService;
import vn.thidua.home.service.MemberProgress;
import vn.thidua.home.service.Task;
import vn.thidua.proposal.service.ApprovalWorkflowService;
import vn.thidua.proposal.service.ProposalView;
import vn.thidua.scoring.service.ScoreForm;
import vn.thidua.scoring.service.ScoringService;
import vn.thidua.shared.AccessDeniedException;
import vn.thidua.shared.PageRequest;
import vn.thidua.unit.entity.Unit;

/**
 * The home page per role (issue 15, item 9) against the real server and database, in this
 * class's own years (2049, 2059, 2098) of Bloc No. 03 and Bloc No. 01; demo data is only read. A
 * member sees "sign the covenant" until it signs, then "score your unit" until every
 * criterion is scored; the leader sees the bloc member by member; the leader files the
 * proposal and a nominee its achievement report until the proposal is filed; the Board sees
 * every bloc's stage with the late bloc first; nobody reads a bloc that is not theirs; filing
 * the proposal and the reports are due by the province's filing deadline of the year.
 */
@ExtendWith(ArquillianExtension.class)
class HomePageIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(HomePageIT.class);
    }

    @Inject
    private TestData testData;

    @Inject
    private AsWomenUnion asWomenUnion;

    @Inject
    private AsYouthUnion asLeader;

    @Inject
    private AsFarmersAssociation asDeputy;

    @Inject
    private AsOtherBlocLeader asOtherBloc;

    @Inject
    private AsBoardSpecialist asSpecialist;

    @Inject
    private AsBoardLeader asBoardLeader;

    @Inject
    private HomeService home;

    @Inject
    private CovenantService covenants;

    @Inject
    private ScoringService scoring;

    @Inject
    private ApprovalWorkflowService approvals;

    @Inject
    private BlocService blocs;

    @Inject
    private PaperCount paperCount;

    @Test
    void aMemberSeesSignThenScoreUntilDoneAndTheLeaderSeesEveryMember() throws Exception {
        int year = 2049;
        Long bloc = testData.bloc03With(year);
        Unit women = testData.unit("HLHPN");

        // nothing to sign before the leader drafts the covenant
        assertTrue(tasks(asWomenUnion, year, bloc).isEmpty());
        CovenantVersion v = asLeader.call(() -> covenants.draftCovenant(covenantForm(bloc, year)));

        // the Women's Union has not signed: "sign the covenant", for its bloc and year
        List<Task> before = tasks(asWomenUnion, year, bloc);
        assertEquals(List.of(Task.SIGN_COVENANT), before.stream().map(Task::kind).toList());
        assertEquals(year, before.get(0).year());
        assertEquals("Khối thi đua số 03 – Các tổ chức chính trị - xã hội tỉnh", before.get(0).blocName());

        asWomenUnion.call(() -> covenants.signCovenant(v.getId(), women.getId()));
        assertTrue(tasks(asWomenUnion, year, bloc).isEmpty(), "signed: the task is gone");
        // the Farmers' Association (deputy) still has to sign
        assertEquals(List.of(Task.SIGN_COVENANT), tasks(asDeputy, year, bloc).stream().map(Task::kind).toList());

        // the leader's table: five members, the Women's Union signed, the others not; a plain member gets no table
        BlocProgress progress = led(asLeader, year, bloc);
        assertEquals(5, progress.members().size());
        assertFalse(progress.covenantInForce());
        assertTrue(member(progress, "Hội Liên hiệp Phụ nữ tỉnh Đắk Nông").signed());
        assertFalse(member(progress, "Tỉnh đoàn Đắk Nông").signed());
        assertEquals("LEADER", member(progress, "Tỉnh đoàn Đắk Nông").role());
        assertEquals("DEPUTY", member(progress, "Hội Nông dân tỉnh Đắk Nông").role());
        assertTrue(asWomenUnion.call(() -> home.myHome(year)).led().isEmpty(), "a plain member sees no member table");
        assertNotNull(asDeputy.call(() -> home.myHome(year)).led().stream()
                .filter(b -> b.blocId().equals(bloc)).findFirst().orElse(null), "the deputy stands in for the leader");

        // every other member signs on paper: in force, so every member must score itself
        for (String code : List.of("HND", "HCCB", "LDLD", "TDOAN")) {
            asLeader.call(() -> covenants.recordPaperSignature(v.getId(), testData.unit(code).getId()));
        }
        List<CriterionView> criteria = asLeader.call(() -> covenants.inForce(bloc, year)).orElseThrow().criteria();
        List<Task> toScore = tasks(asWomenUnion, year, bloc);
        assertEquals(List.of(Task.SELF_SCORE), toScore.stream().map(Task::kind).toList());
        assertEquals(0, toScore.get(0).done());

        asWomenUnion.call(() -> scoring.scoreCriterion(score(criteria.get(0), women, "55", "Báo cáo tổng kết")));
        Task half = tasks(asWomenUnion, year, bloc).get(0);
        assertEquals(Task.SELF_SCORE, half.kind());
        assertEquals(1, half.done());
        assertEquals(2, half.of(), "two criteria to score (the bonus and the deduction are the leader's)");
        asWomenUnion.call(() -> scoring.scoreCriterion(score(criteria.get(1), women, "35", null)));
        assertTrue(tasks(asWomenUnion, year, bloc).isEmpty(), "scored every criterion: nothing left to do");

        progress = led(asLeader, year, bloc);
        assertTrue(progress.covenantInForce());
        assertTrue(progress.members().stream().allMatch(MemberProgress::signed));
        assertTrue(member(progress, "Hội Liên hiệp Phụ nữ tỉnh Đắk Nông").isScoringDone());
        assertFalse(member(progress, "Hội Cựu chiến binh tỉnh Đắk Nông").isScoringDone());
        assertEquals(0, member(progress, "Hội Cựu chiến binh tỉnh Đắk Nông").scored());

        // the Board sees the bloc scoring, with its counts
        BlocStage stage = stage(asBoardLeader.call(() -> home.boardHome(year, LocalDate.of(year, 6, 1))), bloc);
        assertEquals("SCORING", stage.stage());
        assertEquals(5, stage.members());
        assertEquals(5, stage.signed());
        assertEquals(1, stage.scored());
        assertFalse(stage.late());
    }

    @Test
    void theLeaderFilesTheProposalANomineeItsReportAndTheBoardSeesTheLateBlocFirst() throws Exception {
        int year = 2098;
        Long bloc03 = testData.bloc03With(year);
        Long bloc01 = blocOfYear("KTD01", year);
        Long flag = testData.unit("HLHPN").getId();
        Long certificate = testData.unit("TDOAN").getId();
        List<Long> present = TestData.memberCodes().stream().map(c -> testData.unit(c).getId()).toList();
        Long proposal = asLeader.call(() -> paperCount.unanimousCommendation(bloc03, year, flag, certificate, present));

        // a draft: the leader completes and files it, the Women's Union (a nominee) owes its report
        Task file = tasks(asLeader, year, bloc03).stream().filter(t -> t.kind().equals(Task.FILE_PROPOSAL))
                .findFirst().orElseThrow();
        assertEquals(proposal, file.proposalId());
        assertNull(file.dueOn(), "the Board set no filing deadline for 2098");
        assertEquals(0, file.done());
        assertEquals(2, file.of(), "two nominees, no achievement report yet");
        List<Task> nominee = tasks(asWomenUnion, year, bloc03);
        assertEquals(List.of(Task.FILE_REPORT), nominee.stream().map(Task::kind).toList());
        assertEquals(proposal, nominee.get(0).proposalId());
        assertTrue(tasks(asDeputy, year, bloc03).isEmpty(), "the deputy neither files nor is nominated");
        assertEquals("MISSING", member(led(asLeader, year, bloc03), "Hội Liên hiệp Phụ nữ tỉnh Đắk Nông").report());
        assertNull(member(led(asLeader, year, bloc03), "Hội Nông dân tỉnh Đắk Nông").report());

        ProposalView submitted = asLeader.call(() -> approvals.submit(proposal));
        assertTrue(tasks(asLeader, year, bloc03).isEmpty(), "filed: nothing left for the leader");
        assertTrue(tasks(asWomenUnion, year, bloc03).isEmpty(), "filed: the report is no longer asked for here");

        // the Board, before the appraisal deadline: on time, by name (Bloc No. 01 first)
        LocalDate due = submitted.dueOn();
        BoardHome onTime = asBoardLeader.call(() -> home.boardHome(year, due));
        assertEquals(List.of(bloc01, bloc03), onTime.blocs().stream().map(BlocStage::blocId).toList());
        assertTrue(onTime.blocs().stream().noneMatch(BlocStage::late));
        BlocStage filed = stage(onTime, bloc03);
        assertEquals("PROPOSAL", filed.stage());
        assertEquals("SUBMITTED", filed.proposalStatus());
        assertEquals(due, filed.dueOn());
        assertEquals(1, filed.ballots());
        assertEquals(1, filed.ballotsCounted());
        assertEquals("NOT_STARTED", stage(onTime, bloc01).stage());
        assertEquals(Map.of("COVENANT_IN_FORCE", 0, "SCORING_DONE", 0, "BALLOTS_COUNTED", 1, "PROPOSAL_FILED", 1,
                "PROPOSAL_CHECKED", 0, "PROPOSAL_DECIDED", 0, "LATE", 0), onTime.counts());

        // past the deadline the appraisal of Bloc No. 03 is late: it comes first
        BoardHome late = asSpecialist.call(() -> home.boardHome(year, due.plusDays(1)));
        assertEquals(List.of(bloc03, bloc01), late.blocs().stream().map(BlocStage::blocId).toList());
        assertTrue(stage(late, bloc03).late());
        assertFalse(stage(late, bloc01).late());
        assertEquals(1, late.counts().get("LATE"));

        // once the year is over, a bloc that filed nothing is late too
        BoardHome yearOver = asBoardLeader.call(() -> home.boardHome(year, LocalDate.of(year + 1, 1, 10)));
        assertTrue(stage(yearOver, bloc01).late());

        // each sees its own: a member of Bloc No. 01 only that bloc; members cannot read the Board's view
        assertTrue(asOtherBloc.call(() -> home.myHome(year)).tasks().stream().noneMatch(t -> t.blocId().equals(bloc03)));
        assertTrue(refusedByRole(() -> asLeader.call(() -> home.boardHome(year, due))));
        assertTrue(refusedByRole(() -> asSpecialist.call(() -> home.myHome(year))));
        assertThrows(AccessDeniedException.class,
                () -> asOtherBloc.call(() -> covenants.covenantStates(year, List.of(bloc03))));
    }

    @Test
    void filingTheProposalAndTheReportsIsDueByTheProvincesFilingDeadline() throws Exception {
        int year = 2059;
        LocalDate deadline = LocalDate.of(2060, 1, 15);
        Long bloc = testData.bloc03With(year);
        // the Board sets the province's filing deadline of 2059 (the bloc is Lâm Đồng's that year)
        testData.filingDeadline(testData.unit("HLHPN").getProvince().getId(), year, deadline);
        // the leader's table shows it before there is a proposal; members have nothing to file yet
        assertEquals(deadline, led(asLeader, year, bloc).filingDeadline());
        assertTrue(tasks(asWomenUnion, year, bloc).isEmpty());

        Long flag = testData.unit("HLHPN").getId();
        Long certificate = testData.unit("TDOAN").getId();
        List<Long> present = TestData.memberCodes().stream().map(c -> testData.unit(c).getId()).toList();
        Long proposal = asLeader.call(() -> paperCount.unanimousCommendation(bloc, year, flag, certificate, present));
        Task file = tasks(asLeader, year, bloc).stream().filter(t -> t.kind().equals(Task.FILE_PROPOSAL))
                .findFirst().orElseThrow();
        assertEquals(proposal, file.proposalId());
        assertEquals(deadline, file.dueOn(), "the deadline column of the leader's task");
        Task report = tasks(asWomenUnion, year, bloc).get(0);
        assertEquals(Task.FILE_REPORT, report.kind());
        assertEquals(deadline, report.dueOn(), "the deadline column of the nominee's task");
    }

    // ---- helpers ----

    private static boolean refusedByRole(org.junit.jupiter.api.function.Executable call) {
        EJBException e = assertThrows(EJBException.class, call);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException) {
                return true;
            }
        }
        return false;
    }

    private List<Task> tasks(Object who, int year, Long bloc) throws Exception {
        return call(who, () -> home.myHome(year)).tasks().stream().filter(t -> t.blocId().equals(bloc)).toList();
    }

    private BlocProgress led(Object who, int year, Long bloc) throws Exception {
        return call(who, () -> home.myHome(year)).led().stream().filter(b -> b.blocId().equals(bloc)).findFirst()
                .orElseThrow();
    }

    private <T> T call(Object who, Work<T> work) throws Exception {
        if (who instanceof AsWomenUnion w) {
            return w.call(work);
        }
        if (who instanceof AsYouthUnion y) {
            return y.call(work);
        }
        return ((AsFarmersAssociation) who).call(work);
    }

    private static MemberProgress member(BlocProgress progress, String unitName) {
        return progress.members().stream().filter(m -> m.unitName().equals(unitName)).findFirst().orElseThrow();
    }

    private static BlocStage stage(BoardHome board, Long bloc) {
        return board.blocs().stream().filter(s -> s.blocId().equals(bloc)).findFirst().orElseThrow();
    }

    /** A demo bloc with this class's year added: its 2024 members and leadership (demo data only read). */
    private Long blocOfYear(String code, int year) throws Exception {
        Long blocId = asSpecialist.call(() -> blocs.findBlocYears(new BlocFilter(2024, null, code), PageRequest.of(0, 1)))
                .rows().get(0).blocId();
        return asSpecialist.call(() -> testData.copyYear(blocId, 2024, year));
    }

    private static CovenantForm covenantForm(Long bloc, int year) {
        CovenantForm form = new CovenantForm();
        form.setBlocId(bloc);
        form.setYear(year);
        form.setContent("Các đơn vị cam kết thực hiện tốt nhiệm vụ năm " + year + ".");
        form.addItem(CriterionKind.CRITERION, "Thực hiện nhiệm vụ chính trị", new BigDecimal("60"), true);
        form.addItem(CriterionKind.CRITERION, "Công tác thi đua, khen thưởng", new BigDecimal("40"), false);
        form.addItem(CriterionKind.BONUS, "Mô hình mới", new BigDecimal("5"), false);
        form.addItem(CriterionKind.DEDUCTION, "Báo cáo chậm", new BigDecimal("5"), false);
        return form;
    }

    private static ScoreForm score(CriterionView criterion, Unit unit, String points, String evidence) {
        ScoreForm form = new ScoreForm();
        form.setCriterionId(criterion.id());
        form.setUnitId(unit.getId());
        form.setPoints(new BigDecimal(points));
        form.setEvidence(evidence);
        return form;
    }
}
