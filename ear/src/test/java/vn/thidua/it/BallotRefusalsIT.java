package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.thidua.audit.service.AuditFilter;
import vn.thidua.audit.service.AuditRow;
import vn.thidua.audit.service.AuditService;
import vn.thidua.ballot.entity.BallotKind;
import vn.thidua.ballot.entity.BallotStatus;
import vn.thidua.ballot.entity.Seat;
import vn.thidua.ballot.entity.VotingMode;
import vn.thidua.ballot.service.AlreadyVotedException;
import vn.thidua.ballot.service.BallotQueryService;
import vn.thidua.ballot.service.BallotSetupService;
import vn.thidua.ballot.service.BallotView;
import vn.thidua.ballot.service.CommitteeService;
import vn.thidua.ballot.service.CountingService;
import vn.thidua.ballot.service.VotingService;
import vn.thidua.meeting.entity.Meeting;
import vn.thidua.meeting.service.MeetingForm;
import vn.thidua.meeting.service.MeetingService;
import vn.thidua.shared.AccessDeniedException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.PageRequest;

/**
 * Electronic votes the portal refuses, in the real server and database, each refusal
 * checked by its message key and by reading the tables: nothing is stored (no
 * participation, no cast, no ciphertext). A vote for another unit's id (through the API and
 * the service), marks breaking the ballot's rules (too many, twice the same, not a
 * candidate), a unit not recorded present, an electronic vote on a paper ballot; and casts
 * racing the closing of the ballot, each either stored and counted or refused, none stored
 * after the close; a vote rolled back by a deadlock with another transaction (409, "try
 * again", nothing stored). Each test owns a year of Bloc No. 03 (2070 to 2073, 2044).
 */
@ExtendWith(ArquillianExtension.class)
class BallotRefusalsIT {

    private static final Logger LOG = Logger.getLogger(BallotRefusalsIT.class.getName());
    private static final List<String> TABLES = List.of("ballot_participation", "cast_ballot", "cast_ciphertext");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(BallotRefusalsIT.class, MemberHttp.class);
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
    private BallotSetupService setup;

    @Inject
    private CommitteeService committees;

    @Inject
    private VotingService voting;

    @Inject
    private CountingService counting;

    @Inject
    private BallotQueryService ballots;

    @Inject
    private MeetingService meetings;

    @Inject
    private AuditService audit;

    @Test
    void aVoteForAnotherUnitsIdIsRefusedThroughTheApiAndTheServiceAndStoresNothing() throws Exception {
        Long ballot = openBallot(2070, VotingMode.ELECTRONIC, TestData.memberCodes());
        Long youthUnion = testData.unit("TDOAN").getId();
        Long flag = candidate(ballot, Seat.PROVINCIAL_FLAG, "HLHPN");

        HttpResponse<String> api = MemberHttp.login("hlhpn").post("/api/ballots/" + ballot + "/votes",
                "{\"unitId\":" + youthUnion + ",\"choices\":{\"PROVINCIAL_FLAG\":[" + flag + "]}}", "vi");
        assertEquals(403, api.statusCode(), api.body());
        assertTrue(api.body().contains("Bạn không có quyền thực hiện thao tác này."), api.body());
        assertStoredNothing(ballot);

        assertThrows(AccessDeniedException.class, () -> asWomenUnion.call(() -> voting.castVote(ballot, youthUnion,
                Map.of(Seat.PROVINCIAL_FLAG, List.of(flag)))));
        assertStoredNothing(ballot);

        // the refusals used up nobody's ballot: each union still casts its own, under its own unit
        asWomenUnion.call(() -> voting.castVote(ballot, testData.unit("HLHPN").getId(), Map.of(Seat.PROVINCIAL_FLAG, List.of(flag))));
        asLeader.call(() -> voting.castVote(ballot, youthUnion, Map.of()));
        assertEquals(Set.of(testData.unit("HLHPN").getId() + "=" + AsWomenUnion.PRINCIPAL, youthUnion + "=" + AsYouthUnion.PRINCIPAL),
                participation(ballot));
        assertEquals(2, count("SELECT COUNT(*) FROM cast_ballot WHERE ballot_id = ?", ballot));
    }

    @Test
    void marksBreakingTheBallotsRulesAreRefusedWithTheirMessageAndStoreNothing() throws Exception {
        Long ballot = openBallot(2071, VotingMode.ELECTRONIC, TestData.memberCodes());
        BallotView view = asLeader.call(() -> ballots.ballot(ballot));
        assertEquals(1, view.seat(Seat.CERTIFICATE_OF_MERIT).quota(), "30% of five members: one certificate");
        Long flag = candidate(ballot, Seat.PROVINCIAL_FLAG, "HLHPN");
        Long youth = candidate(ballot, Seat.CERTIFICATE_OF_MERIT, "TDOAN");
        Long farmers = candidate(ballot, Seat.CERTIFICATE_OF_MERIT, "HND");

        InvalidInputException tooMany = refused(ballot, Map.of(Seat.CERTIFICATE_OF_MERIT, List.of(youth, farmers)));
        assertEquals("error.ballot.tooManyMarks", tooMany.getMessageKey());
        assertEquals(1, tooMany.getArguments()[1], "the seat's quota in the message");
        assertStoredNothing(ballot);
        assertEquals("error.ballot.duplicateMark",
                refused(ballot, Map.of(Seat.CERTIFICATE_OF_MERIT, List.of(youth, youth))).getMessageKey());
        assertStoredNothing(ballot);
        assertEquals("error.ballot.notACandidate",
                refused(ballot, Map.of(Seat.PROVINCIAL_FLAG, List.of(youth))).getMessageKey(),
                "a certificate candidate is no candidate for the flag");
        assertStoredNothing(ballot);
        assertEquals("error.ballot.notACandidate",
                refused(ballot, Map.of(Seat.PROVINCIAL_FLAG, List.of(-1L))).getMessageKey());
        assertStoredNothing(ballot);

        // the Women's Union's ballot is still there to cast, within the rules
        asWomenUnion.call(() -> voting.castVote(ballot, null, Map.of(Seat.PROVINCIAL_FLAG, List.of(flag),
                Seat.CERTIFICATE_OF_MERIT, List.of(youth))));
        assertEquals(Set.of(testData.unit("HLHPN").getId() + "=" + AsWomenUnion.PRINCIPAL), participation(ballot));
        assertEquals(1, count("SELECT COUNT(*) FROM cast_ballot WHERE ballot_id = ?", ballot));
    }

    @Test
    void aUnitNotPresentAndAnElectronicVoteOnAPaperBallotAreRefusedAndStoreNothing() throws Exception {
        // four of five present (quorum two thirds): the Women's Union is not
        Long absent = openBallot(2072, VotingMode.ELECTRONIC, List.of("HND", "HCCB", "LDLD", "TDOAN"));
        InvalidInputException notPresent = assertThrows(InvalidInputException.class,
                () -> asWomenUnion.call(() -> voting.castVote(absent, null, Map.of())));
        assertEquals("error.ballot.notPresent", notPresent.getMessageKey());
        assertEquals(testData.unit("HLHPN").getName(), notPresent.getArguments()[0]);
        assertStoredNothing(absent);
        assertEquals(4, asLeader.call(() -> voting.turnout(absent)).present());

        Long paper = openBallot(2072, VotingMode.PAPER, TestData.memberCodes());
        assertEquals("error.ballot.paperOnly", assertThrows(InvalidInputException.class,
                () -> asWomenUnion.call(() -> voting.castVote(paper, null, Map.of()))).getMessageKey());
        assertStoredNothing(paper);
        BallotView stored = asLeader.call(() -> ballots.ballot(paper));
        assertEquals(BallotStatus.OPEN, stored.status());
        assertEquals(null, stored.paperIssued(), "no paper count either");
    }

    @Test
    void castsRacingTheClosingAreEachStoredAndCountedOrRefusedAndNoneIsStoredAfterTheClose() throws Exception {
        Long ballot = openBallot(2073, VotingMode.ELECTRONIC, TestData.memberCodes());
        Map<String, MemberHttp> accounts = new TreeMap<>();
        for (String user : List.of("hnd", "hccb", "ldld")) {
            accounts.put(user, MemberHttp.login(user));
        }

        ExecutorService pool = Executors.newFixedThreadPool(30);
        CountDownLatch start = new CountDownLatch(1);
        // the close starts once a first cast is stored, so it runs while the others are in flight
        CountDownLatch firstStored = new CountDownLatch(1);
        List<Future<String>> casts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            casts.add(pool.submit(cast(start, firstStored, "HLHPN", () -> asWomenUnion.call(() -> voting.castVote(ballot, null, Map.of())))));
            casts.add(pool.submit(cast(start, firstStored, "TDOAN", () -> asLeader.call(() -> voting.castVote(ballot, null, Map.of())))));
        }
        for (int i = 0; i < 4; i++) {
            for (Map.Entry<String, MemberHttp> account : accounts.entrySet()) {
                casts.add(pool.submit((Callable<String>) () -> {
                    start.await();
                    HttpResponse<String> r = account.getValue().post("/api/ballots/" + ballot + "/votes", "{\"choices\":{}}", "en");
                    if (r.statusCode() == 201) {
                        firstStored.countDown();
                    }
                    return switch (r.statusCode()) {
                        case 201 -> "stored " + account.getKey().toUpperCase();
                        case 409 -> "already voted";
                        case 400 -> r.body().contains("is not open for voting") ? "not open" : "unexpected 400 " + r.body();
                        default -> "unexpected " + r.statusCode() + " " + r.body();
                    };
                }));
            }
        }
        Future<Void> close = pool.submit((Callable<Void>) () -> {
            start.await();
            assertTrue(firstStored.await(60, TimeUnit.SECONDS), "a first cast stored");
            asLeader.call(() -> {
                counting.closeBallot(ballot);
                return null;
            });
            return null;
        });
        start.countDown();
        close.get();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : casts) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        LOG.info(() -> "Casts racing the close of ballot " + ballot + ": " + new TreeMap<>(outcomes.stream()
                .collect(Collectors.groupingBy(o -> o, Collectors.counting()))));

        assertTrue(outcomes.stream().allMatch(o -> o.startsWith("stored ") || o.equals("already voted") || o.equals("not open")),
                "each cast stored or refused as already voted or not open: " + outcomes);
        List<String> stored = outcomes.stream().filter(o -> o.startsWith("stored ")).map(o -> o.substring(7)).sorted().toList();
        assertEquals(new TreeSet<>(stored).size(), stored.size(), "at most one ballot per unit: " + stored);
        assertTrue(!stored.isEmpty(), "the close came after a first stored cast");
        assertEquals(BallotStatus.CLOSED, asLeader.call(() -> ballots.ballot(ballot)).status());
        assertEquals(stored.size(), count("SELECT COUNT(*) FROM cast_ballot WHERE ballot_id = ?", ballot),
                "every accepted cast stored, no other: " + outcomes);
        assertEquals(stored.size(), count("SELECT COUNT(*) FROM ballot_participation WHERE ballot_id = ?", ballot));
        assertEquals(3L * stored.size(), count("SELECT COUNT(*) FROM cast_ciphertext WHERE ballot_id = ?", ballot));
        assertEquals(stored.size(), asWomenUnion.call(() -> voting.turnout(ballot)).cast(), "the turnout counts each stored cast");
        assertEquals(stored, asWomenUnion.call(() -> voting.turnout(ballot)).voted().stream()
                .map(name -> codeOf(name)).sorted().toList(), "the turnout names the units that cast");

        // the close counted the casts stored at that moment: none was stored after it
        List<AuditRow> closes = asBoard.call(() -> audit.search(new AuditFilter(null, "Ballot", "CLOSE",
                String.valueOf(ballot), null, null), PageRequest.of(0, 10))).rows().stream()
                .filter(e -> String.valueOf(ballot).equals(e.getEntityId())).toList();
        assertEquals(1, closes.size(), closes.toString());
        assertEquals(stored.size() + " ballots cast", closes.get(0).getDetails());

        assertEquals("error.ballot.notOpen", assertThrows(InvalidInputException.class,
                () -> asWomenUnion.call(() -> voting.castVote(ballot, null, Map.of()))).getMessageKey());
        assertEquals(stored.size(), count("SELECT COUNT(*) FROM cast_ballot WHERE ballot_id = ?", ballot));
    }

    // ---- helpers ----

    /** A cast by a test identity once {@code start} opens: what happened to it. */
    /**
     * A vote that meets another transaction on the same rows: the other transaction holds the
     * audit chain's head and then asks for the participation row the vote has just written, so
     * the database finds a deadlock and rolls back the lighter transaction, the vote (the other
     * one has written 500 rows, which it rolls back itself). The voter gets 409 with "try again" in Vietnamese, nothing of
     * the vote is stored, and trying again records it. (On a Galera cluster a commit that loses
     * certification to another node's gets the same error, 1213.)
     */
    @Test
    void aVoteThatMeetsAnotherChangeOfTheSameRowsIsRolledBackWholeAndTheVoterIsToldToTryAgain() throws Exception {
        Long ballot = openBallot(2044, VotingMode.ELECTRONIC, TestData.memberCodes());
        String vote = "{\"choices\":{\"PROVINCIAL_FLAG\":[" + candidate(ballot, Seat.PROVINCIAL_FLAG, "HLHPN") + "]}}";
        MemberHttp womenUnion = MemberHttp.login("hlhpn");
        ExecutorService voter = Executors.newSingleThreadExecutor();
        HttpResponse<String> answer;
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            // heavier than a vote: 500 rows written (rolled back at the end, never seen by anyone)
            try (PreparedStatement heavy = other.prepareStatement(
                    "INSERT INTO notification (recipient, text, created_at) VALUES ('it-deadlock', 'rolled back', NOW(3))");
                 PreparedStatement head = other.prepareStatement("SELECT * FROM audit_head FOR UPDATE")) {
                for (int i = 0; i < 500; i++) {
                    heavy.addBatch();
                }
                heavy.executeBatch();
                head.executeQuery().close();
            }
            Future<HttpResponse<String>> cast = voter.submit(() -> womenUnion.post("/api/ballots/" + ballot + "/votes", vote, "vi"));
            awaitUncommittedCast(ballot);
            try (PreparedStatement participation = other.prepareStatement(
                    "SELECT * FROM ballot_participation WHERE ballot_id = ? FOR UPDATE")) {
                participation.setLong(1, ballot);
                participation.executeQuery().close();
            } catch (java.sql.SQLException e) {
                throw new AssertionError("the database rolled back the other transaction instead of the vote", e);
            } finally {
                other.rollback();
            }
            answer = cast.get(60, TimeUnit.SECONDS);
        } finally {
            voter.shutdownNow();
        }
        assertEquals(409, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("Cùng lúc đó có người khác thay đổi chính dữ liệu này, nên thao tác vừa rồi của bạn "
                + "chưa được lưu (không có gì bị ghi dở). Vui lòng thực hiện lại."), answer.body());
        assertStoredNothing(ballot);

        HttpResponse<String> again = womenUnion.post("/api/ballots/" + ballot + "/votes", vote, "vi");
        assertEquals(201, again.statusCode(), again.body());
        assertEquals(Set.of(testData.unit("HLHPN").getId() + "=hlhpn"), participation(ballot));
        assertEquals(1, count("SELECT COUNT(*) FROM cast_ballot WHERE ballot_id = ?", ballot));
    }

    /** Waits until the vote in progress has written its cast (read uncommitted: the transaction is still open). */
    private void awaitUncommittedCast(Long ballot) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (Connection c = dataSource.getConnection()) {
            while (true) {
                try (PreparedStatement dirty = c.prepareStatement("SET TRANSACTION ISOLATION LEVEL READ UNCOMMITTED");
                     PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM cast_ballot WHERE ballot_id = ?")) {
                    dirty.execute();
                    s.setLong(1, ballot);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) > 0) {
                            return;
                        }
                    }
                }
                assertTrue(System.nanoTime() < deadline, "the vote never reached its cast");
                Thread.sleep(20);
            }
        }
    }

    private static Callable<String> cast(CountDownLatch start, CountDownLatch firstStored, String unit, Work<?> work) {
        return () -> {
            start.await();
            try {
                work.run();
                firstStored.countDown();
                return "stored " + unit;
            } catch (AlreadyVotedException e) {
                return "already voted";
            } catch (InvalidInputException e) {
                return "error.ballot.notOpen".equals(e.getMessageKey()) ? "not open" : "unexpected " + e.getMessageKey();
            } catch (Exception e) {
                return "unexpected " + e;
            }
        };
    }

    /** The code of a member unit of Bloc No. 03 from its name as the turnout shows it. */
    private String codeOf(String name) {
        return TestData.memberCodes().stream().filter(code -> testData.unit(code).getName().equals(name)).findFirst()
                .orElse(name);
    }

    private InvalidInputException refused(Long ballot, Map<Seat, List<Long>> choices) {
        return assertThrows(InvalidInputException.class, () -> asWomenUnion.call(() -> voting.castVote(ballot, null, choices)));
    }

    private void assertStoredNothing(Long ballot) throws Exception {
        for (String table : TABLES) {
            assertEquals(0, count("SELECT COUNT(*) FROM " + table + " WHERE ballot_id = ?", ballot), table + " holds nothing");
        }
        assertEquals(0, asLeader.call(() -> voting.turnout(ballot)).cast());
    }

    /** unit id = voter of each participation row. */
    private Set<String> participation(Long ballot) throws Exception {
        Set<String> rows = new TreeSet<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT unit_id, voter FROM ballot_participation WHERE ballot_id = ?")) {
            s.setLong(1, ballot);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getLong(1) + "=" + rs.getString(2));
                }
            }
        }
        return rows;
    }

    /** A commendation ballot of Bloc No. 03 in {@code year}, opened (electronic ones with a committee of three). */
    private Long openBallot(int year, VotingMode mode, List<String> present) throws Exception {
        Long bloc = testData.bloc03With(year);
        Meeting meeting = meeting(bloc, year);
        Long ballot = asLeader.call(() -> setup.createBallot(meeting.getId(), BallotKind.COMMENDATION, mode,
                "Bình bầu đề nghị khen thưởng năm " + year));
        asLeader.call(() -> {
            setup.setCandidates(ballot, Seat.PROVINCIAL_FLAG, ids(List.of("HLHPN")));
            setup.setCandidates(ballot, Seat.CERTIFICATE_OF_MERIT, ids(List.of("TDOAN", "HND")));
            setup.recordPresence(ballot, ids(present));
            if (mode == VotingMode.ELECTRONIC) {
                committees.setCommittee(ballot, List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"));
            }
            return null;
        });
        asLeader.call(() -> setup.openBallot(ballot));
        assertEquals(BallotStatus.OPEN, asLeader.call(() -> ballots.ballot(ballot)).status());
        return ballot;
    }

    private Meeting meeting(Long bloc, int year) throws Exception {
        MeetingForm form = TestData.yearEndMeeting(bloc, year);
        return asLeader.call(() -> meetings.saveMeeting(form));
    }

    private List<Long> ids(List<String> codes) {
        return codes.stream().map(code -> testData.unit(code).getId()).toList();
    }

    private Long candidate(Long ballot, Seat seat, String code) throws Exception {
        return asLeader.call(() -> ballots.ballot(ballot)).seat(seat).candidates().stream()
                .filter(c -> c.unitCode().equals(code)).map(BallotView.CandidateView::id).findFirst().orElseThrow();
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
}
