package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.math.ec.ECPoint;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.thidua.account.service.AccountService;
import vn.thidua.ballot.entity.BallotKind;
import vn.thidua.ballot.entity.BallotStatus;
import vn.thidua.ballot.entity.Seat;
import vn.thidua.ballot.entity.VotingMode;
import vn.thidua.ballot.internal.crypto.BallotJson;
import vn.thidua.ballot.internal.crypto.Ciphertext;
import vn.thidua.ballot.internal.crypto.ElGamal;
import vn.thidua.ballot.internal.crypto.ElectionId;
import vn.thidua.ballot.internal.crypto.EncryptedBallot;
import vn.thidua.ballot.internal.crypto.Group;
import vn.thidua.ballot.internal.crypto.IntervalProof;
import vn.thidua.ballot.internal.crypto.SeatRule;
import vn.thidua.ballot.internal.crypto.Tracker;
import vn.thidua.ballot.service.AlreadyVotedException;
import vn.thidua.ballot.service.BallotQueryService;
import vn.thidua.ballot.service.BallotSetupService;
import vn.thidua.ballot.service.BallotView;
import vn.thidua.ballot.service.BulletinBoard;
import vn.thidua.ballot.service.BulletinBoardService;
import vn.thidua.ballot.service.CastReceipt;
import vn.thidua.ballot.service.CommitteeService;
import vn.thidua.ballot.service.CommitteeShare;
import vn.thidua.ballot.service.CommitteeView;
import vn.thidua.ballot.service.CountingService;
import vn.thidua.ballot.service.ElectionParameters;
import vn.thidua.ballot.service.OpenedBallot;
import vn.thidua.ballot.service.Turnout;
import vn.thidua.ballot.service.VotingService;
import vn.thidua.ballot.verifier.ElectionRecordVerifier;
import vn.thidua.bloc.service.BlocYearForm;
import vn.thidua.bloc.service.BlocYearService;
import vn.thidua.meeting.entity.Meeting;
import vn.thidua.meeting.service.MeetingForm;
import vn.thidua.meeting.service.MeetingService;
import vn.thidua.shared.AccessDeniedException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.unit.entity.Unit;
import vn.thidua.unit.service.UnitForm;
import vn.thidua.unit.service.UnitService;

/**
 * Electronic ballots that stay secret (issue 11), in the real server and database: an
 * encrypted cast stores a tracker, the canonical encrypted ballot and its ciphertexts,
 * nothing in clear; counting needs at least two ballots (else paper or void) and k of the
 * committee's shares (k − 1 count nothing, a wrong share is refused); the count decrypts
 * only the sums and its election record passes the independent verifier, which catches a
 * changed count; ballots encrypted by a client are refused through the API when a mark is
 * 2, a seat has too many marks or a ballot is replayed, with nothing stored; and one
 * account, one unit (with its predecessors) casts one ballot, also across a merger during
 * the ballot. Each test owns a year of Bloc No. 03 (2050 to 2054).
 */
@ExtendWith(ArquillianExtension.class)
class EncryptedBallotIT {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(EncryptedBallotIT.class, MemberHttp.class, AsMergedUnitA.class, AsMergedUnitB.class);
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
    private AsMergedUnitA asMergedA;

    @Inject
    private AsMergedUnitB asMergedB;

    @Inject
    private BallotSetupService setup;

    @Inject
    private CommitteeService committees;

    @Inject
    private VotingService voting;

    @Inject
    private CountingService counting;

    @Inject
    private BulletinBoardService bulletin;

    @Inject
    private BallotQueryService ballots;

    @Inject
    private MeetingService meetings;

    @Inject
    private UnitService units;

    @Inject
    private BlocYearService blocYears;

    @Inject
    private AccountService accounts;

    /** The committee's shares of each ballot opened, as its three members keep them. */
    private final Map<Long, List<String>> shares = new HashMap<>();

    @Test
    void anEncryptedCastStoresATrackerAndCiphertextsOnly() throws Exception {
        Long ballot = openCommendation(2050, TestData.memberCodes());
        CastReceipt receipt = asWomenUnion.call(() -> voting.castVote(ballot, null, Map.of(
                Seat.PROVINCIAL_FLAG, List.of(candidate(ballot, Seat.PROVINCIAL_FLAG, "HLHPN")),
                Seat.CERTIFICATE_OF_MERIT, List.of(candidate(ballot, Seat.CERTIFICATE_OF_MERIT, "TDOAN")))));

        List<String[]> casts = rows("SELECT id, tracker, ballot_json FROM cast_ballot WHERE ballot_id = ?", ballot, 3);
        assertEquals(1, casts.size());
        String[] cast = casts.get(0);
        assertTrue(cast[0].matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"),
                "a random UUID v4: " + cast[0]);
        assertEquals(receipt.receipt(), cast[1], "the receipt is the tracker");
        assertEquals(Tracker.sha256Hex(cast[2]), cast[1], "the tracker is the SHA-256 of the canonical ballot");
        EncryptedBallot stored = BallotJson.fromJson(json(cast[2]).asJsonObject());
        ElectionParameters election = asWomenUnion.call(() -> bulletin.electionParameters(ballot));
        assertTrue(stored.verify(Group.decode(election.publicKey()), election.election(), rules(election)).valid());
        assertEquals(3, count("SELECT COUNT(*) FROM cast_ciphertext WHERE ballot_id = ?", ballot));
        assertEquals(List.of(testData.unit("HLHPN").getId() + "", AsWomenUnion.PRINCIPAL), List.of(
                rows("SELECT unit_id, voter FROM ballot_participation WHERE ballot_id = ?", ballot, 2).get(0)));
        assertEquals(0, count("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = 'cast_choice' AND ? > 0", ballot), "no table of choices in clear");
        assertEquals(3, count("SELECT COUNT(*) FROM ballot_committee WHERE ballot_id = ?"
                + " AND verification_key IS NOT NULL", ballot), "each member's public verification key, no share");

        Turnout live = asWomenUnion.call(() -> voting.turnout(ballot));
        assertEquals(1, live.cast());
        assertTrue(live.valid() == null && live.blank() == null && live.invalid() == null, live.toString());
        assertEquals("error.ballot.notCounted", assertThrows(InvalidInputException.class,
                () -> asWomenUnion.call(() -> bulletin.bulletinBoard(ballot))).getMessageKey());
    }

    @Test
    void aBallotWithOneVoteIsNotCountedButHeldOnPaperOrVoided() throws Exception {
        Long ballot = openCommendation(2051, TestData.memberCodes());
        asWomenUnion.call(() -> voting.castVote(ballot, null, Map.of()));
        asLeader.call(done(() -> counting.closeBallot(ballot)));
        CommitteeView committee = asLeader.call(() -> committees.committee(ballot));
        assertTrue(committee.tooFewBallots());
        assertEquals(List.of(1, 2), List.of(committee.ballotsCast(), committee.minBallots()));
        assertEquals("error.ballot.tooFewBallots", assertThrows(InvalidInputException.class,
                () -> asLeader.call(done(() -> counting.countBallot(ballot)))).getMessageKey());
        assertEquals("error.ballot.tooFewBallots", assertThrows(InvalidInputException.class,
                () -> asLeader.call(() -> committees.enterShare(ballot, shares.get(ballot).get(0)))).getMessageKey());

        Long paper = asLeader.call(() -> counting.holdOnPaper(ballot));
        assertEquals(BallotStatus.VOIDED, asLeader.call(() -> ballots.ballot(ballot)).status());
        BallotView copy = asLeader.call(() -> ballots.ballot(paper));
        assertEquals(List.of(BallotStatus.DRAFT, VotingMode.PAPER), List.of(copy.status(), copy.votingMode()));
        assertEquals(codes(asLeader.call(() -> ballots.ballot(ballot))), codes(copy), "the same candidates");
        assertEquals(5, asLeader.call(() -> voting.turnout(paper)).present(), "the same units present");
        asLeader.call(done(() -> setup.openBallot(paper)));
        asLeader.call(done(() -> counting.enterPaperCounts(paper, 5, 5, 0, Map.of(
                candidate(paper, Seat.PROVINCIAL_FLAG, "HLHPN"), 5, candidate(paper, Seat.CERTIFICATE_OF_MERIT, "TDOAN"), 4))));
        asLeader.call(done(() -> counting.countBallot(paper)));
        assertTrue(pdfText(asLeader.call(() -> counting.countMinutesPdf(paper))).contains("bằng phiếu giấy"),
                "the paper ballot's minutes say paper");

        Long other = openCommendation(2051, TestData.memberCodes());
        asWomenUnion.call(() -> voting.castVote(other, null, Map.of()));
        asLeader.call(done(() -> counting.closeBallot(other)));
        asLeader.call(done(() -> counting.voidBallot(other)));
        assertEquals(BallotStatus.VOIDED, asLeader.call(() -> ballots.ballot(other)).status());
        assertEquals("error.ballot.wrongState", assertThrows(InvalidInputException.class,
                () -> asLeader.call(done(() -> counting.countBallot(other)))).getMessageKey());
    }

    @Test
    void fewerThanKSharesCountNothingAWrongShareIsRefusedAndKSharesCountTheSumsOnly() throws Exception {
        Long ballot = openCommendation(2052, TestData.memberCodes());
        Long flag = candidate(ballot, Seat.PROVINCIAL_FLAG, "HLHPN");
        Long youth = candidate(ballot, Seat.CERTIFICATE_OF_MERIT, "TDOAN");
        Long farmers = candidate(ballot, Seat.CERTIFICATE_OF_MERIT, "HND");
        CastReceipt women = asWomenUnion.call(() -> voting.castVote(ballot, null,
                Map.of(Seat.PROVINCIAL_FLAG, List.of(flag), Seat.CERTIFICATE_OF_MERIT, List.of(youth))));
        asLeader.call(() -> voting.castVote(ballot, null, Map.of()));
        HttpResponse<String> api = MemberHttp.login("hnd").post("/api/ballots/" + ballot + "/votes",
                "{\"choices\":{\"PROVINCIAL_FLAG\":[" + flag + "],\"CERTIFICATE_OF_MERIT\":[" + farmers + "]}}", "vi");
        assertEquals(201, api.statusCode(), api.body());
        asLeader.call(done(() -> counting.closeBallot(ballot)));

        List<String> mine = shares.get(ballot);
        assertEquals(1, (int) asLeader.call(() -> committees.enterShare(ballot, mine.get(1))), "one more share needed");
        assertEquals("error.ballot.sharesNeeded", assertThrows(InvalidInputException.class,
                () -> asLeader.call(done(() -> counting.countBallot(ballot)))).getMessageKey());
        BallotView notCounted = asLeader.call(() -> ballots.ballot(ballot));
        assertEquals(BallotStatus.CLOSED, notCounted.status());
        assertTrue(notCounted.seats().stream().flatMap(s -> s.candidates().stream()).allMatch(c -> c.votes() == null),
                "k - 1 shares count nothing");
        String altered = mine.get(0).substring(0, mine.get(0).length() - 1)
                + (mine.get(0).endsWith("0") ? "1" : "0");
        assertEquals("error.ballot.wrongShare", refusal(() -> committees.enterShare(ballot, altered)));
        Long another = openCommendation(2052, TestData.memberCodes());
        assertEquals("error.ballot.wrongShare", refusal(() -> committees.enterShare(ballot, shares.get(another).get(0))));
        assertEquals("error.ballot.shareMalformed", refusal(() -> committees.enterShare(ballot, "not a share")));
        assertEquals("error.ballot.shareAlreadyEntered", refusal(() -> committees.enterShare(ballot, mine.get(1))));
        assertEquals(1, asLeader.call(() -> committees.committee(ballot)).getSharesEntered());
        assertEquals(0, (int) asLeader.call(() -> committees.enterShare(ballot, mine.get(2))));
        asLeader.call(done(() -> counting.countBallot(ballot)));

        BallotView counted = asLeader.call(() -> ballots.ballot(ballot));
        assertEquals(Map.of("HLHPN", 2), votes(counted, Seat.PROVINCIAL_FLAG));
        assertEquals(Map.of("TDOAN", 1, "HND", 1), votes(counted, Seat.CERTIFICATE_OF_MERIT));
        Turnout reconciled = asWomenUnion.call(() -> voting.turnout(ballot));
        assertEquals(List.of(3, 3, 0), List.of(reconciled.cast(), reconciled.valid(), reconciled.invalid()));
        assertNull(reconciled.blank(), "the blank ballot is counted but never known as such");

        String record = asWomenUnion.call(() -> bulletin.electionRecord(ballot));
        CommitteeView committee = asWomenUnion.call(() -> committees.committee(ballot));
        assertEquals(Tracker.sha256Hex(record), committee.recordSha256());
        JsonObject genuine = json(record).asJsonObject();
        ElectionRecordVerifier.Report report = ElectionRecordVerifier.verify(genuine);
        assertTrue(report.passed(), report.failures().toString());
        assertEquals(3, genuine.getJsonArray("ballots").size());
        JsonObject tampered = Json.createPatchBuilder().replace("/result/0/0", 3).build().apply(genuine);
        ElectionRecordVerifier.Report caught = ElectionRecordVerifier.verify(tampered);
        assertFalse(caught.passed());
        assertTrue(caught.failures().stream().anyMatch(f -> f.name().equals("result")), caught.failures().toString());
        Files.writeString(Path.of(System.getProperty("jboss.home.dir"), "..", "election-record-it.json"), record);

        String minutes = pdfText(asWomenUnion.call(() -> counting.countMinutesPdf(ballot)));
        for (String expected : List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Số phiếu thu về: 3", "mã hóa")) {
            assertTrue(minutes.contains(expected), "minutes hold \"" + expected + "\":\n" + minutes);
        }
        // the record's 64-digit hash is one word that the justified body may break at the line's end
        assertTrue(minutes.replaceAll("\\s", "").contains(committee.recordSha256()),
                "minutes hold the record's hash " + committee.recordSha256() + ":\n" + minutes);
        BulletinBoard board = asWomenUnion.call(() -> bulletin.bulletinBoard(ballot));
        assertEquals(3, board.entries().size());
        assertTrue(board.entries().stream().anyMatch(e -> e.tracker().equals(women.receipt())));
        assertTrue(board.entries().stream().allMatch(e -> e.ciphertexts().size() == 3));
        assertTrue(asWomenUnion.call(() -> voting.checkReceipt(ballot, women.receipt())));
    }

    @Test
    void ballotsEncryptedByAClientAreRefusedThroughTheApiWhenAProofFailsAndNothingIsStored() throws Exception {
        Long ballot = openCommendation(2053, TestData.memberCodes());
        Long other = openCommendation(2053, TestData.memberCodes());
        MemberHttp veterans = MemberHttp.login("hccb");
        JsonObject election = json(veterans.get("/api/ballots/" + ballot + "/election").body()).asJsonObject();
        ECPoint y = Group.decode(election.getString("publicKey"));
        String id = election.getString("election");
        List<SeatRule> seats = new ArrayList<>();
        for (JsonValue seat : election.getJsonArray("seats")) {
            JsonObject s = seat.asJsonObject();
            seats.add(new SeatRule(s.getJsonArray("candidates").size(), s.getInt("min"), s.getInt("max")));
        }
        assertEquals(List.of(new SeatRule(1, 0, 1), new SeatRule(2, 0, 1)), seats, "flag 1 of 1, certificates 1 of 2");
        String path = "/api/ballots/" + ballot + "/encrypted-votes";

        HttpResponse<String> two = veterans.post(path, forged(y, id, seats, new int[] {0, 2}, 1).canonicalJson(), "vi");
        assertEquals(400, two.statusCode(), two.body());
        assertTrue(two.body().contains("ô thứ 2 của mục thứ 2") && two.body().contains("0 hoặc 1"), two.body());
        HttpResponse<String> many = veterans.post(path, forged(y, id, seats, new int[] {1, 1}, 1).canonicalJson(), "en");
        assertEquals(400, many.statusCode(), many.body());
        assertTrue(many.body().contains("seat 2 is not proven to have at most its quota of 1"), many.body());
        JsonObject otherElection = json(veterans.get("/api/ballots/" + other + "/election").body()).asJsonObject();
        EncryptedBallot replayed = EncryptedBallot.create(Group.decode(otherElection.getString("publicKey")),
                otherElection.getString("election"), seats, List.of(Set.of(0), Set.of(1)), RANDOM);
        HttpResponse<String> fromOther = veterans.post(path, replayed.canonicalJson(), "vi");
        assertEquals(400, fromOther.statusCode(), fromOther.body());
        assertTrue(fromOther.body().contains("cuộc bỏ phiếu khác"), fromOther.body());
        assertEquals(400, veterans.post(path, "{\"election\":\"" + id + "\"}", "vi").statusCode());
        for (String table : List.of("cast_ballot", "ballot_participation", "cast_ciphertext")) {
            assertEquals(0, count("SELECT COUNT(*) FROM " + table + " WHERE ballot_id = ?", ballot), table + " holds nothing");
        }

        EncryptedBallot honest = EncryptedBallot.create(y, id, seats, List.of(Set.of(0), Set.of(1)), RANDOM);
        HttpResponse<String> accepted = veterans.post(path, honest.canonicalJson(), "vi");
        assertEquals(201, accepted.statusCode(), accepted.body());
        assertEquals("{\"receipt\":\"" + honest.tracker() + "\"}", accepted.body());
        HttpResponse<String> copied = MemberHttp.login("ldld").post(path, honest.canonicalJson(), "vi");
        assertEquals(400, copied.statusCode(), copied.body());
        assertTrue(copied.body().contains("dùng lại"), copied.body());
        assertEquals(1, count("SELECT COUNT(*) FROM ballot_participation WHERE ballot_id = ?", ballot));
        assertEquals(1, count("SELECT COUNT(*) FROM cast_ballot WHERE ballot_id = ?", ballot));
        HttpResponse<String> again = veterans.post(path, EncryptedBallot.create(y, id, seats,
                List.of(Set.of(), Set.of()), RANDOM).canonicalJson(), "vi");
        assertEquals(409, again.statusCode(), again.body());
    }

    @Test
    void oneAccountAndOneUnitWithItsPredecessorsCastOneBallotAcrossAMergerDuringTheBallot() throws Exception {
        int year = 2054;
        Long bloc = testData.bloc03With(year);
        Unit a = createUnit("MG" + year + "A");
        Unit b = createUnit("MG" + year + "B");
        asBoard.call(() -> accounts.registerUser(AsMergedUnitA.PRINCIPAL, "Tài khoản kiểm thử MG-A", a.getId()));
        asBoard.call(() -> accounts.registerUser(AsMergedUnitB.PRINCIPAL, "Tài khoản kiểm thử MG-B", b.getId()));
        BlocYearForm form = asBoard.call(() -> blocYears.loadBlocYear(bloc, year));
        List<Long> members = new ArrayList<>(form.getMemberUnitIds());
        members.addAll(List.of(a.getId(), b.getId()));
        form.setMemberUnitIds(members);
        asBoard.call(() -> blocYears.saveBlocYear(form));
        Long ballot = prepareAt(meeting(bloc, year), members);
        open(ballot);
        Long flag = candidate(ballot, Seat.PROVINCIAL_FLAG, "HLHPN");

        asMergedA.call(() -> voting.castVote(ballot, null, Map.of(Seat.PROVINCIAL_FLAG, List.of(flag))));
        UnitForm successor = new UnitForm();
        successor.setProvinceId(a.getProvince().getId());
        successor.setCode("MG" + year + "C");
        successor.setName("Đơn vị hợp nhất MG " + year);
        successor.setShortName("MG hợp nhất");
        successor.setValidFrom(LocalDate.of(year + 1, 1, 1));
        Unit merged = asBoard.call(() -> units.mergeUnits(List.of(a.getId(), b.getId()), successor));

        assertThrows(AlreadyVotedException.class, () -> asMergedA.call(() -> voting.castVote(ballot, null, Map.of())));
        assertThrows(AlreadyVotedException.class, () -> asMergedB.call(() -> voting.castVote(ballot, null, Map.of())),
                "the successor's other representative: its predecessor has voted");
        assertThrows(AccessDeniedException.class, () -> asMergedB.call(() -> voting.castVote(ballot, b.getId(), Map.of())),
                "a predecessor's id is no way to another ballot");
        assertThrows(AlreadyVotedException.class,
                () -> asMergedB.call(() -> voting.castVote(ballot, merged.getId(), Map.of())));
        assertTrue(asMergedB.call(() -> voting.myOpenBallots()).stream().noneMatch(v -> v.id().equals(ballot)));
        assertEquals(1, count("SELECT COUNT(*) FROM ballot_participation WHERE ballot_id = ?", ballot));
        assertEquals(1, count("SELECT COUNT(*) FROM cast_ballot WHERE ballot_id = ?", ballot));

        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO ballot_participation (ballot_id, unit_id, voter) VALUES (?, ?, ?)")) {
            insert.setLong(1, ballot);
            insert.setLong(2, b.getId());
            insert.setString(3, AsMergedUnitA.PRINCIPAL);
            assertThrows(SQLException.class, insert::executeUpdate, "the database refuses a second ballot of one account");
        }
    }

    // ---- helpers ----

    private Long openCommendation(int year, List<String> present) throws Exception {
        Long ballot = prepareAt(meeting(testData.bloc03With(year), year), ids(present));
        open(ballot);
        return ballot;
    }

    private Long prepareAt(Meeting meeting, List<Long> present) throws Exception {
        Long ballot = asLeader.call(() -> setup.createBallot(meeting.getId(), BallotKind.COMMENDATION,
                VotingMode.ELECTRONIC, "Bình bầu đề nghị khen thưởng năm " + meeting.getYear()));
        asLeader.call(done(() -> setup.setCandidates(ballot, Seat.PROVINCIAL_FLAG, ids(List.of("HLHPN")))));
        asLeader.call(done(() -> setup.setCandidates(ballot, Seat.CERTIFICATE_OF_MERIT, ids(List.of("TDOAN", "HND")))));
        asLeader.call(done(() -> setup.recordPresence(ballot, present)));
        asLeader.call(done(() -> committees.setCommittee(ballot, List.of("Nguyễn Văn An", "Trần Thị Bình",
                "Lê Văn Cường"))));
        return ballot;
    }

    private void open(Long ballot) throws Exception {
        OpenedBallot opened = asLeader.call(() -> setup.openBallot(ballot));
        assertEquals(3, opened.shares().size());
        assertEquals(2, opened.threshold());
        assertTrue(opened.database().readable(), "the database's logging settings are read at opening");
        assertFalse(opened.toString().contains(opened.shares().get(0).share()), "no share in a record's text");
        shares.put(ballot, opened.shares().stream().map(CommitteeShare::share).toList());
    }

    private Meeting meeting(Long bloc, int year) throws Exception {
        MeetingForm form = TestData.yearEndMeeting(bloc, year);
        return asLeader.call(() -> meetings.saveMeeting(form));
    }

    private Unit createUnit(String code) throws Exception {
        UnitForm form = new UnitForm();
        form.setProvinceId(testData.unit("HLHPN").getProvince().getId());
        form.setCode(code);
        form.setName("Đơn vị kiểm thử hợp nhất " + code);
        form.setShortName(code);
        form.setValidFrom(LocalDate.of(2010, 1, 1));
        return asBoard.call(() -> units.createUnit(form));
    }

    /** A ballot whose first seat is honest and whose second holds the marks given with proofs claiming 0/1 and a total. */
    private static EncryptedBallot forged(ECPoint y, String election, List<SeatRule> seats, int[] marks, int total) {
        EncryptedBallot honest = EncryptedBallot.create(y, election, seats, List.of(Set.of(), Set.of()), RANDOM);
        String context = ElectionId.context(election, y);
        List<Ciphertext> cs = new ArrayList<>();
        List<IntervalProof> ps = new ArrayList<>();
        BigInteger r = BigInteger.ZERO;
        StringBuilder statement = new StringBuilder(context).append('|');
        for (int j = 0; j < marks.length; j++) {
            ElGamal.Encryption e = ElGamal.encrypt(y, marks[j], RANDOM);
            cs.add(e.ciphertext());
            ps.add(IntervalProof.proveZeroOrOne(context, y, e.ciphertext(), e.randomness(), Math.min(marks[j], 1), RANDOM));
            r = r.add(e.randomness());
            statement.append(j == 0 ? "" : ",").append(e.ciphertext().encoded());
        }
        IntervalProof overall = IntervalProof.prove(statement.toString(), y, ElGamal.sum(cs), r.mod(Group.Q),
                Math.min(total, 1), 0, 1, RANDOM);
        return new EncryptedBallot(election, List.of(honest.answers().get(0), new EncryptedBallot.Answer(cs, ps, overall)));
    }

    private static List<SeatRule> rules(ElectionParameters election) {
        return election.seats().stream().map(s -> new SeatRule(s.candidates().size(), s.min(), s.max())).toList();
    }

    private String refusal(Work<?> work) {
        return assertThrows(InvalidInputException.class, () -> asLeader.call(work)).getMessageKey();
    }

    private Long candidate(Long ballot, Seat seat, String code) throws Exception {
        return asLeader.call(() -> ballots.ballot(ballot)).seat(seat).candidates().stream()
                .filter(c -> c.unitCode().equals(code)).map(BallotView.CandidateView::id).findFirst().orElseThrow();
    }

    private static Map<Seat, List<String>> codes(BallotView ballot) {
        Map<Seat, List<String>> codes = new HashMap<>();
        ballot.seats().forEach(s -> codes.put(s.seat(), s.candidates().stream().map(BallotView.CandidateView::unitCode)
                .sorted().toList()));
        return codes;
    }

    private static Map<String, Integer> votes(BallotView ballot, Seat seat) {
        Map<String, Integer> votes = new HashMap<>();
        ballot.seat(seat).candidates().forEach(c -> votes.put(c.unitCode(), c.votes()));
        return votes;
    }

    private List<Long> ids(List<String> codes) {
        return codes.stream().map(code -> testData.unit(code).getId()).toList();
    }

    private static JsonValue json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
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

    private List<String[]> rows(String sql, Long ballotId, int columns) throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, ballotId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String[] row = new String[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getString(i + 1);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    /** A use case that answers nothing. */
    @FunctionalInterface
    private interface Job {
        void run() throws Exception;
    }

    private static Work<Void> done(Job job) {
        return () -> {
            job.run();
            return null;
        };
    }
}
