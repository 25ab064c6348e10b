package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.thidua.ballot.entity.BallotKind;
import vn.thidua.ballot.entity.Seat;
import vn.thidua.ballot.entity.VotingMode;
import vn.thidua.ballot.service.BallotSetupService;
import vn.thidua.file.service.Upload;
import vn.thidua.meeting.entity.Meeting;
import vn.thidua.meeting.service.MeetingForm;
import vn.thidua.meeting.service.MeetingService;
import vn.thidua.notification.service.NotificationService;
import vn.thidua.proposal.entity.ProposalStatus;
import vn.thidua.proposal.service.ApprovalWorkflowService;
import vn.thidua.proposal.service.DossierService;
import vn.thidua.proposal.service.ProposalService;
import vn.thidua.proposal.service.ProposalView;
import vn.thidua.registry.service.RegistryService;
import vn.thidua.shared.InvalidInputException;

/**
 * Approval steps the portal refuses, in the real server and database, each refusal checked
 * by its message key (or the role check) and by reading what is stored: the proposal's
 * status and steps unchanged, no notification, no decision, no award. Rejecting a proposal
 * (only the Board leader, only after the dossier check, never the submitter; afterwards
 * nothing moves it on), and a decision number the same authority already used in the same
 * year of decision on another proposal. Each
 * test owns years of Bloc No. 03 (2074 to 2076).
 */
@ExtendWith(ArquillianExtension.class)
class ProposalRefusalsIT {

    private static final byte[] PDF = "%PDF-1.4 báo cáo thành tích".getBytes(StandardCharsets.UTF_8);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(ProposalRefusalsIT.class);
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
    private AsBoardSpecialist asSpecialist;

    @Inject
    private AsBoardLeader asBoardLeader;

    @Inject
    private AsSubmitterWithBoardRole asSubmitterWithBoardRole;

    @Inject
    private BallotSetupService ballotSetup;

    @Inject
    private MeetingService meetings;

    @Inject
    private ProposalService proposals;

    @Inject
    private DossierService dossiers;

    @Inject
    private ApprovalWorkflowService approvals;

    @Inject
    private NotificationService notifications;

    @Inject
    private RegistryService registry;

    @Test
    void onlyTheBoardLeaderRejectsAfterTheCheckAndRefusedRejectionsChangeNothing() throws Exception {
        Long id = completeProposal(2074);
        String number = asLeader.call(() -> approvals.submit(id)).number();

        // before the dossier check: the wrong state, and the proposal stays as it was
        InvalidInputException early = assertThrows(InvalidInputException.class,
                () -> asBoardLeader.call(() -> approvals.reject(id, "Không đủ điều kiện")));
        assertEquals("error.proposal.wrongState", early.getMessageKey());
        assertEquals("SUBMITTED", early.getArguments()[0]);
        assertUnchanged(id, ProposalStatus.SUBMITTED, List.of("SUBMIT"));

        asSpecialist.call(() -> approvals.checkDossier(id, "Hồ sơ đầy đủ"));
        assertTrue(refusedByRole(() -> asSpecialist.call(() -> approvals.reject(id, "Không đủ điều kiện"))),
                "rejecting is the Board leader's");
        assertTrue(refusedByRole(() -> asLeader.call(() -> approvals.reject(id, "Không đủ điều kiện"))));
        assertEquals("error.proposal.ownSubmission", assertThrows(InvalidInputException.class,
                () -> asSubmitterWithBoardRole.call(() -> approvals.reject(id, "Không đủ điều kiện"))).getMessageKey());
        assertUnchanged(id, ProposalStatus.CHECKED, List.of("SUBMIT", "CHECK"));
        assertEquals(0, rejectionNotices(number), "no notification of a refused rejection");

        ProposalView rejected = asBoardLeader.call(() -> approvals.reject(id, "Thành tích chưa tiêu biểu"));
        assertEquals(ProposalStatus.REJECTED, rejected.status());
        ProposalView.Step last = rejected.steps().get(rejected.steps().size() - 1);
        assertEquals(List.of("REJECT", AsBoardLeader.PRINCIPAL, "Thành tích chưa tiêu biểu", ProposalStatus.REJECTED),
                List.of(last.step(), last.actor(), last.comment(), last.statusAfter()));
        assertEquals(1, rejectionNotices(number), "the submitter is told why");

        // a rejected proposal goes no further, and each refused step leaves it rejected
        assertEquals("error.proposal.wrongState", assertThrows(InvalidInputException.class,
                () -> asBoardLeader.call(() -> approvals.approve(id, null))).getMessageKey());
        assertEquals("error.proposal.wrongState", assertThrows(InvalidInputException.class,
                () -> asBoardLeader.call(() -> approvals.reject(id, "Lần nữa"))).getMessageKey());
        assertEquals("error.proposal.wrongState", assertThrows(InvalidInputException.class,
                () -> asLeader.call(() -> approvals.submit(id))).getMessageKey());
        assertUnchanged(id, ProposalStatus.REJECTED, List.of("SUBMIT", "CHECK", "REJECT"));
        assertEquals(1, rejectionNotices(number));
    }

    @Test
    void aDecisionNumberAlreadyDecidedIsRefusedAndStoresNoDecisionNorAward() throws Exception {
        String number = "Q" + suffix() + "/QĐ-UBND";
        Long first = reviewedProposal(2075);
        asBoardLeader.call(() -> approvals.recordDecision(first, number, LocalDate.of(2076, 1, 15), "Chủ tịch UBND tỉnh", null));
        assertEquals(ProposalStatus.DECIDED, asBoardLeader.call(() -> proposals.proposal(first)).status());
        assertEquals(2, asBoardLeader.call(() -> registry.search(null, null, 2075, null, number)).size());

        Long second = reviewedProposal(2076);
        List<String> steps = List.of("SUBMIT", "CHECK", "APPROVE", "COUNCIL");
        for (String reused : List.of(number, "  " + number + " ")) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> asBoardLeader.call(() -> approvals.recordDecision(second, reused, LocalDate.of(2076, 3, 1),
                            "Chủ tịch UBND tỉnh", new Upload("quyet-dinh.pdf", SignedPdfs.signed(reused)))));
            assertEquals("error.decision.duplicateNumber", refused.getMessageKey(), "refused: \"" + reused + "\"");
            assertUnchanged(second, ProposalStatus.COUNCIL_REVIEWED, steps);
            assertEquals(List.of(first), decisionsNumbered(number), "the number stays the first proposal's only");
            assertEquals(0, single("SELECT COUNT(*) FROM award_decision_proposal WHERE proposal_id = ?", second),
                    "no decision stored");
            assertEquals(0, single("SELECT COUNT(*) FROM award a JOIN award_decision_proposal dp"
                    + " ON dp.decision_id = a.decision_id WHERE dp.proposal_id = ?", second), "no award stored");
            assertEquals(List.of(), asBoardLeader.call(() -> registry.search(null, null, 2076, null, null)));
        }

        // with a number of its own the same step goes through
        String own = "Q" + suffix() + "/QĐ-UBND";
        asBoardLeader.call(() -> approvals.recordDecision(second, own, LocalDate.of(2077, 1, 15), "Chủ tịch UBND tỉnh", null));
        assertEquals(ProposalStatus.DECIDED, asBoardLeader.call(() -> proposals.proposal(second)).status());
        assertEquals(2, asBoardLeader.call(() -> registry.search(null, null, 2076, null, own)).size());
    }

    // ---- helpers ----

    private void assertUnchanged(Long id, ProposalStatus status, List<String> steps) throws Exception {
        ProposalView now = asSpecialist.call(() -> proposals.proposal(id));
        assertEquals(status, now.status());
        assertEquals(steps, now.steps().stream().map(ProposalView.Step::step).toList());
    }

    private long rejectionNotices(String number) throws Exception {
        return asLeader.call(() -> notifications.notifications()).stream()
                .filter(n -> n.text().startsWith("Tờ trình " + number + " không được chấp thuận")).count();
    }

    /** Submitted, checked, approved and reviewed by the Council: ready for the Chair's decision. */
    private Long reviewedProposal(int year) throws Exception {
        Long id = completeProposal(year);
        asLeader.call(() -> approvals.submit(id));
        asSpecialist.call(() -> approvals.checkDossier(id, "Hồ sơ đầy đủ"));
        asBoardLeader.call(() -> approvals.approve(id, "Đồng ý trình Hội đồng"));
        asBoardLeader.call(() -> approvals.recordCouncil(id, 9, 0, 0, List.of(), null));
        return id;
    }

    /**
     * The draft proposal of a confirmed paper commendation ballot of Bloc No. 03 in {@code year}
     * (flag to the Women's Union, certificate to the Youth Union), its dossier complete.
     */
    private Long completeProposal(int year) throws Exception {
        Long bloc = testData.bloc03With(year);
        MeetingForm form = TestData.yearEndMeeting(bloc, year);
        Meeting meeting = asLeader.call(() -> meetings.saveMeeting(form));
        Long ballot = asLeader.call(() -> ballotSetup.createBallot(meeting.getId(), BallotKind.COMMENDATION, VotingMode.PAPER,
                "Bình bầu năm " + year));
        asLeader.call(() -> {
            ballotSetup.setCandidates(ballot, Seat.PROVINCIAL_FLAG, List.of(testData.unit("HLHPN").getId()));
            ballotSetup.setCandidates(ballot, Seat.CERTIFICATE_OF_MERIT, List.of(testData.unit("TDOAN").getId()));
            ballotSetup.recordPresence(ballot, TestData.memberCodes().stream().map(c -> testData.unit(c).getId()).toList());
            ballotSetup.openBallot(ballot);
            return null;
        });
        Long id = asLeader.call(() -> paperCount.confirmUnanimous(ballot, 5));
        asLeader.call(() -> {
            dossiers.generateDossier(id);
            dossiers.addAchievementReport(id, testData.unit("HLHPN").getId(), new Upload("bao-cao-hlhpn.pdf", PDF));
            dossiers.addAchievementReport(id, testData.unit("TDOAN").getId(), new Upload("bao-cao-td.pdf", PDF));
            return null;
        });
        assertEquals(List.of(), asLeader.call(() -> dossiers.missingDocuments(id)));
        return id;
    }

    private List<Long> decisionsNumbered(String number) throws Exception {
        List<Long> proposalIds = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT dp.proposal_id FROM award_decision d"
                     + " JOIN award_decision_proposal dp ON dp.decision_id = d.id WHERE d.number = ?")) {
            s.setString(1, number);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    proposalIds.add(rs.getLong(1));
                }
            }
        }
        return proposalIds;
    }

    private long single(String sql, Long id) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
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
