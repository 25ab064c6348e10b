package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.thidua.calendar.service.CalendarService;
import vn.thidua.calendar.service.Holiday;
import vn.thidua.file.service.Upload;
import vn.thidua.notification.service.NotificationService;
import vn.thidua.proposal.entity.DocumentKind;
import vn.thidua.proposal.entity.ProposalStatus;
import vn.thidua.proposal.service.ApprovalWorkflowService;
import vn.thidua.proposal.service.DossierService;
import vn.thidua.proposal.service.ProposalService;
import vn.thidua.proposal.service.ProposalView;
import vn.thidua.registry.entity.AwardKind;
import vn.thidua.registry.service.AwardView;
import vn.thidua.registry.service.RegistryService;
import vn.thidua.shared.AccessDeniedException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.PlainDates;
import vn.thidua.shared.SeparationOfDutiesException;
import vn.thidua.unit.entity.Unit;
import vn.thidua.unit.service.UnitForm;
import vn.thidua.unit.service.UnitService;

/**
 * The approval chain in the real server and database: every step refused for the wrong
 * role and for the leader of another bloc, nobody approving their own submission, the
 * account that checked a dossier neither approving nor rejecting it, the
 * return-and-resubmit path with the dossier, the due date in working days, the
 * notifications, concurrent checks and returns (one winner each time), a nominee removed by
 * the Council kept out of the registry, the decision entering the registry, and a
 * unit's award history across a merge.
 */
@ExtendWith(ArquillianExtension.class)
class ApprovalWorkflowIT {

    private static final byte[] PDF = "%PDF-1.4 báo cáo thành tích".getBytes(StandardCharsets.UTF_8);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(ApprovalWorkflowIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/ThiduaDS")
    private DataSource dataSource;

    @Inject
    private TestData testData;

    @Inject
    private AsYouthUnion asLeader;

    @Inject
    private PaperCount paperCount;

    @Inject
    private AsWomenUnion asMember;

    @Inject
    private AsOtherBlocLeader asOtherLeader;

    @Inject
    private AsBoardSpecialist asSpecialist;

    @Inject
    private AsBoardLeader asBoardLeader;

    @Inject
    private AsSubmitterWithBoardRole asSubmitterWithBoardRole;

    @Inject
    private AsCheckerWithLeaderRole asCheckerWithLeaderRole;

    @Inject
    private ProposalService proposals;

    @Inject
    private DossierService dossiers;

    @Inject
    private ApprovalWorkflowService approvals;

    @Inject
    private NotificationService notifications;

    @Inject
    private CalendarService calendar;

    @Inject
    private RegistryService registry;

    @Inject
    private UnitService units;

    @Test
    void proposalGoesThroughReturnResubmitApprovalCouncilAndDecisionIntoTheRegistry() throws Exception {
        Long id = confirmedProposal(2036);
        Unit women = testData.unit("HLHPN");
        Unit youth = testData.unit("TDOAN");

        // only the leader unit of this bloc and year submits
        assertThrows(AccessDeniedException.class, () -> asMember.call(() -> approvals.submit(id)));
        assertThrows(AccessDeniedException.class, () -> asOtherLeader.call(() -> approvals.submit(id)));
        assertTrue(refusedByRole(() -> asSpecialist.call(() -> approvals.submit(id))));
        ProposalView submitted = asLeader.call(() -> approvals.submit(id));
        assertEquals(ProposalStatus.SUBMITTED, submitted.status());
        assertTrue(submitted.number().matches("\\d{2,}/TTr-KTĐ03"), "numbered from the leader's register: " + submitted.number());
        assertDueTwentyWorkingDaysLater(submitted.submittedAt().toLocalDate(), submitted.dueOn());
        assertTrue(asSpecialist.call(() -> notifications.notifications()).stream().anyMatch(n -> n.text().equals(
                "Tờ trình " + submitted.number() + " của " + submitted.blocName() + " chờ thẩm định, hạn "
                        + PlainDates.format(submitted.dueOn()))));

        // the specialist cannot pass an incomplete dossier; returns it with reasons
        assertEquals("error.proposal.incomplete", assertThrows(InvalidInputException.class,
                () -> asSpecialist.call(() -> approvals.checkDossier(id, null))).getMessageKey());
        assertTrue(refusedByRole(() -> asMember.call(() -> approvals.returnProposal(id,
                Map.of(DocumentKind.ACHIEVEMENT_REPORT, "x")))));
        assertTrue(refusedByRole(() -> asBoardLeader.call(() -> approvals.returnProposal(id,
                Map.of(DocumentKind.ACHIEVEMENT_REPORT, "x")))));
        asSpecialist.call(() -> approvals.returnProposal(id,
                Map.of(DocumentKind.ACHIEVEMENT_REPORT, "Thiếu báo cáo thành tích của đơn vị được đề nghị")));

        // the leader completes the dossier and resubmits
        asLeader.call(() -> dossiers.generateDossier(id));
        asLeader.call(() -> dossiers.addAchievementReport(id, women.getId(), new Upload("bao-cao-hlhpn.pdf", PDF)));
        asLeader.call(() -> dossiers.addAchievementReport(id, youth.getId(), new Upload("bao-cao-td.pdf", PDF)));
        assertEquals(List.of(), asLeader.call(() -> dossiers.missingDocuments(id)));
        assertEquals(submitted.number(), asLeader.call(() -> approvals.submit(id)).number(), "refiled, it keeps its number");

        // approval only after the check; only the Board leader; never by the submitter
        assertEquals("error.proposal.wrongState", assertThrows(InvalidInputException.class,
                () -> asBoardLeader.call(() -> approvals.approve(id, null))).getMessageKey());
        assertTrue(refusedByRole(() -> asLeader.call(() -> approvals.checkDossier(id, null))));
        asSpecialist.call(() -> approvals.checkDossier(id, "Hồ sơ đầy đủ"));

        // the daily timer's work: past the due date the appraisal is overdue and the Board is told
        LocalDate due = asSpecialist.call(() -> proposals.proposal(id)).dueOn();
        assertTrue(asBoardLeader.call(() -> approvals.markOverdue(due.plusDays(1))) >= 1);
        assertTrue(asBoardLeader.call(() -> proposals.proposal(id)).overdue());
        assertTrue(asBoardLeader.call(() -> notifications.notifications()).stream()
                .anyMatch(n -> n.text().equals("Tờ trình " + submitted.number() + " quá hạn thẩm định (hạn "
                        + PlainDates.format(due) + ")")));
        assertTrue(asBoardLeader.call(() -> proposals.inbox()).stream().anyMatch(p -> p.id().equals(id) && p.overdue()));
        assertTrue(refusedByRole(() -> asSpecialist.call(() -> approvals.approve(id, null))));
        assertTrue(refusedByRole(() -> asLeader.call(() -> approvals.approve(id, null))));
        assertEquals("error.proposal.ownSubmission", assertThrows(InvalidInputException.class,
                () -> asSubmitterWithBoardRole.call(() -> approvals.approve(id, null))).getMessageKey());
        asBoardLeader.call(() -> approvals.approve(id, "Đồng ý trình Hội đồng"));
        assertTrue(refusedByRole(() -> asSpecialist.call(() -> approvals.recordCouncil(id, 9, 0, 0, List.of(), null))));
        asBoardLeader.call(() -> approvals.recordCouncil(id, 9, 0, 1, List.of(), "Thống nhất"));
        assertTrue(refusedByRole(() -> asSpecialist.call(() -> approvals.recordDecision(id, "1/QĐ", LocalDate.now(), "x", null))));
        // a decision number already in the registry for the same authority and year is refused, and nothing of the
        // step remains
        String taken = "Q" + UUID.randomUUID().toString().substring(0, 6) + "/QĐ-UBND";
        Long other = confirmedProposal(2041);
        try (Connection c = dataSource.getConnection()) {
            awardFixture(c, other, taken, youth.getId(), submitted.blocId(), 2041);
        }
        assertEquals("error.decision.duplicateNumber", assertThrows(InvalidInputException.class,
                () -> asBoardLeader.call(() -> approvals.recordDecision(id, " " + taken, LocalDate.of(2042, 2, 20),
                        "Chủ tịch UBND tỉnh", null))).getMessageKey());
        assertEquals(ProposalStatus.COUNCIL_REVIEWED, asBoardLeader.call(() -> proposals.proposal(id)).status());
        String number = "Q" + UUID.randomUUID().toString().substring(0, 6) + "/QĐ-UBND";
        asBoardLeader.call(() -> approvals.recordDecision(id, number, LocalDate.of(2037, 1, 15),
                "Chủ tịch UBND tỉnh", new Upload("quyet-dinh.pdf", SignedPdfs.signed(number))));

        ProposalView decided = asSpecialist.call(() -> proposals.proposal(id));
        assertEquals(ProposalStatus.DECIDED, decided.status());
        assertEquals(List.of("SUBMIT", "RETURN", "RESUBMIT", "CHECK", "APPROVE", "COUNCIL", "DECISION"),
                decided.steps().stream().map(ProposalView.Step::step).toList());
        assertEquals(List.of(AsYouthUnion.PRINCIPAL, AsBoardSpecialist.PRINCIPAL, AsYouthUnion.PRINCIPAL,
                        AsBoardSpecialist.PRINCIPAL, AsBoardLeader.PRINCIPAL, AsBoardLeader.PRINCIPAL, AsBoardLeader.PRINCIPAL),
                decided.steps().stream().map(ProposalView.Step::actor).toList());
        assertTrue(decided.steps().get(1).comment().contains("Báo cáo thành tích: Thiếu báo cáo thành tích"));
        assertEquals("Hội đồng: tán thành 9, không tán thành 0, không ý kiến 1; Thống nhất", decided.steps().get(5).comment());

        Map<String, AwardKind> awards = new TreeMap<>();
        asMember.call(() -> registry.search(null, null, 2036, null, number))
                .forEach(a -> awards.put(a.unitCode(), a.kind()));
        assertEquals(Map.of("HLHPN", AwardKind.PROVINCIAL_FLAG, "TDOAN", AwardKind.CERTIFICATE_OF_MERIT), awards);
        // the decision's PDF was signed by the test CA's signer: its name is shown with the step and the awards
        assertTrue(decided.steps().get(6).comment().contains(SignedPdfs.SIGNER), decided.steps().get(6).comment());
        asMember.call(() -> registry.search(null, null, 2036, null, number)).forEach(a -> {
            assertEquals(SignedPdfs.SIGNER, a.signedBy());
            assertNotNull(a.signedAt());
        });
    }

    @Test
    void theAccountThatCheckedTheDossierNeitherApprovesNorRejectsItAnotherBoardLeaderDoes() throws Exception {
        Long id = confirmedProposal(2061);
        asLeader.call(() -> dossiers.generateDossier(id));
        for (String code : List.of("HLHPN", "TDOAN")) {
            Long unitId = testData.unit(code).getId();
            asLeader.call(() -> dossiers.addAchievementReport(id, unitId, new Upload("bao-cao.pdf", PDF)));
        }
        asLeader.call(() -> approvals.submit(id));
        asSpecialist.call(() -> approvals.checkDossier(id, "Hồ sơ đầy đủ"));
        String checked = storedProposal(id);
        assertEquals("CHECKED | " + AsBoardSpecialist.PRINCIPAL + " | steps 2 | audited APPROVE/REJECT 0",
                checked.replaceFirst(" \\| version \\d+", ""));

        // the same account, holding the Board leader's role too, is refused both leader steps
        assertEquals("error.proposal.checkerCannotApprove", assertThrows(SeparationOfDutiesException.class,
                () -> asCheckerWithLeaderRole.call(() -> approvals.approve(id, "Đồng ý"))).getMessageKey());
        assertEquals("error.proposal.checkerCannotApprove", assertThrows(SeparationOfDutiesException.class,
                () -> asCheckerWithLeaderRole.call(() -> approvals.reject(id, "Không đạt"))).getMessageKey());
        assertEquals(checked, storedProposal(id), "nothing changed: status, checker, steps, version, audit");

        // another Board leader approves
        ProposalView approved = asBoardLeader.call(() -> approvals.approve(id, "Đồng ý trình Hội đồng"));
        assertEquals(ProposalStatus.APPROVED, approved.status());
        assertEquals(List.of("SUBMIT", "CHECK", "APPROVE"), approved.steps().stream().map(ProposalView.Step::step).toList());
        assertEquals(List.of(AsYouthUnion.PRINCIPAL, AsBoardSpecialist.PRINCIPAL, AsBoardLeader.PRINCIPAL),
                approved.steps().stream().map(ProposalView.Step::actor).toList());
    }

    @Test
    void concurrentChecksAndReturnsOneWinsPerProposalAndTheHistoryStaysConsistent() throws Exception {
        int attempts = 8;
        for (Long id : List.of(confirmedProposal(2037), confirmedProposal(2081), confirmedProposal(2082))) {
            asLeader.call(() -> dossiers.generateDossier(id));
            for (String code : List.of("HLHPN", "TDOAN")) {
                Long unitId = testData.unit(code).getId();
                asLeader.call(() -> dossiers.addAchievementReport(id, unitId, new Upload("bao-cao.pdf", PDF)));
            }
            asLeader.call(() -> approvals.submit(id));

            // every attempt is parked on the latch before any is released; half check, half return
            ExecutorService pool = Executors.newFixedThreadPool(attempts);
            CountDownLatch ready = new CountDownLatch(attempts);
            CountDownLatch go = new CountDownLatch(1);
            long[] started = new long[attempts];
            long[] ended = new long[attempts];
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                int n = i;
                boolean check = i % 2 == 0;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    started[n] = System.nanoTime();
                    try {
                        if (check) {
                            asSpecialist.call(() -> approvals.checkDossier(id, "đủ"));
                            return "checked";
                        }
                        asSpecialist.call(() -> approvals.returnProposal(id, Map.of(DocumentKind.SCORE_TABLE, "sai số liệu")));
                        return "returned";
                    } catch (InvalidInputException e) {
                        return e.getMessageKey();
                    } finally {
                        ended[n] = System.nanoTime();
                    }
                }));
            }
            assertTrue(ready.await(30, java.util.concurrent.TimeUnit.SECONDS));
            go.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : futures) {
                outcomes.add(f.get(2, java.util.concurrent.TimeUnit.MINUTES));
            }
            pool.shutdown();

            // the attempts really overlapped: several were under way before the first one finished
            long firstEnd = java.util.Arrays.stream(ended).min().orElseThrow();
            long underWay = java.util.Arrays.stream(started).filter(t -> t < firstEnd).count();
            assertTrue(underWay >= 2, "only " + underWay + " attempt(s) started before the first finished");

            assertEquals(1, outcomes.stream().filter(o -> o.equals("checked") || o.equals("returned")).count(), outcomes.toString());
            assertEquals(attempts - 1, outcomes.stream().filter(o -> o.equals("error.proposal.wrongState")).count(),
                    outcomes.toString());

            boolean checked = outcomes.contains("checked");
            ProposalView after = asSpecialist.call(() -> proposals.proposal(id));
            assertEquals(checked ? ProposalStatus.CHECKED : ProposalStatus.RETURNED, after.status());
            assertEquals(List.of("SUBMIT", checked ? "CHECK" : "RETURN"),
                    after.steps().stream().map(ProposalView.Step::step).toList());
            assertEquals(AsBoardSpecialist.PRINCIPAL, after.steps().get(1).actor());
            assertEquals(checked ? AsBoardSpecialist.PRINCIPAL : null, after.checkedBy());
            try (Connection c = dataSource.getConnection()) {
                assertEquals(2, single(c, "SELECT COUNT(*) FROM proposal_step WHERE proposal_id = " + id));
                assertEquals(1, single(c, "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Proposal'"
                        + " AND entity_id = '" + id + "' AND action IN ('CHECK', 'RETURN')"));
            }
        }
    }

    @Test
    void aNomineeTheCouncilRemovesNeverReachesTheRegistry() throws Exception {
        Long id = confirmedProposal(2080);
        Unit women = testData.unit("HLHPN");
        Unit youth = testData.unit("TDOAN");
        asLeader.call(() -> dossiers.generateDossier(id));
        for (Unit u : List.of(women, youth)) {
            asLeader.call(() -> dossiers.addAchievementReport(id, u.getId(), new Upload("bao-cao.pdf", PDF)));
        }
        asLeader.call(() -> approvals.submit(id));
        asSpecialist.call(() -> approvals.checkDossier(id, "Hồ sơ đầy đủ"));
        asBoardLeader.call(() -> approvals.approve(id, "Đồng ý trình Hội đồng"));
        assertEquals(List.of("HLHPN", "TDOAN"), nomineeCodes(id));

        // the Council may not remove every nominee; nothing of that attempt remains
        assertEquals("error.proposal.noNominee", assertThrows(InvalidInputException.class,
                () -> asBoardLeader.call(() -> approvals.recordCouncil(id, 3, 6, 1, List.of(women.getId(), youth.getId()),
                        null))).getMessageKey());
        assertEquals(ProposalStatus.APPROVED, asBoardLeader.call(() -> proposals.proposal(id)).status());
        assertEquals(List.of("HLHPN", "TDOAN"), nomineeCodes(id));

        // the Council removes the Youth Union
        ProposalView reviewed = asBoardLeader.call(() -> approvals.recordCouncil(id, 8, 1, 1, List.of(youth.getId()),
                "Chưa đủ tiêu chuẩn bằng khen"));
        assertEquals(ProposalStatus.COUNCIL_REVIEWED, reviewed.status());
        assertEquals(List.of("HLHPN"), reviewed.nominees().stream().map(ProposalView.Nominee::unitCode).toList());
        assertEquals("Hội đồng: tán thành 8, không tán thành 1, không ý kiến 1; loại: TDOAN; Chưa đủ tiêu chuẩn bằng khen",
                reviewed.steps().get(reviewed.steps().size() - 1).comment());
        assertEquals(List.of("HLHPN"), nomineeCodes(id));

        String number = "Q" + UUID.randomUUID().toString().substring(0, 6) + "/QĐ-UBND";
        asBoardLeader.call(() -> approvals.recordDecision(id, number, LocalDate.of(2081, 1, 15), "Chủ tịch UBND tỉnh", null));
        assertEquals(ProposalStatus.DECIDED, asBoardLeader.call(() -> proposals.proposal(id)).status());

        // the registry, as its pages read it: the kept nominee only
        Map<String, AwardKind> byDecision = new TreeMap<>();
        asMember.call(() -> registry.search(null, null, null, null, number)).forEach(a -> byDecision.put(a.unitCode(), a.kind()));
        assertEquals(Map.of("HLHPN", AwardKind.PROVINCIAL_FLAG), byDecision);
        assertEquals(List.of("HLHPN"), asMember.call(() -> registry.search(null, null, 2080, null, null)).stream()
                .map(AwardView::unitCode).toList());
        assertTrue(asSpecialist.call(() -> registry.history(youth.getId())).stream().noneMatch(a -> a.year() == 2080));

        // and as stored: the decision's awards are exactly the kept nominees
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT u.code, a.kind, a.year FROM award a"
                     + " JOIN award_decision_proposal dp ON dp.decision_id = a.decision_id JOIN unit u ON u.id = a.unit_id"
                     + " WHERE dp.proposal_id = ? ORDER BY u.code")) {
            s.setLong(1, id);
            List<String> stored = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    stored.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3));
                }
            }
            assertEquals(List.of("HLHPN PROVINCIAL_FLAG 2080"), stored);
            assertEquals(nomineeCodes(id).size(), stored.size());
            assertEquals(0, single(c, "SELECT COUNT(*) FROM award WHERE year = 2080 AND unit_id = " + youth.getId()));
        }
    }

    @Test
    void aMergedUnitsHistoryIncludesItsPredecessorsAwardsAndStreaks() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 5).toUpperCase();
        Unit older = createUnit("RG" + s + "A");
        Unit other = createUnit("RG" + s + "B");
        // one decision per proposal: three confirmed proposals to hang the fixtures on
        List<Long> proposalIds = List.of(confirmedProposal(2038), confirmedProposal(2039), confirmedProposal(2040));
        long bloc;
        try (Connection c = dataSource.getConnection()) {
            bloc = single(c, "SELECT id FROM bloc ORDER BY id LIMIT 1");
            awardFixture(c, proposalIds.get(0), "REG-" + s + "-2022", older.getId(), bloc, 2022);
            awardFixture(c, proposalIds.get(1), "REG-" + s + "-2023", older.getId(), bloc, 2023);
        }
        UnitForm successor = new UnitForm();
        successor.setProvinceId(older.getProvince().getId());
        successor.setCode("RG" + s + "S");
        successor.setName("Đơn vị sau hợp nhất " + s);
        successor.setShortName("ĐV hợp nhất");
        successor.setValidFrom(LocalDate.of(2024, 1, 1));
        Unit merged = asSpecialist.call(() -> units.mergeUnits(List.of(older.getId(), other.getId()), successor));
        try (Connection c = dataSource.getConnection()) {
            awardFixture(c, proposalIds.get(2), "REG-" + s + "-2024", merged.getId(), bloc, 2024);
        }

        List<AwardView> history = asSpecialist.call(() -> registry.history(merged.getId()));
        assertEquals(List.of(2024, 2023, 2022), history.stream().map(AwardView::year).toList());
        assertEquals(older.getName(), history.get(1).unitName(), "old awards keep the old name");
        assertEquals(3, (int) asSpecialist.call(() -> registry.streak(merged.getId(), AwardKind.PROVINCIAL_FLAG)),
                "flag three years running, across the merger");
    }

    @Test
    void theBoardKeepsThePublicHolidaysThatDeadlinesSkip() throws Exception {
        List<Holiday> holidays = asSpecialist.call(() -> calendar.holidaysFrom(2026));
        assertTrue(holidays.contains(new Holiday(LocalDate.of(2026, 9, 2), "Quốc khánh")), holidays.toString());
        assertTrue(holidays.stream().allMatch(h -> h.day().getYear() >= 2026), holidays.toString());
        assertEquals("error.holiday.exists", assertThrows(InvalidInputException.class,
                () -> asSpecialist.call(() -> {
                    calendar.addHoliday(LocalDate.of(2026, 9, 2), "Quốc khánh");
                    return null;
                })).getMessageKey());
        assertTrue(refusedByRole(() -> asBoardLeader.call(() -> {
            calendar.addHoliday(LocalDate.of(2026, 12, 31), "x");
            return null;
        })));
        // Friday 28 Aug 2026 + 3 working days: the weekend and 1-2 Sep (Quốc khánh) skipped
        assertEquals(LocalDate.of(2026, 9, 4), asLeader.call(() -> calendar.addWorkingDays(LocalDate.of(2026, 8, 28), 3)));
        // the appraisal period on a fixed calendar: submitted Friday 6 Feb 2026, with Tết Nguyên đán
        // stored as Mon 16 - Fri 20 Feb 2026. Working days counted by hand:
        //   9-13 Feb: 1-5 | 16-20 Feb: Tết, none | 23-27 Feb: 6-10 | 2-6 Mar: 11-15 | 9-13 Mar: 16-20
        // so the 20th working day is Friday 13 March 2026
        assertEquals(20, ApprovalWorkflowService.APPRAISAL_WORKING_DAYS);
        assertEquals(LocalDate.of(2026, 3, 13), asLeader.call(() -> calendar.addWorkingDays(LocalDate.of(2026, 2, 6),
                ApprovalWorkflowService.APPRAISAL_WORKING_DAYS)));
    }

    // ---- helpers ----

    /** A confirmed commendation ballot of Bloc No. 03 in {@code year}: flag to the Women's Union, certificate to the Youth Union. */
    private Long confirmedProposal(int year) throws Exception {
        Long bloc = testData.bloc03With(year);
        Long flag = testData.unit("HLHPN").getId();
        Long certificate = testData.unit("TDOAN").getId();
        List<Long> present = TestData.memberCodes().stream().map(c -> testData.unit(c).getId()).toList();
        return asLeader.call(() -> paperCount.unanimousCommendation(bloc, year, flag, certificate, present));
    }

    private Unit createUnit(String code) throws Exception {
        UnitForm form = new UnitForm();
        form.setProvinceId(testData.unit("HLHPN").getProvince().getId());
        form.setCode(code);
        form.setName("Đơn vị sổ khen thưởng " + code);
        form.setShortName(code);
        form.setValidFrom(LocalDate.of(2010, 1, 1));
        return asSpecialist.call(() -> units.createUnit(form));
    }

    /**
     * The due date of a proposal submitted (at the server's clock) on {@code submittedOn}: 20
     * working days are four full weeks, so with no public holiday in between it is the same
     * weekday four weeks later (28 days), or the Friday of the fourth week for a weekend
     * submission (27 days after a Saturday, 26 after a Sunday); each holiday only pushes it later.
     */
    private void assertDueTwentyWorkingDaysLater(LocalDate submittedOn, LocalDate dueOn) throws Exception {
        int dow = submittedOn.getDayOfWeek().getValue();
        LocalDate fourWeeks = submittedOn.plusDays(dow == 6 ? 27 : dow == 7 ? 26 : 28);
        assertTrue(dueOn.getDayOfWeek().getValue() <= 5, "due on a weekday: " + dueOn);
        long holidays;
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM public_holiday WHERE holiday > ? AND holiday <= ?")) {
            s.setObject(1, submittedOn);
            s.setObject(2, dueOn);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                holidays = rs.getLong(1);
            }
        }
        if (holidays == 0) {
            assertEquals(fourWeeks, dueOn, "submitted " + submittedOn);
        } else {
            assertTrue(dueOn.isAfter(fourWeeks), "submitted " + submittedOn + ", " + holidays + " holiday(s) before " + dueOn);
        }
    }

    private List<String> nomineeCodes(Long proposalId) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT u.code FROM proposal_nominee n JOIN unit u ON u.id = n.unit_id"
                     + " WHERE n.proposal_id = ? ORDER BY u.code")) {
            s.setLong(1, proposalId);
            List<String> codes = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
            return codes;
        }
    }

    /** An earlier decision and its flag, written as a fixture (the chain itself is tested above). */
    private static void awardFixture(Connection c, Long proposal, String number, Long unit, long bloc, int year)
            throws Exception {
        long decision;
        try (PreparedStatement d = c.prepareStatement("INSERT INTO award_decision (province_id, number, decided_on, signer)"
                // the authority of the bloc's province on the decision's day: every year here is after the
                // demo data's 2025 merger, so a bloc founded in Đắk Nông answers to Lâm Đồng (its successor)
                + " SELECT COALESCE(bp.successor_id, bp.id), ?, ?, 'Chủ tịch UBND tỉnh' FROM proposal p"
                + " JOIN bloc b ON b.id = p.bloc_id JOIN province bp ON bp.id = b.province_id WHERE p.id = ?", Statement.RETURN_GENERATED_KEYS)) {
            d.setString(1, number);
            d.setObject(2, LocalDate.of(year + 1, 1, 15));
            d.setLong(3, proposal);
            d.executeUpdate();
            try (ResultSet keys = d.getGeneratedKeys()) {
                keys.next();
                decision = keys.getLong(1);
            }
        }
        try (PreparedStatement dp = c.prepareStatement("INSERT INTO award_decision_proposal (decision_id, proposal_id)"
                + " VALUES (?, ?)")) {
            dp.setLong(1, decision);
            dp.setLong(2, proposal);
            dp.executeUpdate();
        }
        AwardRows.award(c, decision, unit, bloc, year, "PROVINCIAL_FLAG");
    }

    /** The stored status, checker, number of steps, row version and audited leader steps of a proposal. */
    private String storedProposal(Long id) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT p.status, p.checked_by, p.version,"
                    + " (SELECT COUNT(*) FROM proposal_step st WHERE st.proposal_id = p.id),"
                    + " (SELECT COUNT(*) FROM audit_entry a WHERE a.entity_type = 'Proposal' AND a.entity_id = ?"
                    + " AND a.action IN ('APPROVE', 'REJECT')) FROM proposal p WHERE p.id = ?")) {
                s.setString(1, String.valueOf(id));
                s.setLong(2, id);
                try (ResultSet rs = s.executeQuery()) {
                    assertTrue(rs.next());
                    return rs.getString(1) + " | " + rs.getString(2) + " | version " + rs.getInt(3) + " | steps "
                            + rs.getLong(4) + " | audited APPROVE/REJECT " + rs.getLong(5);
                }
            }
        }
    }

    private static long single(Connection c, String sql) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean refusedByRole(org.junit.jupiter.api.function.Executable call) {
        EJBException e = assertThrows(EJBException.class, call);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException) {
                return true;
            }
        }
        return false;
    }
}
