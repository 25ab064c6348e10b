package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.thidua.ballot.entity.BallotKind;
import vn.thidua.ballot.entity.Seat;
import vn.thidua.ballot.entity.VotingMode;
import vn.thidua.ballot.service.BallotQueryService;
import vn.thidua.ballot.service.BallotSetupService;
import vn.thidua.ballot.service.BallotView;
import vn.thidua.ballot.service.CountingService;
import vn.thidua.file.service.Upload;
import vn.thidua.meeting.entity.Meeting;
import vn.thidua.meeting.service.MeetingService;
import vn.thidua.proposal.entity.DocumentKind;
import vn.thidua.proposal.service.ApprovalWorkflowService;
import vn.thidua.proposal.service.DocumentView;
import vn.thidua.proposal.service.DossierService;
import vn.thidua.proposal.service.ProposalService;
import vn.thidua.proposal.service.ProposalView;
import vn.thidua.register.service.RegisterKind;
import vn.thidua.register.service.Issue;
import vn.thidua.register.service.RegisterNumber;
import vn.thidua.register.service.RegisterService;
import vn.thidua.register.service.RegisterView;
import vn.thidua.shared.AccessDeniedException;
import vn.thidua.shared.InvalidInputException;

/**
 * The register of numbers (sổ văn bản) in the real server and database: two proposals of one
 * leader unit filed in one year take consecutive numbers, which their PDFs (read back with
 * PDFBox) and the unit's register show, with the conference and count minutes numbered too;
 * twenty concurrent takes of one register give twenty distinct numbers; the count minutes
 * name the counting committee and carry its signature lines; the conference minutes name
 * the chair and the secretary; only the unit and the Board read its register.
 */
@ExtendWith(ArquillianExtension.class)
class DocumentRegisterIT {

    private static final byte[] PDF = "%PDF-1.4 báo cáo thành tích".getBytes(StandardCharsets.UTF_8);
    private static final List<String> COMMITTEE = List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(DocumentRegisterIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/ThiduaDS")
    private DataSource dataSource;

    @Inject
    private UserTransaction transaction;

    @Inject
    private TestData testData;

    @Inject
    private AsYouthUnion asLeader;

    @Inject
    private AsWomenUnion asMember;

    @Inject
    private AsBoardSpecialist asSpecialist;

    @Inject
    private BallotSetupService ballotSetup;

    @Inject
    private CountingService counting;

    @Inject
    private BallotQueryService ballots;

    @Inject
    private MeetingService meetings;

    @Inject
    private ProposalService proposals;

    @Inject
    private DossierService dossiers;

    @Inject
    private ApprovalWorkflowService approvals;

    @Inject
    private RegisterService registers;

    @Test
    void twoProposalsOfOneUnitTakeConsecutiveNumbersThatTheirDocumentsAndTheRegisterShow() throws Exception {
        Prepared one = prepared(2092);
        Prepared two = prepared(2093);
        Filed first = new Filed(asLeader.call(() -> approvals.submit(one.proposalId())), one.ballotId(), one.meetingId());
        Filed second = new Filed(asLeader.call(() -> approvals.submit(two.proposalId())), two.ballotId(), two.meetingId());
        int a = numberOf(first.proposal().number());
        int b = numberOf(second.proposal().number());
        assertEquals(a + 1, b, first.proposal().number() + " then " + second.proposal().number());
        for (Filed f : List.of(first, second)) {
            assertTrue(f.proposal().number().matches("\\d{2,}/TTr-KTĐ03"), f.proposal().number());
            String letter = text(document(f.proposal().id(), DocumentKind.PROPOSAL));
            assertTrue(letter.contains("Số: " + f.proposal().number()), "the proposal's PDF carries its number:\n" + letter);
            assertTrue(text(document(f.proposal().id(), DocumentKind.MEETING_MINUTES)).matches(".*Số: \\d{2,}/BB-KTĐ03.*"));
            assertTrue(text(document(f.proposal().id(), DocumentKind.COUNT_MINUTES)).matches(".*Số: \\d{2,}/BB-KTĐ03.*"));
        }

        // the Youth Union's register of this year lists them, each audited
        int year = LocalDate.now().getYear();
        Long youth = testData.unit("TDOAN").getId();
        RegisterView register = asLeader.call(() -> registers.register(youth, year));
        List<String> signs = register.rows().stream().map(RegisterView.Row::sign).toList();
        assertTrue(signs.containsAll(List.of(first.proposal().number(), second.proposal().number())), signs.toString());
        assertEquals(signs.size(), new TreeSet<>(signs).size(), "no number twice: " + signs);
        RegisterView.Row row = register.rows().stream().filter(r -> r.sign().equals(first.proposal().number()))
                .findFirst().orElseThrow();
        assertEquals(RegisterKind.PROPOSAL, row.kind());
        assertTrue(row.summary().contains("2092"), row.summary());
        assertEquals(AsYouthUnion.PRINCIPAL, row.issuedBy());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Register' AND action = 'TAKE_NUMBER'"
                + " AND details LIKE ?", "%" + first.proposal().number() + "%"));
        assertEquals(register.rows().size(), asSpecialist.call(() -> registers.register(youth, year)).rows().size());
        assertThrows(AccessDeniedException.class, () -> asMember.call(() -> registers.register(youth, year)));

        // returned and filed again, the proposal keeps its number and takes no other
        asSpecialist.call(() -> approvals.returnProposal(first.proposal().id(),
                Map.of(DocumentKind.PROPOSAL, "Bổ sung nội dung")));
        assertEquals(first.proposal().number(), asLeader.call(() -> approvals.submit(first.proposal().id())).number());
        assertEquals(register.rows().size(), asLeader.call(() -> registers.register(youth, year)).rows().size());

        // the count minutes name the counting committee, which signs them
        String minutes = text(asMember.call(() -> counting.countMinutesPdf(first.ballotId())));
        for (String expected : List.of("Ban kiểm phiếu gồm: Nguyễn Văn An (Trưởng ban), Trần Thị Bình, Lê Văn Cường",
                "TRƯỞNG BAN KIỂM PHIẾU", "THÀNH VIÊN BAN KIỂM PHIẾU", "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường")) {
            assertTrue(minutes.contains(expected), "count minutes hold \"" + expected + "\":\n" + minutes);
        }
        assertFalse(minutes.contains("THƯ KÝ"), "signed by the committee, not the secretary:\n" + minutes);

        // the conference minutes name the chair and the secretary, with their signature lines
        String conference = text(asMember.call(() -> meetings.minutesPdf(first.meetingId())));
        for (String expected : List.of("Y Đoàn Êban", "Nguyễn Thị Hằng", "CHỦ TRÌ", "THƯ KÝ")) {
            assertTrue(conference.contains(expected), "conference minutes hold \"" + expected + "\":\n" + conference);
        }
    }

    @Test
    void theCountingCommitteeIsCheckedBeforeItIsStored() throws Exception {
        Long bloc = testData.bloc03With(2093);
        Meeting meeting = asLeader.call(() -> meetings.saveMeeting(TestData.yearEndMeeting(bloc, 2093)));
        Long ballot = asLeader.call(() -> ballotSetup.createBallot(meeting.getId(), BallotKind.COMMENDATION,
                VotingMode.PAPER, "Bình bầu kiểm tra ban kiểm phiếu 2093"));
        assertEquals("error.ballot.committeeSize", assertThrows(InvalidInputException.class,
                () -> asLeader.call(() -> committee(ballot, List.of(" ", "")))).getMessageKey());
        assertEquals("error.ballot.committeeTwice", assertThrows(InvalidInputException.class,
                () -> asLeader.call(() -> committee(ballot, List.of("Nguyễn Văn An", "nguyễn văn an")))).getMessageKey());
        assertEquals("error.ballot.committeeName", assertThrows(InvalidInputException.class,
                () -> asLeader.call(() -> committee(ballot, List.of("x".repeat(101))))).getMessageKey());
        assertThrows(AccessDeniedException.class, () -> asMember.call(() -> committee(ballot, COMMITTEE)));
        assertEquals(0, count("SELECT COUNT(*) FROM ballot WHERE id = ? AND counting_committee IS NOT NULL", ballot));
        asLeader.call(() -> committee(ballot, COMMITTEE));
        assertEquals(1, count("SELECT COUNT(*) FROM ballot WHERE id = ? AND counting_committee IS NOT NULL", ballot));
    }

    @Test
    void twentyConcurrentTakesOfOneRegisterGiveTwentyDistinctNumbers() throws Exception {
        Long unit = testData.unit("HCCB").getId();
        LocalDate day = LocalDate.of(2093, 6, 1);
        long base = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<RegisterNumber>> takes = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                long document = base + i;
                takes.add(pool.submit(() -> {
                    start.await();
                    transaction.begin();
                    try {
                        RegisterNumber n = registers.take(new Issue(unit, RegisterKind.REPORT, "IT_CONCURRENT", document,
                                "Báo cáo thử " + document, null, day));
                        transaction.commit();
                        return n;
                    } catch (Exception e) {
                        transaction.rollback();
                        throw e;
                    }
                }));
            }
            start.countDown();
            Set<Integer> numbers = new TreeSet<>();
            Set<String> signs = new TreeSet<>();
            for (Future<RegisterNumber> f : takes) {
                RegisterNumber n = f.get();
                assertEquals(2093, n.year());
                numbers.add(n.number());
                signs.add(n.sign());
            }
            assertEquals(20, numbers.size(), "20 distinct numbers: " + numbers);
            assertEquals(20, signs.size(), signs.toString());
            int first = numbers.iterator().next();
            assertEquals(first + 19, ((TreeSet<Integer>) numbers).last(), "no gap: " + numbers);
            assertTrue(signs.contains(String.format("%02d/BC-HCCB", first)), signs.toString());
            assertEquals(((TreeSet<Integer>) numbers).last(), count("SELECT last_number FROM register_head WHERE unit_id = ?"
                    + " AND year = 2093", unit));
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- helpers ----

    private record Prepared(Long proposalId, Long ballotId, Long meetingId) {
    }

    private record Filed(ProposalView proposal, Long ballotId, Long meetingId) {
    }

    /**
     * A commendation ballot of Bloc No. 03 in {@code year} with its counting committee,
     * confirmed, which numbers its minutes; its proposal's dossier generated by the Youth Union
     * (the leader), not yet filed, so without a number.
     */
    private Prepared prepared(int year) throws Exception {
        Long bloc = testData.bloc03With(year);
        Meeting meeting = asLeader.call(() -> meetings.saveMeeting(TestData.yearEndMeeting(bloc, year)));
        Long ballot = asLeader.call(() -> ballotSetup.createBallot(meeting.getId(), BallotKind.COMMENDATION,
                VotingMode.PAPER, "Bình bầu năm " + year));
        asLeader.call(() -> {
            ballotSetup.setCandidates(ballot, Seat.PROVINCIAL_FLAG, List.of(testData.unit("HLHPN").getId()));
            ballotSetup.setCandidates(ballot, Seat.CERTIFICATE_OF_MERIT, List.of(testData.unit("TDOAN").getId()));
            ballotSetup.recordPresence(ballot, TestData.memberCodes().stream().map(c -> testData.unit(c).getId()).toList());
            ballotSetup.openBallot(ballot);
            return null;
        });
        BallotView open = asLeader.call(() -> ballots.ballot(ballot));
        Map<Long, Integer> votes = new HashMap<>();
        open.seats().forEach(s -> s.candidates().forEach(c -> votes.put(c.id(), 5)));
        asLeader.call(() -> {
            counting.enterPaperCounts(ballot, 5, 5, 0, votes);
            counting.countBallot(ballot);
            return committee(ballot, COMMITTEE);
        });
        asLeader.call(() -> {
            counting.confirmBallot(ballot);
            return null;
        });
        Long id = asLeader.call(() -> proposals.fromBallot(ballot)).orElseThrow().getId();
        asLeader.call(() -> dossiers.generateDossier(id));
        for (String code : List.of("HLHPN", "TDOAN")) {
            Long unitId = testData.unit(code).getId();
            asLeader.call(() -> dossiers.addAchievementReport(id, unitId, new Upload("bao-cao.pdf", PDF)));
        }
        String draft = text(document(id, DocumentKind.PROPOSAL));
        // a draft's number line is left blank, to be numbered by hand if printed
        assertTrue(draft.matches(".*Số:\\s*/TTr-KTĐ03.*"), "a draft has no number yet:\n" + draft);
        assertTrue(text(document(id, DocumentKind.COUNT_MINUTES)).matches(".*Số: \\d{2,}/BB-KTĐ03.*"),
                "the count minutes were numbered when the result was confirmed");
        return new Prepared(id, ballot, meeting.getId());
    }

    private Void committee(Long ballot, List<String> names) {
        ballotSetup.recordCountingCommittee(ballot, names);
        return null;
    }

    private byte[] document(Long proposalId, DocumentKind kind) throws Exception {
        DocumentView doc = asLeader.call(() -> dossiers.documents(proposalId)).stream().filter(d -> d.kind() == kind)
                .reduce((x, y) -> y).orElseThrow();
        return asLeader.call(() -> dossiers.documentContent(proposalId, doc.id()));
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static int numberOf(String sign) {
        return Integer.parseInt(sign.substring(0, sign.indexOf('/')));
    }

    private int count(String sql, Object parameter) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
