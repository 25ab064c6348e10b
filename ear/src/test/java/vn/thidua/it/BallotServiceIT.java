package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
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

import vn.thidua.audit.entity.AuditEntry;
import vn.thidua.audit.service.AuditFilter;
import vn.thidua.audit.service.AuditService;
import vn.thidua.ballot.entity.Ballot;
import vn.thidua.ballot.entity.BallotCandidate;
import vn.thidua.ballot.entity.BallotKind;
import vn.thidua.ballot.entity.BallotStatus;
import vn.thidua.ballot.entity.Seat;
import vn.thidua.ballot.entity.ThresholdMode;
import vn.thidua.ballot.entity.TieResolution;
import vn.thidua.ballot.entity.VotingMode;
import vn.thidua.ballot.service.AlreadyVotedException;
import vn.thidua.ballot.service.BallotService;
import vn.thidua.ballot.service.CastReceipt;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.meeting.entity.Meeting;
import vn.thidua.meeting.entity.MeetingKind;
import vn.thidua.meeting.service.MeetingForm;
import vn.thidua.meeting.service.MeetingService;
import vn.thidua.registry.entity.AwardKind;
import vn.thidua.proposal.entity.ProposalStatus;
import vn.thidua.proposal.service.ProposalService;
import vn.thidua.proposal.service.ProposalView;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.PageRequest;

/**
 * Ballots in the real server and database: one ballot per unit under 50 concurrent
 * casts, secrecy of the stored tables, quorum, paper counts that must add up, a tie at
 * the quota line creating a run-off, the count minutes, receipts, confirmation into next
 * year's leadership and a draft proposal, and administrators kept out. Each test owns a
 * year of Bloc No. 03.
 */
@ExtendWith(ArquillianExtension.class)
class BallotServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(BallotServiceIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/ThiduaDS")
    private DataSource dataSource;

    @Inject
    private TestData testData;

    @Inject
    private AsWomenUnion asWomenUnion;

    @Inject
    private AsYouthUnion asLeader;

    @Inject
    private AsBoardSpecialist asBoard;

    @Inject
    private AsAdministrator asAdmin;

    @Inject
    private BallotService ballots;

    @Inject
    private MeetingService meetings;

    @Inject
    private BlocService blocs;

    @Inject
    private ProposalService proposals;

    @Inject
    private AuditService audit;

    @Test
    void fiftyConcurrentCastsForOneUnitCountExactlyOneAndCastingAfterClosingIsRefused() throws Exception {
        Ballot ballot = openCommendation(2030, VotingMode.ELECTRONIC, TestData.memberCodes());
        Long flagCandidate = candidate(ballot, Seat.PROVINCIAL_FLAG, "HLHPN");
        Long womenUnion = testData.unit("HLHPN").getId();

        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            results.add(pool.submit((Callable<String>) () -> {
                start.await();
                try {
                    asWomenUnion.call(() -> ballots.castVote(ballot.getId(), womenUnion,
                            Map.of(Seat.PROVINCIAL_FLAG, List.of(flagCandidate))));
                    return "counted";
                } catch (AlreadyVotedException e) {
                    return "already voted";
                }
            }));
        }
        start.countDown();
        Map<String, Integer> outcomes = new TreeMap<>();
        for (Future<String> f : results) {
            outcomes.merge(f.get(), 1, Integer::sum);
        }
        pool.shutdown();
        assertEquals(Map.of("already voted", 49, "counted", 1), outcomes);
        assertEquals(1, count("SELECT COUNT(*) FROM cast_ballot WHERE ballot_id = ?", ballot.getId()));
        assertEquals(1, count("SELECT COUNT(*) FROM ballot_participation WHERE ballot_id = ?", ballot.getId()));

        asLeader.call(() -> ballots.closeBallot(ballot.getId()));
        Long youthUnion = testData.unit("TDOAN").getId();
        assertEquals("error.ballot.notOpen", assertThrows(InvalidInputException.class, () -> asLeader.call(
                () -> ballots.castVote(ballot.getId(), youthUnion, Map.of()))).getMessageKey());
        assertEquals(1, count("SELECT COUNT(*) FROM cast_ballot WHERE ballot_id = ?", ballot.getId()));
    }

    @Test
    void noStoredRowLinksAUnitToAChoiceAndReceiptsCanBeChecked() throws Exception {
        Ballot ballot = openCommendation(2031, VotingMode.ELECTRONIC, TestData.memberCodes());
        Long flag = candidate(ballot, Seat.PROVINCIAL_FLAG, "HLHPN");
        Long certificate = candidate(ballot, Seat.CERTIFICATE_OF_MERIT, "TDOAN");
        CastReceipt women = asWomenUnion.call(() -> ballots.castVote(ballot.getId(), testData.unit("HLHPN").getId(),
                Map.of(Seat.PROVINCIAL_FLAG, List.of(flag), Seat.CERTIFICATE_OF_MERIT, List.of(certificate))));
        CastReceipt youth = asLeader.call(() -> ballots.castVote(ballot.getId(), testData.unit("TDOAN").getId(), Map.of()));

        // every ballot-related table, column by column
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.COLUMNS"
                     + " WHERE TABLE_SCHEMA = DATABASE() AND (TABLE_NAME LIKE 'ballot%' OR TABLE_NAME LIKE 'cast%')"
                     + " ORDER BY TABLE_NAME, COLUMN_NAME");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                tables.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        assertEquals(List.of("id", "receipt_hash", "ballot_id").stream().sorted().toList(), tables.get("cast_ballot"));
        assertEquals(List.of("candidate_id", "cast_id"), tables.get("cast_choice"));
        assertEquals(List.of("ballot_id", "unit_id"), tables.get("ballot_participation"));
        for (Map.Entry<String, List<String>> table : tables.entrySet()) {
            boolean names = table.getValue().contains("unit_id");
            boolean choices = table.getValue().contains("cast_id") || table.getKey().startsWith("cast");
            assertFalse(names && choices, table.getKey() + " would link a unit to a choice: " + table.getValue());
            assertTrue(table.getValue().stream().noneMatch(col -> col.endsWith("_at") || col.contains("time")),
                    table.getKey() + " has no timestamp that could pair rows");
        }
        List<String> castIds = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id FROM cast_ballot WHERE ballot_id = ?")) {
            s.setLong(1, ballot.getId());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    castIds.add(rs.getString(1));
                }
            }
        }
        assertEquals(2, castIds.size());
        assertTrue(castIds.stream().allMatch(id -> id.matches("[0-9a-f-]{36}")), "random ids: " + castIds);
        List<AuditEntry> trail = asBoard.call(() -> audit.search(new AuditFilter(null, "Ballot", null, null, null, null),
                PageRequest.of(0, 200))).rows();
        for (AuditEntry e : trail) {
            String details = String.valueOf(e.getDetails());
            assertFalse(details.contains(women.receipt()) || details.contains(youth.receipt()), "no receipt in the audit trail");
            if ("VOTED".equals(e.getAction())) {
                assertFalse(details.contains(String.valueOf(flag)) && details.contains("=") , "no choice in the audit trail");
            }
        }

        // administrators see no ballot at all
        EJBException refused = assertThrows(EJBException.class, () -> asAdmin.call(() -> ballots.ballot(ballot.getId())));
        assertTrue(causedBy(refused, EJBAccessException.class));

        assertEquals("error.ballot.notCounted", assertThrows(InvalidInputException.class,
                () -> asWomenUnion.call(() -> ballots.checkReceipt(ballot.getId(), women.receipt()))).getMessageKey());
        asLeader.call(() -> ballots.closeBallot(ballot.getId()));
        asLeader.call(() -> ballots.countBallot(ballot.getId()));
        assertTrue(asWomenUnion.call(() -> ballots.checkReceipt(ballot.getId(), women.receipt())));
        assertTrue(asWomenUnion.call(() -> ballots.checkReceipt(ballot.getId(), youth.receipt())));
        assertFalse(asWomenUnion.call(() -> ballots.checkReceipt(ballot.getId(), "AAAA-BBBB-CCCC-DDDD")));
        assertEquals(1, asWomenUnion.call(() -> ballots.turnout(ballot.getId())).blank());
    }

    @Test
    void withoutQuorumTheBallotCannotOpen() throws Exception {
        Ballot ballot = prepare(2032, VotingMode.ELECTRONIC, List.of("HLHPN", "HND", "TDOAN"));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> asLeader.call(() -> ballots.openBallot(ballot.getId())));
        assertEquals("error.ballot.noQuorum", refused.getMessageKey());
        assertEquals(BallotStatus.DRAFT, asLeader.call(() -> ballots.ballot(ballot.getId())).getStatus());

        asLeader.call(() -> ballots.recordPresence(ballot.getId(), ids(List.of("HLHPN", "HND", "TDOAN", "LDLD"))));
        assertEquals(BallotStatus.OPEN, asLeader.call(() -> ballots.openBallot(ballot.getId())).getStatus());
    }

    @Test
    void paperCountsThatDoNotAddUpAreRefusedAndStoreNothing() throws Exception {
        Ballot ballot = openCommendation(2032, VotingMode.PAPER, TestData.memberCodes());
        Map<Long, Integer> votes = Map.of(candidate(ballot, Seat.PROVINCIAL_FLAG, "HLHPN"), 5);
        assertEquals("error.ballot.returnedAboveIssued", assertThrows(InvalidInputException.class,
                () -> asLeader.call(() -> ballots.enterPaperCounts(ballot.getId(), 5, 6, 0, votes))).getMessageKey());
        assertEquals("error.ballot.issuedAbovePresent", assertThrows(InvalidInputException.class,
                () -> asLeader.call(() -> ballots.enterPaperCounts(ballot.getId(), 6, 5, 0, votes))).getMessageKey());
        assertEquals("error.ballot.votesAboveValid", assertThrows(InvalidInputException.class,
                () -> asLeader.call(() -> ballots.enterPaperCounts(ballot.getId(), 5, 5, 1, votes))).getMessageKey());
        Ballot stored = asLeader.call(() -> ballots.ballot(ballot.getId()));
        assertEquals(BallotStatus.OPEN, stored.getStatus());
        assertEquals(null, stored.getPaperIssued());
    }

    @Test
    void tieAtTheQuotaLineCreatesARunoffBetweenTheTied() throws Exception {
        // the Board allows certificates for 40% of the members this year: two of five
        Long province = testData.unit("HLHPN").getProvince().getId();
        asBoard.call(() -> ballots.saveRules(province, 2033, 2, 3, 50, ThresholdMode.MORE_THAN, 1, 40, true,
                TieResolution.RUNOFF));
        Ballot draft = prepare(2033, VotingMode.PAPER, TestData.memberCodes());
        asLeader.call(() -> ballots.setCandidates(draft.getId(), Seat.CERTIFICATE_OF_MERIT, ids(List.of("TDOAN", "HND", "LDLD"))));
        Ballot ballot = asLeader.call(() -> ballots.openBallot(draft.getId()));
        assertEquals(2, ballot.seat(Seat.CERTIFICATE_OF_MERIT).getQuota());
        Map<Long, Integer> votes = new HashMap<>();
        votes.put(candidate(ballot, Seat.PROVINCIAL_FLAG, "HLHPN"), 5);
        votes.put(candidate(ballot, Seat.CERTIFICATE_OF_MERIT, "TDOAN"), 4);
        votes.put(candidate(ballot, Seat.CERTIFICATE_OF_MERIT, "HND"), 3);
        votes.put(candidate(ballot, Seat.CERTIFICATE_OF_MERIT, "LDLD"), 3);
        asLeader.call(() -> ballots.enterPaperCounts(ballot.getId(), 5, 5, 0, votes));
        asLeader.call(() -> ballots.countBallot(ballot.getId()));

        List<Ballot> all = asLeader.call(() -> ballots.ballots(ballot.getMeeting().getId()));
        Ballot runoff = all.stream().filter(b -> b.getRunoffOf() != null && b.getRunoffOf().getId().equals(ballot.getId()))
                .findFirst().orElseThrow();
        assertEquals(BallotStatus.DRAFT, runoff.getStatus());
        assertEquals(List.of(Seat.CERTIFICATE_OF_MERIT), runoff.getSeats().stream().map(s -> s.getSeat()).toList());
        assertEquals(List.of("HND", "LDLD"), runoff.getSeats().get(0).getCandidates().stream()
                .map(c -> c.getUnit().getCode()).sorted().toList());
        assertEquals(1, runoff.getSeats().get(0).getQuota(), "one place left after the Youth Union");
        assertEquals(5, asLeader.call(() -> ballots.turnout(runoff.getId())).present(), "presence carried over");

        byte[] pdf = asWomenUnion.call(() -> ballots.countMinutesPdf(ballot.getId()));
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        for (String expected : List.of("BIÊN BẢN KIỂM PHIẾU", "bỏ phiếu kín bằng phiếu giấy", "Số phiếu phát ra: 5",
                "Số phiếu thu về: 5", "Số phiếu hợp lệ: 5", "Số phiếu không hợp lệ: 0",
                "Hội Liên hiệp Phụ nữ tỉnh Đắk Nông: 5 phiếu (100.00%)", "Tỉnh đoàn Đắk Nông: 4 phiếu (80.00%)",
                "Hội Nông dân tỉnh Đắk Nông: 3 phiếu (60.00%)", "Liên đoàn Lao động tỉnh Đắk Nông: 3 phiếu (60.00%)", "bỏ phiếu lại", "Cờ thi đua của UBND tỉnh")) {
            assertTrue(text.contains(expected), "minutes hold \"" + expected + "\":\n" + text);
        }
    }

    @Test
    void confirmedResultsBecomeNextYearsLeadershipAndADraftProposal() throws Exception {
        Long bloc = testData.bloc03With(2034);
        Meeting meeting = meeting(bloc, 2034);
        Ballot leadership = asLeader.call(() -> ballots.createBallot(meeting.getId(), BallotKind.LEADERSHIP,
                VotingMode.PAPER, "Suy tôn khối trưởng, khối phó năm 2035"));
        asLeader.call(() -> ballots.setCandidates(leadership.getId(), Seat.LEADER, ids(List.of("HND", "HCCB"))));
        asLeader.call(() -> ballots.setCandidates(leadership.getId(), Seat.DEPUTY, ids(List.of("LDLD", "HLHPN"))));
        asLeader.call(() -> ballots.recordPresence(leadership.getId(), ids(TestData.memberCodes())));
        Ballot opened = asLeader.call(() -> ballots.openBallot(leadership.getId()));
        asLeader.call(() -> ballots.enterPaperCounts(leadership.getId(), 5, 5, 0, Map.of(
                candidate(opened, Seat.LEADER, "HND"), 4, candidate(opened, Seat.LEADER, "HCCB"), 1,
                candidate(opened, Seat.DEPUTY, "LDLD"), 4, candidate(opened, Seat.DEPUTY, "HLHPN"), 1)));
        asLeader.call(() -> ballots.countBallot(leadership.getId()));
        EJBException notLeader = assertThrows(EJBException.class, () -> asAdmin.call(() -> ballots.confirmBallot(leadership.getId())));
        assertTrue(causedBy(notLeader, EJBAccessException.class));
        assertThrows(vn.thidua.shared.AccessDeniedException.class,
                () -> asWomenUnion.call(() -> ballots.confirmBallot(leadership.getId())));
        asLeader.call(() -> ballots.confirmBallot(leadership.getId()));
        var y2035 = asBoard.call(() -> blocs.viewBlocYear(bloc, 2035));
        assertEquals("HND", y2035.leader().code());
        assertEquals("LDLD", y2035.deputy().code());

        Ballot commendation = openCommendationAt(meeting, VotingMode.PAPER, TestData.memberCodes());
        asLeader.call(() -> ballots.enterPaperCounts(commendation.getId(), 5, 5, 0, Map.of(
                candidate(commendation, Seat.PROVINCIAL_FLAG, "HLHPN"), 5,
                candidate(commendation, Seat.CERTIFICATE_OF_MERIT, "TDOAN"), 4,
                candidate(commendation, Seat.CERTIFICATE_OF_MERIT, "HND"), 1)));
        asLeader.call(() -> ballots.countBallot(commendation.getId()));
        asLeader.call(() -> ballots.confirmBallot(commendation.getId()));
        ProposalView proposal = asBoard.call(() -> proposals.fromBallot(commendation.getId())).orElseThrow();
        Map<String, AwardKind> nominees = new TreeMap<>();
        proposal.nominees().forEach(n -> nominees.put(n.unitCode(), n.awardKind()));
        assertEquals(Map.of("HLHPN", AwardKind.PROVINCIAL_FLAG, "TDOAN", AwardKind.CERTIFICATE_OF_MERIT), nominees);
        assertEquals(ProposalStatus.DRAFT, proposal.status());
    }

    // ---- helpers ----

    private Ballot openCommendation(int year, VotingMode mode, List<String> present) throws Exception {
        Ballot ballot = prepare(year, mode, present);
        return asLeader.call(() -> ballots.openBallot(ballot.getId()));
    }

    private Ballot openCommendationAt(Meeting meeting, VotingMode mode, List<String> present) throws Exception {
        Ballot ballot = prepareAt(meeting, mode, present);
        return asLeader.call(() -> ballots.openBallot(ballot.getId()));
    }

    private Ballot prepare(int year, VotingMode mode, List<String> present) throws Exception {
        Long bloc = testData.bloc03With(year);
        return prepareAt(meeting(bloc, year), mode, present);
    }

    private Ballot prepareAt(Meeting meeting, VotingMode mode, List<String> present) throws Exception {
        Ballot ballot = asLeader.call(() -> ballots.createBallot(meeting.getId(), BallotKind.COMMENDATION, mode,
                "Bình bầu đề nghị khen thưởng năm " + meeting.getYear()));
        asLeader.call(() -> ballots.setCandidates(ballot.getId(), Seat.PROVINCIAL_FLAG, ids(List.of("HLHPN"))));
        asLeader.call(() -> ballots.setCandidates(ballot.getId(), Seat.CERTIFICATE_OF_MERIT, ids(List.of("TDOAN", "HND"))));
        return asLeader.call(() -> ballots.recordPresence(ballot.getId(), ids(present)));
    }

    private Meeting meeting(Long bloc, int year) throws Exception {
        MeetingForm form = new MeetingForm();
        form.setBlocId(bloc);
        form.setYear(year);
        form.setKind(MeetingKind.YEAR_END);
        form.setHeldOn(LocalDate.of(year, 12, 27));
        form.setPlace("Hội trường Tỉnh đoàn");
        form.setChair("Y Đoàn Êban");
        form.setSecretary("Nguyễn Thị Hằng");
        return asLeader.call(() -> meetings.saveMeeting(form));
    }

    private List<Long> ids(List<String> codes) {
        return codes.stream().map(code -> testData.unit(code).getId()).toList();
    }

    private Long candidate(Ballot ballot, Seat seat, String code) throws Exception {
        Ballot fresh = asLeader.call(() -> ballots.ballot(ballot.getId()));
        return fresh.seat(seat).getCandidates().stream().filter(c -> c.getUnit().getCode().equals(code))
                .map(BallotCandidate::getId).findFirst().orElseThrow();
    }

    private long count(String sql, Long ballotId) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, ballotId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
