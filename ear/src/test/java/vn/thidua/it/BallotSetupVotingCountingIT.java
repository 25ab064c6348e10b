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

import vn.thidua.audit.service.AuditRow;
import vn.thidua.audit.service.AuditFilter;
import vn.thidua.audit.service.AuditService;
import vn.thidua.ballot.entity.BallotKind;
import vn.thidua.ballot.entity.BallotStatus;
import vn.thidua.ballot.entity.Seat;
import vn.thidua.ballot.entity.ThresholdMode;
import vn.thidua.ballot.entity.TieResolution;
import vn.thidua.ballot.entity.VotingMode;
import vn.thidua.ballot.service.AlreadyVotedException;
import vn.thidua.ballot.service.BallotQueryService;
import vn.thidua.ballot.service.BallotSetupService;
import vn.thidua.ballot.service.BallotView;
import vn.thidua.ballot.service.CastReceipt;
import vn.thidua.ballot.service.CommitteeService;
import vn.thidua.ballot.service.CommitteeShare;
import vn.thidua.ballot.service.OpenedBallot;
import vn.thidua.ballot.service.CountingService;
import vn.thidua.ballot.service.VotingService;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.meeting.entity.Meeting;
import vn.thidua.meeting.service.MeetingForm;
import vn.thidua.meeting.service.MeetingService;
import vn.thidua.registry.entity.AwardKind;
import vn.thidua.proposal.entity.ProposalStatus;
import vn.thidua.proposal.service.ProposalService;
import vn.thidua.proposal.service.ProposalView;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.PageRequest;

/**
 * The ballot area's services in the real server and database, a ballot's whole life:
 * setting up (rules, quorum), voting (one encrypted ballot per unit under 50 concurrent
 * casts, secrecy of the stored tables, trackers as receipts) and counting (committee
 * shares, paper counts that must add up, a tie at the quota line creating a run-off, the
 * count minutes, confirmation into next year's leadership and a draft proposal), and
 * administrators kept out. Each test owns a year of Bloc No. 03. The encrypted ballots'
 * own rules are in {@link EncryptedBallotIT}.
 */
@ExtendWith(ArquillianExtension.class)
class BallotSetupVotingCountingIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(BallotSetupVotingCountingIT.class);
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
    private BallotSetupService setup;

    @Inject
    private VotingService voting;

    @Inject
    private CountingService counting;

    @Inject
    private CommitteeService committees;

    @Inject
    private BallotQueryService ballots;

    @Inject
    private MeetingService meetings;

    @Inject
    private BlocService blocs;

    @Inject
    private ProposalService proposals;

    @Inject
    private AuditService audit;

    /** The committee's shares of each ballot opened, as its members keep them. */
    private final Map<Long, List<String>> shares = new HashMap<>();

    @Test
    void fiftyConcurrentCastsForOneUnitCountExactlyOneAndCastingAfterClosingIsRefused() throws Exception {
        BallotView ballot = openCommendation(2030, VotingMode.ELECTRONIC, TestData.memberCodes());
        Long flagCandidate = candidate(ballot, Seat.PROVINCIAL_FLAG, "HLHPN");
        Long womenUnion = testData.unit("HLHPN").getId();

        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            results.add(pool.submit((Callable<String>) () -> {
                start.await();
                try {
                    asWomenUnion.call(() -> voting.castVote(ballot.id(), womenUnion,
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
        assertEquals(1, count("SELECT COUNT(*) FROM cast_ballot WHERE ballot_id = ?", ballot.id()));
        assertEquals(1, count("SELECT COUNT(*) FROM ballot_participation WHERE ballot_id = ?", ballot.id()));
        assertEquals(1, count("SELECT COUNT(*) FROM cast_ballot WHERE ballot_id = ? AND ballot_json LIKE '{\"election\":%'",
                ballot.id()), "the one ballot stored is the encrypted one");
        assertEquals(3, count("SELECT COUNT(*) FROM cast_ciphertext WHERE ballot_id = ?", ballot.id()),
                "one ciphertext per candidate, each registered once");

        asLeader.call(done(() -> counting.closeBallot(ballot.id())));
        Long youthUnion = testData.unit("TDOAN").getId();
        assertEquals("error.ballot.notOpen", assertThrows(InvalidInputException.class, () -> asLeader.call(
                () -> voting.castVote(ballot.id(), youthUnion, Map.of()))).getMessageKey());
        assertEquals(1, count("SELECT COUNT(*) FROM cast_ballot WHERE ballot_id = ?", ballot.id()));
    }

    @Test
    void noStoredRowLinksAUnitToAChoiceAndReceiptsCanBeChecked() throws Exception {
        BallotView ballot = openCommendation(2031, VotingMode.ELECTRONIC, TestData.memberCodes());
        Long flag = candidate(ballot, Seat.PROVINCIAL_FLAG, "HLHPN");
        Long certificate = candidate(ballot, Seat.CERTIFICATE_OF_MERIT, "TDOAN");
        CastReceipt women = asWomenUnion.call(() -> voting.castVote(ballot.id(), testData.unit("HLHPN").getId(),
                Map.of(Seat.PROVINCIAL_FLAG, List.of(flag), Seat.CERTIFICATE_OF_MERIT, List.of(certificate))));
        CastReceipt youth = asLeader.call(() -> voting.castVote(ballot.id(), testData.unit("TDOAN").getId(), Map.of()));
        assertTrue(women.receipt().matches("[0-9a-f]{64}") && !women.receipt().equals(youth.receipt()),
                "the receipt is the tracker: " + women.receipt());

        // every ballot-related table, column by column
        Map<String, List<String>> tables = new TreeMap<>();
        Map<String, List<String>> dateTimeColumns = new TreeMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT TABLE_NAME, COLUMN_NAME, LOWER(DATA_TYPE)"
                     + " FROM information_schema.COLUMNS"
                     + " WHERE TABLE_SCHEMA = DATABASE() AND (TABLE_NAME LIKE 'ballot%' OR TABLE_NAME LIKE 'cast%')"
                     + " ORDER BY TABLE_NAME, COLUMN_NAME");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                tables.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
                if (List.of("date", "time", "datetime", "timestamp", "year").contains(rs.getString(3))) {
                    dateTimeColumns.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        // by type, whatever the column is called: a cast or a participation stored with a time could be paired
        for (String table : List.of("cast_ballot", "cast_ciphertext", "ballot_participation")) {
            assertTrue(tables.containsKey(table), table + " exists: " + tables.keySet());
        }
        tables.keySet().stream().filter(t -> t.startsWith("cast") || t.equals("ballot_participation")).forEach(t ->
                assertFalse(dateTimeColumns.containsKey(t), t + " has a date/time column: " + dateTimeColumns.get(t)));
        assertEquals(List.of("ballot_id", "ballot_json", "id", "tracker"), tables.get("cast_ballot"));
        assertFalse(tables.containsKey("cast_choice"), "no table of choices in clear: " + tables.keySet());
        assertEquals(List.of("alpha", "ballot_id"), tables.get("cast_ciphertext"));
        assertEquals(List.of("ballot_id", "unit_id", "voter"), tables.get("ballot_participation"));
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
            s.setLong(1, ballot.id());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    castIds.add(rs.getString(1));
                }
            }
        }
        assertEquals(2, castIds.size());
        assertTrue(castIds.stream().allMatch(id -> id.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")),
                "random UUID v4 ids: " + castIds);
        List<AuditRow> trail = asBoard.call(() -> audit.search(new AuditFilter(null, "Ballot", null,
                String.valueOf(ballot.id()), null, null), PageRequest.of(0, 200))).rows().stream()
                .filter(e -> String.valueOf(ballot.id()).equals(e.getEntityId())).toList();
        assertEquals(List.of("HLHPN voted", "TDOAN voted"), trail.stream().filter(e -> "VOTED".equals(e.getAction()))
                .map(AuditRow::getDetails).sorted().toList(), "each vote audited, naming the unit only: " + trail);
        assertTrue(trail.stream().map(AuditRow::getAction).toList().containsAll(List.of("CREATE", "CANDIDATES", "PRESENCE",
                "COMMITTEE", "OPEN")), "the ballot's trail: " + trail);
        for (AuditRow e : trail) {
            String details = String.valueOf(e.getDetails());
            assertFalse(details.contains(women.receipt()) || details.contains(youth.receipt()), "no receipt in the audit trail");
            if ("VOTED".equals(e.getAction())) {
                assertFalse(details.contains(String.valueOf(flag)) && details.contains("=") , "no choice in the audit trail");
            }
        }

        // administrators see no ballot at all
        EJBException refused = assertThrows(EJBException.class, () -> asAdmin.call(() -> ballots.ballot(ballot.id())));
        assertTrue(causedBy(refused, EJBAccessException.class));

        assertEquals("error.ballot.notCounted", assertThrows(InvalidInputException.class,
                () -> asWomenUnion.call(() -> voting.checkReceipt(ballot.id(), women.receipt()))).getMessageKey());
        var live = asWomenUnion.call(() -> voting.turnout(ballot.id()));
        assertEquals(2, live.cast());
        assertTrue(live.valid() == null && live.blank() == null && live.invalid() == null,
                "before the count the turnout says who and how many, nothing else: " + live);
        asLeader.call(done(() -> counting.closeBallot(ballot.id())));
        countWithShares(ballot.id(), 1, 2);
        assertTrue(asWomenUnion.call(() -> voting.checkReceipt(ballot.id(), women.receipt())));
        assertTrue(asWomenUnion.call(() -> voting.checkReceipt(ballot.id(), " " + youth.receipt().toUpperCase() + " ")));
        assertFalse(asWomenUnion.call(() -> voting.checkReceipt(ballot.id(), "AAAA-BBBB-CCCC-DDDD")));
        var reconciled = asWomenUnion.call(() -> voting.turnout(ballot.id()));
        assertEquals(List.of(2, 0), List.of(reconciled.valid(), reconciled.invalid()));
        assertEquals(null, reconciled.blank(), "blank ballots are never known: only each candidate's sum is decrypted");
    }

    @Test
    void withoutQuorumTheBallotCannotOpen() throws Exception {
        Long ballot = prepare(2032, VotingMode.ELECTRONIC, List.of("HLHPN", "HND", "TDOAN"));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> asLeader.call(done(() -> setup.openBallot(ballot))));
        assertEquals("error.ballot.noQuorum", refused.getMessageKey());
        assertEquals(BallotStatus.DRAFT, asLeader.call(() -> ballots.ballot(ballot)).status());

        asLeader.call(done(() -> setup.recordPresence(ballot, ids(List.of("HLHPN", "HND", "TDOAN", "LDLD")))));
        asLeader.call(done(() -> setup.openBallot(ballot)));
        assertEquals(BallotStatus.OPEN, asLeader.call(() -> ballots.ballot(ballot)).status());
    }

    @Test
    void paperCountsThatDoNotAddUpAreRefusedAndStoreNothing() throws Exception {
        BallotView ballot = openCommendation(2032, VotingMode.PAPER, TestData.memberCodes());
        Map<Long, Integer> votes = Map.of(candidate(ballot, Seat.PROVINCIAL_FLAG, "HLHPN"), 5);
        assertEquals("error.ballot.returnedAboveIssued", assertThrows(InvalidInputException.class,
                () -> asLeader.call(done(() -> counting.enterPaperCounts(ballot.id(), 5, 6, 0, votes)))).getMessageKey());
        assertEquals("error.ballot.issuedAbovePresent", assertThrows(InvalidInputException.class,
                () -> asLeader.call(done(() -> counting.enterPaperCounts(ballot.id(), 6, 5, 0, votes)))).getMessageKey());
        assertEquals("error.ballot.votesAboveValid", assertThrows(InvalidInputException.class,
                () -> asLeader.call(done(() -> counting.enterPaperCounts(ballot.id(), 5, 5, 1, votes)))).getMessageKey());
        BallotView stored = asLeader.call(() -> ballots.ballot(ballot.id()));
        assertEquals(BallotStatus.OPEN, stored.status());
        assertEquals(null, stored.paperIssued());
    }

    @Test
    void tieAtTheQuotaLineCreatesARunoffBetweenTheTied() throws Exception {
        // the Board allows certificates for 40% of the members this year: two of five
        Long province = testData.unit("HLHPN").getProvince().getId();
        asBoard.call(() -> setup.saveRules(province, 2033, 2, 3, 50, ThresholdMode.MORE_THAN, 1, 40, true,
                TieResolution.RUNOFF, 2, 3, 2));
        Long draft = prepare(2033, VotingMode.PAPER, TestData.memberCodes());
        asLeader.call(done(() -> setup.setCandidates(draft, Seat.CERTIFICATE_OF_MERIT, ids(List.of("TDOAN", "HND", "LDLD")))));
        asLeader.call(done(() -> setup.openBallot(draft)));
        BallotView ballot = asLeader.call(() -> ballots.ballot(draft));
        assertEquals(2, ballot.seat(Seat.CERTIFICATE_OF_MERIT).quota());
        Map<Long, Integer> votes = new HashMap<>();
        votes.put(candidate(ballot, Seat.PROVINCIAL_FLAG, "HLHPN"), 5);
        votes.put(candidate(ballot, Seat.CERTIFICATE_OF_MERIT, "TDOAN"), 4);
        votes.put(candidate(ballot, Seat.CERTIFICATE_OF_MERIT, "HND"), 3);
        votes.put(candidate(ballot, Seat.CERTIFICATE_OF_MERIT, "LDLD"), 3);
        asLeader.call(done(() -> counting.enterPaperCounts(ballot.id(), 5, 5, 0, votes)));
        asLeader.call(done(() -> counting.countBallot(ballot.id())));

        List<BallotView> all = asLeader.call(() -> ballots.ballots(ballot.meetingId()));
        BallotView runoff = all.stream().filter(b -> ballot.id().equals(b.runoffOfId())).findFirst().orElseThrow();
        assertEquals(BallotStatus.DRAFT, runoff.status());
        assertEquals(List.of(Seat.CERTIFICATE_OF_MERIT), runoff.seats().stream().map(s -> s.seat()).toList());
        assertEquals(List.of("HND", "LDLD"), runoff.seats().get(0).candidates().stream()
                .map(c -> c.unitCode()).sorted().toList());
        assertEquals(1, runoff.seats().get(0).quota(), "one place left after the Youth Union");
        assertEquals(5, asLeader.call(() -> voting.turnout(runoff.id())).present(), "presence carried over");

        byte[] pdf = asWomenUnion.call(() -> counting.countMinutesPdf(ballot.id()));
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
        Long leadership = asLeader.call(() -> setup.createBallot(meeting.getId(), BallotKind.LEADERSHIP,
                VotingMode.PAPER, "Suy tôn khối trưởng, khối phó năm 2035"));
        asLeader.call(done(() -> setup.setCandidates(leadership, Seat.LEADER, ids(List.of("HND", "HCCB")))));
        asLeader.call(done(() -> setup.setCandidates(leadership, Seat.DEPUTY, ids(List.of("LDLD", "HLHPN")))));
        asLeader.call(done(() -> setup.recordPresence(leadership, ids(TestData.memberCodes()))));
        asLeader.call(done(() -> setup.openBallot(leadership)));
        BallotView opened = asLeader.call(() -> ballots.ballot(leadership));
        asLeader.call(done(() -> counting.enterPaperCounts(leadership, 5, 5, 0, Map.of(
                candidate(opened, Seat.LEADER, "HND"), 4, candidate(opened, Seat.LEADER, "HCCB"), 1,
                candidate(opened, Seat.DEPUTY, "LDLD"), 4, candidate(opened, Seat.DEPUTY, "HLHPN"), 1))));
        asLeader.call(done(() -> counting.countBallot(leadership)));
        EJBException notLeader = assertThrows(EJBException.class, () -> asAdmin.call(done(() -> counting.confirmBallot(leadership))));
        assertTrue(causedBy(notLeader, EJBAccessException.class));
        assertThrows(vn.thidua.shared.AccessDeniedException.class,
                () -> asWomenUnion.call(done(() -> counting.confirmBallot(leadership))));
        asLeader.call(done(() -> counting.confirmBallot(leadership)));
        var y2035 = asBoard.call(() -> blocs.viewBlocYear(bloc, 2035));
        assertEquals("HND", y2035.leader().code());
        assertEquals("LDLD", y2035.deputy().code());

        BallotView commendation = openCommendationAt(meeting, VotingMode.PAPER, TestData.memberCodes());
        asLeader.call(done(() -> counting.enterPaperCounts(commendation.id(), 5, 5, 0, Map.of(
                candidate(commendation, Seat.PROVINCIAL_FLAG, "HLHPN"), 5,
                candidate(commendation, Seat.CERTIFICATE_OF_MERIT, "TDOAN"), 4,
                candidate(commendation, Seat.CERTIFICATE_OF_MERIT, "HND"), 1))));
        asLeader.call(done(() -> counting.countBallot(commendation.id())));
        asLeader.call(done(() -> counting.confirmBallot(commendation.id())));
        ProposalView proposal = asBoard.call(() -> proposals.fromBallot(commendation.id())).orElseThrow();
        Map<String, AwardKind> nominees = new TreeMap<>();
        proposal.nominees().forEach(n -> nominees.put(n.unitCode(), n.awardKind()));
        assertEquals(Map.of("HLHPN", AwardKind.PROVINCIAL_FLAG, "TDOAN", AwardKind.CERTIFICATE_OF_MERIT), nominees);
        assertEquals(ProposalStatus.DRAFT, proposal.status());
    }

    // ---- helpers ----

    private BallotView openCommendation(int year, VotingMode mode, List<String> present) throws Exception {
        Long ballot = prepare(year, mode, present);
        open(ballot);
        return asLeader.call(() -> ballots.ballot(ballot));
    }

    private BallotView openCommendationAt(Meeting meeting, VotingMode mode, List<String> present) throws Exception {
        Long ballot = prepareAt(meeting, mode, present);
        open(ballot);
        return asLeader.call(() -> ballots.ballot(ballot));
    }

    private Long prepare(int year, VotingMode mode, List<String> present) throws Exception {
        Long bloc = testData.bloc03With(year);
        return prepareAt(meeting(bloc, year), mode, present);
    }

    private Long prepareAt(Meeting meeting, VotingMode mode, List<String> present) throws Exception {
        Long ballot = asLeader.call(() -> setup.createBallot(meeting.getId(), BallotKind.COMMENDATION, mode,
                "Bình bầu đề nghị khen thưởng năm " + meeting.getYear()));
        asLeader.call(done(() -> setup.setCandidates(ballot, Seat.PROVINCIAL_FLAG, ids(List.of("HLHPN")))));
        asLeader.call(done(() -> setup.setCandidates(ballot, Seat.CERTIFICATE_OF_MERIT, ids(List.of("TDOAN", "HND")))));
        asLeader.call(done(() -> setup.recordPresence(ballot, ids(present))));
        if (mode == VotingMode.ELECTRONIC) {
            asLeader.call(done(() -> committees.setCommittee(ballot, List.of("Nguyễn Văn An", "Trần Thị Bình",
                    "Lê Văn Cường"))));
        }
        return ballot;
    }

    /** Opens a prepared ballot, keeping the committee's shares as its members would. */
    private void open(Long ballot) throws Exception {
        OpenedBallot opened = asLeader.call(() -> setup.openBallot(ballot));
        shares.put(ballot, opened.shares().stream().map(CommitteeShare::share).toList());
    }

    /** Closed electronic ballot: two committee members enter their shares, then the count. */
    private void countWithShares(Long ballot, int first, int second) throws Exception {
        asLeader.call(() -> committees.enterShare(ballot, shares.get(ballot).get(first - 1)));
        asLeader.call(() -> committees.enterShare(ballot, shares.get(ballot).get(second - 1)));
        asLeader.call(done(() -> counting.countBallot(ballot)));
    }

    private Meeting meeting(Long bloc, int year) throws Exception {
        MeetingForm form = TestData.yearEndMeeting(bloc, year);
        return asLeader.call(() -> meetings.saveMeeting(form));
    }

    /** A use case that answers nothing. */
    @FunctionalInterface
    private interface Job {
        void run() throws Exception;
    }

    /** A job as work for the identities' {@code call}. */
    private static Work<Void> done(Job job) {
        return () -> {
            job.run();
            return null;
        };
    }

    private List<Long> ids(List<String> codes) {
        return codes.stream().map(code -> testData.unit(code).getId()).toList();
    }

    private Long candidate(BallotView ballot, Seat seat, String code) throws Exception {
        BallotView fresh = asLeader.call(() -> ballots.ballot(ballot.id()));
        return fresh.seat(seat).candidates().stream().filter(c -> c.unitCode().equals(code))
                .map(BallotView.CandidateView::id).findFirst().orElseThrow();
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
