package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
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
import vn.thidua.file.service.PdfSigner;
import vn.thidua.file.service.SignatureCheck;
import vn.thidua.file.service.SignatureRefusedException;
import vn.thidua.file.service.Upload;
import vn.thidua.meeting.entity.Meeting;
import vn.thidua.meeting.service.MeetingForm;
import vn.thidua.meeting.service.MeetingService;
import vn.thidua.proposal.entity.ProposalStatus;
import vn.thidua.proposal.service.ApprovalWorkflowService;
import vn.thidua.proposal.service.DossierService;
import vn.thidua.proposal.service.ProposalDocumentService;
import vn.thidua.proposal.service.ProposalService;
import vn.thidua.proposal.service.ProposalView;
import vn.thidua.registry.service.AwardView;
import vn.thidua.registry.service.RegistryService;

/**
 * The Chair's decision must come as a PDF with a valid digital signature (issue 14, item 4),
 * through the service the proposal page calls, in the real server whose trust anchors are the
 * tests' folder ({@link SignedPdfs} writes its test CA there). An unsigned PDF, one changed
 * after signing, one with content appended after the signed revision and one signed under a
 * CA the server does not trust are each refused with the check that failed, and nothing is
 * stored (no file, no decision, no award, the proposal unchanged); the signed one is taken and
 * its signer and signing time are stored and shown. The Board's draft decision, signed with
 * the unit's configured PKCS#12 key, comes back as the decision. Owns years 2040 and 2041 of
 * Bloc No. 03.
 */
@ExtendWith(ArquillianExtension.class)
class SignedDecisionIT {

    private static final byte[] PDF = "%PDF-1.4 báo cáo thành tích".getBytes(StandardCharsets.UTF_8);
    private static final int YEAR = 2040;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(SignedDecisionIT.class);
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
    private BallotSetupService ballotSetup;

    @Inject
    private MeetingService meetings;

    @Inject
    private ProposalService proposals;

    @Inject
    private DossierService dossiers;

    @Inject
    private ProposalDocumentService proposalDocuments;

    @Inject
    private ApprovalWorkflowService approvals;

    @Inject
    private RegistryService registry;

    @Test
    void onlyADecisionSignedUnderATrustedCaIsTakenAndItsSignerIsShown() throws Exception {
        Long id = reviewedProposal(YEAR);
        String number = "Q" + UUID.randomUUID().toString().substring(0, 6) + "/QĐ-UBND";
        String title = "QD-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] signed = SignedPdfs.signed(title);
        byte[] appended = Arrays.copyOf(signed, signed.length + 8);
        System.arraycopy("\n% sau\n\n".getBytes(StandardCharsets.US_ASCII), 0, appended, signed.length, 8);
        List<Bad> refusals = List.of(
                new Bad("unsigned", SignedPdfs.unsigned(title), SignatureCheck.UNSIGNED, "error.signature.unsigned"),
                new Bad("altered", alter(signed, title), SignatureCheck.ALTERED, "error.signature.altered"),
                new Bad("appended", appended, SignatureCheck.NOT_WHOLE_FILE, "error.signature.notWholeFile"),
                new Bad("untrusted", SignedPdfs.signedByStranger(title), SignatureCheck.UNTRUSTED, "error.signature.untrusted"));

        long filesBefore = single("SELECT COUNT(*) FROM stored_file");
        for (Bad bad : refusals) {
            String file = "quyet-dinh-" + bad.name() + ".pdf";
            SignatureRefusedException e = assertThrows(SignatureRefusedException.class, () -> asBoardLeader.call(
                    () -> approvals.recordDecision(id, number, LocalDate.of(YEAR + 1, 1, 15), "Chủ tịch UBND tỉnh",
                            new Upload(file, bad.pdf()))), bad.name());
            assertEquals(bad.check(), e.check(), bad.name());
            assertEquals(bad.key(), e.getMessageKey(), bad.name());
            assertEquals(file, e.getArguments()[0], "the message names the file");
            ProposalView now = asSpecialist.call(() -> proposals.proposal(id));
            assertEquals(ProposalStatus.COUNCIL_REVIEWED, now.status(), bad.name());
            assertEquals(List.of("SUBMIT", "CHECK", "APPROVE", "COUNCIL"),
                    now.steps().stream().map(ProposalView.Step::step).toList(), bad.name());
            assertEquals(filesBefore, single("SELECT COUNT(*) FROM stored_file"), bad.name() + ": no file stored");
            assertEquals(0, single("SELECT COUNT(*) FROM award_decision_proposal WHERE proposal_id = " + id), bad.name());
            assertEquals(List.of(), asBoardLeader.call(() -> registry.search(null, null, YEAR, null, number)), bad.name());
        }

        LocalDateTime before = LocalDateTime.now().minusMinutes(1);
        ProposalView decided = asBoardLeader.call(() -> approvals.recordDecision(id, number, LocalDate.of(YEAR + 1, 1, 15),
                "Chủ tịch UBND tỉnh", new Upload("quyet-dinh.pdf", signed)));
        assertEquals(ProposalStatus.DECIDED, decided.status());
        String step = decided.steps().get(decided.steps().size() - 1).comment();
        assertTrue(step.contains(number) && step.contains(SignedPdfs.SIGNER), step);

        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT f.signed_by, f.signed_at, f.signature_issuer, f.size_bytes"
                     + " FROM award_decision d JOIN award_decision_proposal dp ON dp.decision_id = d.id"
                     + " JOIN stored_file f ON f.id = d.file_id WHERE dp.proposal_id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "the signed PDF is stored with the decision");
                assertEquals(SignedPdfs.SIGNER, rs.getString(1));
                LocalDateTime signedAt = rs.getObject(2, Timestamp.class).toLocalDateTime();
                assertTrue(Duration.between(before, signedAt).abs().toMinutes() < 5, "signed at " + signedAt);
                assertEquals("CA thử nghiệm thidua", rs.getString(3));
                assertEquals(signed.length, rs.getLong(4));
            }
        }
        List<AwardView> awards = asLeader.call(() -> registry.search(null, null, YEAR, null, number));
        assertEquals(2, awards.size());
        for (AwardView a : awards) {
            assertEquals(SignedPdfs.SIGNER, a.signedBy());
            assertNotNull(a.signedAt());
        }
    }

    @Test
    void theDraftDecisionSignedWithTheUnitsConfiguredKeyComesBackAsTheDecision() throws Exception {
        Long id = reviewedProposal(YEAR + 1);
        String number = "Q" + UUID.randomUUID().toString().substring(0, 6) + "/QĐ-UBND";
        byte[] unsignedDraft = asBoardLeader.call(() -> proposalDocuments.signedDraftDecision(id));
        assertEquals("error.signature.unsigned", assertThrows(SignatureRefusedException.class,
                () -> asBoardLeader.call(() -> approvals.recordDecision(id, number, LocalDate.of(YEAR + 2, 1, 15),
                        "Chủ tịch UBND tỉnh", new Upload("du-thao.pdf", unsignedDraft)))).getMessageKey(),
                "without a configured key the draft is not signed");

        String unit = "Ban Thi đua - Khen thưởng tỉnh (khóa thử nghiệm)";
        Path keystore = SignedPdfs.trustedKeystore(unit, "it-unit".toCharArray());
        System.setProperty(PdfSigner.KEYSTORE_PROPERTY, keystore.toString());
        System.setProperty(PdfSigner.PASSWORD_PROPERTY, "it-unit");
        byte[] draft;
        try {
            draft = asSpecialist.call(() -> proposalDocuments.signedDraftDecision(id));
        } finally {
            System.clearProperty(PdfSigner.KEYSTORE_PROPERTY);
            System.clearProperty(PdfSigner.PASSWORD_PROPERTY);
        }
        ProposalView decided = asBoardLeader.call(() -> approvals.recordDecision(id, number, LocalDate.of(YEAR + 2, 1, 15),
                "Chủ tịch UBND tỉnh", new Upload("du-thao-da-ky.pdf", draft)));
        assertEquals(ProposalStatus.DECIDED, decided.status());
        String step = decided.steps().get(decided.steps().size() - 1).comment();
        assertTrue(step.contains(unit), step);
        assertEquals(unit, asLeader.call(() -> registry.search(null, null, YEAR + 1, null, number)).get(0).signedBy());
    }

    /** A PDF the decision step must refuse, the check that fails and the message key the user sees. */
    private record Bad(String name, byte[] pdf, SignatureCheck check, String key) {
    }

    /** The signed PDF with its title's text changed after signing (same length, inside the signed range). */
    private static byte[] alter(byte[] pdf, String title) {
        byte[] needle = title.getBytes(StandardCharsets.US_ASCII);
        byte[] copy = pdf.clone();
        for (int i = 0; i <= copy.length - needle.length; i++) {
            if (Arrays.equals(copy, i, i + needle.length, needle, 0, needle.length)) {
                copy[i] = (byte) (copy[i] == 'Q' ? 'R' : 'Q');
                return copy;
            }
        }
        throw new AssertionError("title not found in the PDF");
    }

    private Long reviewedProposal(int year) throws Exception {
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
        asLeader.call(() -> approvals.submit(id));
        asSpecialist.call(() -> approvals.checkDossier(id, "Hồ sơ đầy đủ"));
        asBoardLeader.call(() -> approvals.approve(id, "Đồng ý trình Hội đồng"));
        asBoardLeader.call(() -> approvals.recordCouncil(id, 9, 0, 0, List.of(), null));
        return id;
    }

    private long single(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
