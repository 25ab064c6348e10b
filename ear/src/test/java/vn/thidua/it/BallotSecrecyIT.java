package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.bouncycastle.math.ec.ECPoint;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.thidua.ballot.entity.BallotKind;
import vn.thidua.ballot.entity.Seat;
import vn.thidua.ballot.entity.VotingMode;
import vn.thidua.ballot.internal.crypto.BallotJson;
import vn.thidua.ballot.internal.crypto.Ciphertext;
import vn.thidua.ballot.internal.crypto.ElGamal;
import vn.thidua.ballot.internal.crypto.EncryptedBallot;
import vn.thidua.ballot.internal.crypto.Group;
import vn.thidua.ballot.internal.crypto.Shamir;
import vn.thidua.ballot.internal.crypto.Share;
import vn.thidua.ballot.service.BallotQueryService;
import vn.thidua.ballot.service.BallotSetupService;
import vn.thidua.ballot.service.BallotView;
import vn.thidua.ballot.service.BulletinBoardService;
import vn.thidua.ballot.service.CommitteeService;
import vn.thidua.ballot.service.CommitteeShare;
import vn.thidua.ballot.service.CountingService;
import vn.thidua.ballot.service.ElectionParameters;
import vn.thidua.ballot.service.OpenedBallot;
import vn.thidua.it.DatabaseLogs.RowEvent;
import vn.thidua.it.DatabaseLogs.Source;
import vn.thidua.meeting.entity.Meeting;
import vn.thidua.meeting.service.MeetingForm;
import vn.thidua.meeting.service.MeetingService;

/**
 * Ballot secrecy as people and database readers would try to break it (issue 11).
 *
 * <p>What a person sees: two electronic ballots of Bloc No. 03 (years 2057 and 2058) are
 * open at once with the same five units present; the five units vote one by one, each
 * casting a different choice in the two ballots. After every single vote a member and a
 * Board specialist read everything the portal shows them about the ballot (the ballots
 * page, the conferences page, turnout, "my open ballots", the bulletin board and record
 * answers): both ballots show exactly the same, so no figure depends on the choice, while
 * the turnout does move with each vote.
 *
 * <p>What the database keeps: with the binary log (ROW) and the general log on, five
 * units vote in a ballot of 2056. The rows and statements those votes wrote name no
 * candidate and hold ciphertexts and proofs only; after the count neither log, a full dump
 * nor the server log holds the private key or any share; and from all the stored data one
 * share fewer than k decrypts none of the ballots, while k shares would (the committee's
 * power, which is why the key is split).
 */
@ExtendWith(ArquillianExtension.class)
class BallotSecrecyIT {

    /** The five present units' demo accounts, in the order they vote. */
    private static final List<String> VOTERS = List.of("hlhpn", "tinhdoan", "hnd", "hccb", "ldld");

    /** Five different choices (seat → candidates' unit codes) … */
    private static final List<Map<Seat, List<String>>> CHOICES = List.of(
            Map.of(Seat.PROVINCIAL_FLAG, List.of("HLHPN"), Seat.CERTIFICATE_OF_MERIT, List.of("TDOAN")),
            Map.of(),
            Map.of(Seat.PROVINCIAL_FLAG, List.of("HLHPN"), Seat.CERTIFICATE_OF_MERIT, List.of("HND")),
            Map.of(Seat.CERTIFICATE_OF_MERIT, List.of("TDOAN")),
            Map.of(Seat.PROVINCIAL_FLAG, List.of("HLHPN")));

    /** … and for the twin ballot, at each step a choice unlike the first ballot's. */
    private static final List<Map<Seat, List<String>>> OTHER_CHOICES = List.of(
            Map.of(),
            Map.of(Seat.PROVINCIAL_FLAG, List.of("HLHPN"), Seat.CERTIFICATE_OF_MERIT, List.of("HND")),
            Map.of(Seat.CERTIFICATE_OF_MERIT, List.of("TDOAN")),
            Map.of(Seat.PROVINCIAL_FLAG, List.of("HLHPN")),
            Map.of(Seat.PROVINCIAL_FLAG, List.of("HLHPN"), Seat.CERTIFICATE_OF_MERIT, List.of("TDOAN")));

    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{20,}");
    private static final Pattern POINT = Pattern.compile("0[23][0-9a-f]{64}");
    private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?\\b");
    private static final Pattern DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{4}\\b");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(BallotSecrecyIT.class, MemberHttp.class, DatabaseLogs.class);
    }

    @Resource(lookup = "java:jboss/datasources/ThiduaDS")
    private DataSource dataSource;

    @Inject
    private TestData testData;

    @Inject
    private AsYouthUnion asLeader;

    @Inject
    private BallotSetupService setup;

    @Inject
    private CommitteeService committees;

    @Inject
    private CountingService counting;

    @Inject
    private BulletinBoardService bulletin;

    @Inject
    private BallotQueryService ballots;

    @Inject
    private MeetingService meetings;

    /** An open electronic ballot of Bloc No. 03 with its committee's three shares. */
    private record Opened(Long bloc, int year, Long meeting, Long ballot, List<String> shares) {
    }

    @Test
    void noFigureAMemberOrTheBoardSeesChangesWithTheChoiceOfASingleVote() throws Exception {
        Opened first = open(2057);
        Opened twin = open(2058);
        MemberHttp member = MemberHttp.login("ldld");
        MemberHttp board = MemberHttp.login("chuyenvien");
        List<MemberHttp> voters = new ArrayList<>();
        for (String voter : VOTERS) {
            voters.add(voter.equals("ldld") ? member : MemberHttp.login(voter));
        }
        assertEquals(snapshot(member, first), snapshot(member, twin), "before any vote the two ballots look alike");

        for (int i = 0; i < VOTERS.size(); i++) {
            assertNotEquals(CHOICES.get(i), OTHER_CHOICES.get(i));
            vote(voters.get(i), first, CHOICES.get(i));
            vote(voters.get(i), twin, OTHER_CHOICES.get(i));
            for (MemberHttp observer : List.of(member, board)) {
                String who = observer == member ? "member (ldld)" : "Board specialist";
                String seenFirst = snapshot(observer, first);
                String seenTwin = snapshot(observer, twin);
                assertEquals(seenFirst, seenTwin, who + " after vote " + (i + 1) + " of " + VOTERS.get(i)
                        + ": what is shown of a ballot must not depend on the choice");
                int cast = turnoutCast(observer, first);
                assertEquals(i + 1, cast, who + " sees the turnout move");
            }
        }
    }

    @Test
    void theLogsAndADumpHoldCiphertextsOnlyNoKeyNoShareAndOneShareFewerThanKDecryptsNothing() throws Exception {
        // the secrets are born when the ballot opens: from here on the logs must never hold them
        DatabaseLogs.Mark beforeOpening = DatabaseLogs.mark();
        Opened opened = open(2056);
        ElectionParameters election = asLeader.call(() -> bulletin.electionParameters(opened.ballot()));
        DatabaseLogs.Mark beforeVotes = DatabaseLogs.mark();

        for (int i = 0; i < VOTERS.size(); i++) {
            vote(MemberHttp.login(VOTERS.get(i)), opened, CHOICES.get(i));
        }
        assertWhatTheVotesWroteNamesNoCandidate(opened, election, DatabaseLogs.captureSince(beforeVotes));

        // the count: two of the three members enter their shares
        asLeader.call(() -> {
            counting.closeBallot(opened.ballot());
            committees.enterShare(opened.ballot(), opened.shares().get(0));
            committees.enterShare(opened.ballot(), opened.shares().get(2));
            counting.countBallot(opened.ballot());
            return null;
        });
        BallotView counted = asLeader.call(() -> ballots.ballot(opened.ballot()));
        assertEquals(Map.of("HLHPN", 3), votes(counted, Seat.PROVINCIAL_FLAG));
        assertEquals(Map.of("TDOAN", 2, "HND", 1), votes(counted, Seat.CERTIFICATE_OF_MERIT));

        List<Share> shares = opened.shares().stream().map(Share::parse).toList();
        ECPoint publicKey = Group.decode(election.publicKey());
        BigInteger key = Shamir.interpolateAtZero(shares.subList(0, 2));
        assertEquals(publicKey, Group.base(key).normalize(), "two shares rebuild the ballot's key (so the test holds the secrets)");
        DatabaseLogs after = DatabaseLogs.captureSince(beforeOpening);
        String serverLog = Files.readString(Path.of(System.getProperty("jboss.server.log.dir"), "server.log"),
                StandardCharsets.ISO_8859_1);
        List<String> secrets = new ArrayList<>(List.of(String.format("%064x", key), key.toString(), key.toString(16)));
        for (Share share : shares) {
            secrets.addAll(List.of(share.toText(), String.format("%064x", share.value()), share.value().toString()));
        }
        for (String secret : secrets) {
            assertEquals(EnumSet.noneOf(Source.class), after.whereIs(secret), "a key or a share in the database's logs");
            assertFalse(serverLog.contains(secret), "a key or a share in the server log");
        }

        // all stored data: each cast ballot's ciphertexts
        List<List<Ciphertext>> stored = storedCiphertexts(opened.ballot());
        assertEquals(5, stored.size());
        List<List<Integer>> withK = new ArrayList<>();
        for (List<Ciphertext> ballot : stored) {
            List<Integer> marks = new ArrayList<>();
            for (Ciphertext c : ballot) {
                marks.add(ElGamal.decrypt(c, ElGamal.combine(Map.of(
                        shares.get(0).index(), ElGamal.decryptionFactor(shares.get(0).value(), c),
                        shares.get(2).index(), ElGamal.decryptionFactor(shares.get(2).value(), c))), 1));
            }
            withK.add(marks);
        }
        assertEquals(sorted(CHOICES.stream().map(choice -> marks(election, opened, choice)).toList()), sorted(withK),
                "k shares together could open the stored ballots: the five choices cast");
        for (Share alone : shares) {
            assertNotEquals(publicKey, Group.base(alone.value()).normalize(), "one share is not the key");
            for (List<Ciphertext> ballot : stored) {
                for (Ciphertext c : ballot) {
                    ECPoint factor = ElGamal.combine(Map.of(alone.index(), ElGamal.decryptionFactor(alone.value(), c)));
                    assertThrows(IllegalStateException.class, () -> ElGamal.decrypt(c, factor, 1),
                            "k - 1 = 1 share decrypts no mark of any stored ballot");
                }
            }
        }
    }

    // ---- what the votes wrote ----

    /** {@code logs}: what the database logged while the five votes were cast (and a dump after them). */
    private void assertWhatTheVotesWroteNamesNoCandidate(Opened opened, ElectionParameters election, DatabaseLogs logs) {
        List<RowEvent> written = logs.rowEvents();
        String statements = logs.generalLog();
        String ballotId = opened.ballot().toString();
        Set<String> tables = written.stream().map(e -> e.table().replaceFirst("^[^.]*\\.", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(Set.of("ballot_participation", "cast_ballot", "cast_ciphertext", "audit_entry", "audit_head",
                "account").containsAll(tables), "tables the votes wrote: " + tables);
        for (RowEvent e : written) {
            DatabaseLogs.Row row = e.after() != null ? e.after() : e.before();
            for (String column : row.values().keySet()) {
                String name = column.toLowerCase();
                assertFalse(name.contains("candidate") || name.contains("choice") || name.equals("mark") || name.equals("marks"),
                        e.table() + "." + column + " written by a vote");
            }
            if (e.table().endsWith("audit_entry")) {
                String text = row.values().values().toString();
                for (Seat seat : Seat.values()) {
                    assertFalse(text.contains(seat.name()), "an audit entry of a vote names a seat: " + text);
                }
            }
        }
        List<Map<String, String>> casts = written.stream()
                .filter(e -> e.table().endsWith(".cast_ballot") && e.kind() == DatabaseLogs.Kind.INSERT)
                .map(e -> e.after().values()).filter(row -> ballotId.equals(row.get("ballot_id"))).toList();
        assertEquals(5, casts.size(), "the binary log holds the five cast ballots (the search looks where they are)");
        for (Map<String, String> cast : casts) {
            assertOnlyCiphertextsAndProofs(json(cast.get("ballot_json")), election.election());
            assertTrue(logs.dump().contains(cast.get("tracker")), "the dump holds the cast ballot too");
        }
        assertEquals(15, written.stream().filter(e -> e.table().endsWith(".cast_ciphertext")
                && ballotId.equals(e.after().get("ballot_id"))).count(), "three ciphertexts per ballot");
        assertEquals(5, written.stream().filter(e -> e.table().endsWith(".ballot_participation")
                && ballotId.equals(e.after().get("ballot_id"))).count(), "who voted is public and logged");

        List<String> changes = statements.lines().filter(l -> l.matches("(?i).*\\b(INSERT|UPDATE|DELETE|REPLACE)\\b.*"))
                .toList();
        assertEquals(5, changes.stream().filter(l -> l.contains("cast_ballot") && l.contains("INSERT")).count(),
                "the general log holds the five inserts of cast ballots");
        for (String change : changes) {
            assertFalse(change.toLowerCase().contains("candidate"), "a change statement during the votes: " + change);
        }
        assertFalse(logs.dump().contains("`cast_choice`"), "no table of choices in the dump");
    }

    /** Every leaf of a stored ballot is its election id, a curve point or a full-size scalar. */
    private static void assertOnlyCiphertextsAndProofs(JsonValue value, String electionId) {
        switch (value.getValueType()) {
            case OBJECT -> value.asJsonObject().values().forEach(v -> assertOnlyCiphertextsAndProofs(v, electionId));
            case ARRAY -> value.asJsonArray().forEach(v -> assertOnlyCiphertextsAndProofs(v, electionId));
            case STRING -> {
                String s = ((JsonString) value).getString();
                boolean point = POINT.matcher(s).matches();
                boolean bigScalar = s.matches("\\d{30,}");
                assertTrue(s.equals(electionId) || point || bigScalar, "a stored ballot holds \"" + s + "\"");
            }
            default -> throw new AssertionError("a stored ballot holds a bare " + value.getValueType() + ": " + value);
        }
    }

    // ---- what people see ----

    /**
     * All a person is shown about the ballot: the pages' visible text with the year, dates,
     * times and keys blanked out, and the API answers with the ids of the ballot and its
     * candidates, the election id and the key left out (they differ between any two ballots).
     */
    private String snapshot(MemberHttp http, Opened b) throws Exception {
        StringBuilder seen = new StringBuilder();
        seen.append("BALLOTS PAGE ").append(visible(http.page("/year/ballots.xhtml?meeting=" + b.meeting()
                + "&ballot=" + b.ballot())));
        seen.append("\nCONFERENCES PAGE ").append(visible(http.page("/year/conferences.xhtml?bloc=" + b.bloc()
                + "&year=" + b.year())));
        for (String api : List.of("turnout", "bulletin-board", "record", "election")) {
            HttpResponse<String> answer = http.get("/api/ballots/" + b.ballot() + "/" + api);
            seen.append("\nAPI ").append(api).append(' ').append(answer.statusCode()).append(' ')
                    .append(withoutIds(answer.body()));
        }
        HttpResponse<String> mine = http.get("/api/ballots/mine");
        seen.append("\nAPI mine ").append(mine.statusCode()).append(' ');
        if (mine.statusCode() == 200) {
            for (JsonValue entry : json(mine.body()).asJsonArray()) {
                if (entry.asJsonObject().getJsonNumber("id").longValue() == b.ballot()) {
                    seen.append(withoutIds(entry.toString()));
                }
            }
        } else {
            seen.append(mine.body());
        }
        String text = seen.toString().replaceAll("\\b" + b.year() + "\\b", "YEAR")
                .replaceAll("\\b" + (b.year() + 1) + "\\b", "NEXT-YEAR");
        text = HEX.matcher(text).replaceAll("HEX");
        text = DATE.matcher(text).replaceAll("DATE");
        return TIME.matcher(text).replaceAll("TIME");
    }

    /** A JSON answer without the keys that name one ballot: ids, the election id, the public key. */
    private static String withoutIds(String body) {
        JsonValue value;
        try {
            value = json(body);
        } catch (RuntimeException notJson) {
            return body;
        }
        return stripIds(value).toString();
    }

    private static JsonValue stripIds(JsonValue value) {
        switch (value.getValueType()) {
            case OBJECT -> {
                var object = Json.createObjectBuilder();
                value.asJsonObject().forEach((key, v) -> {
                    if (!Set.of("id", "ballotId", "election", "publicKey").contains(key)) {
                        object.add(key, stripIds(v));
                    }
                });
                return object.build();
            }
            case ARRAY -> {
                // a seat's candidates in the election parameters come in id order (the order of the
                // marks, fixed when the ballot opens, so it may differ between two ballots): sorted here
                List<JsonValue> items = new ArrayList<>(value.asJsonArray().stream().map(BallotSecrecyIT::stripIds).toList());
                if (items.stream().allMatch(v -> v.getValueType() == JsonValue.ValueType.OBJECT
                        && v.asJsonObject().keySet().equals(Set.of("unit")))) {
                    items.sort(java.util.Comparator.comparing(JsonValue::toString));
                }
                var array = Json.createArrayBuilder();
                items.forEach(array::add);
                return array.build();
            }
            default -> {
                return value;
            }
        }
    }

    /** A page's text as read on screen: no scripts, styles, hidden fields or attributes. */
    private static String visible(HttpResponse<String> page) {
        String html = page.body().replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<style.*?</style>", " ")
                .replaceAll("(?s)<!--.*?-->", " ");
        return page.statusCode() + " " + html.replaceAll("(?s)<[^>]*>", " ").replace("&nbsp;", " ")
                .replaceAll("\\s+", " ").trim();
    }

    private int turnoutCast(MemberHttp http, Opened b) throws Exception {
        HttpResponse<String> turnout = http.get("/api/ballots/" + b.ballot() + "/turnout");
        assertEquals(200, turnout.statusCode(), turnout.body());
        return json(turnout.body()).asJsonObject().getInt("cast");
    }

    // ---- set-up and votes ----

    private Opened open(int year) throws Exception {
        Long bloc = testData.bloc03With(year);
        MeetingForm form = TestData.yearEndMeeting(bloc, year);
        Meeting meeting = asLeader.call(() -> meetings.saveMeeting(form));
        Long ballot = asLeader.call(() -> setup.createBallot(meeting.getId(), BallotKind.COMMENDATION,
                VotingMode.ELECTRONIC, "Bình bầu đề nghị khen thưởng"));
        OpenedBallot opened = asLeader.call(() -> {
            setup.setCandidates(ballot, Seat.PROVINCIAL_FLAG, ids(List.of("HLHPN")));
            setup.setCandidates(ballot, Seat.CERTIFICATE_OF_MERIT, ids(List.of("TDOAN", "HND")));
            setup.recordPresence(ballot, ids(TestData.memberCodes()));
            committees.setCommittee(ballot, List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"));
            return setup.openBallot(ballot);
        });
        assertEquals(2, opened.threshold());
        return new Opened(bloc, year, meeting.getId(), ballot, opened.shares().stream().map(CommitteeShare::share).toList());
    }

    /** Casts {@code choice} through the API, as the voter's browser or app does. */
    private void vote(MemberHttp voter, Opened b, Map<Seat, List<String>> choice) throws Exception {
        BallotView view = asLeader.call(() -> ballots.ballot(b.ballot()));
        String body = choice.entrySet().stream().map(e -> "\"" + e.getKey().name() + "\":" + e.getValue().stream()
                .map(code -> candidateId(view, e.getKey(), code).toString()).collect(Collectors.joining(",", "[", "]")))
                .collect(Collectors.joining(",", "{\"choices\":{", "}}"));
        HttpResponse<String> cast = voter.post("/api/ballots/" + b.ballot() + "/votes", body, "vi");
        assertEquals(201, cast.statusCode(), cast.body());
    }

    /** The 0/1 marks of a choice in the election's order (seat by seat, candidate by candidate). */
    private List<Integer> marks(ElectionParameters election, Opened b, Map<Seat, List<String>> choice) {
        BallotView view;
        try {
            view = asLeader.call(() -> ballots.ballot(b.ballot()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        List<Integer> marks = new ArrayList<>();
        for (ElectionParameters.SeatParameters seat : election.seats()) {
            Seat s = Seat.valueOf(seat.seat());
            List<Long> chosen = choice.getOrDefault(s, List.of()).stream().map(code -> candidateId(view, s, code)).toList();
            seat.candidates().forEach(c -> marks.add(chosen.contains(c.id()) ? 1 : 0));
        }
        return marks;
    }

    private List<List<Ciphertext>> storedCiphertexts(Long ballot) throws Exception {
        List<List<Ciphertext>> all = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT ballot_json FROM cast_ballot WHERE ballot_id = ?")) {
            s.setLong(1, ballot);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    EncryptedBallot stored = BallotJson.fromJson(json(rs.getString(1)).asJsonObject());
                    all.add(stored.answers().stream().flatMap(a -> a.choices().stream()).toList());
                }
            }
        }
        return all;
    }

    private static Long candidateId(BallotView view, Seat seat, String code) {
        return view.seat(seat).candidates().stream().filter(c -> c.unitCode().equals(code))
                .map(BallotView.CandidateView::id).findFirst().orElseThrow();
    }

    private static Map<String, Integer> votes(BallotView ballot, Seat seat) {
        Map<String, Integer> votes = new HashMap<>();
        ballot.seat(seat).candidates().forEach(c -> votes.put(c.unitCode(), c.votes()));
        return votes;
    }

    private static List<String> sorted(List<List<Integer>> ballots) {
        return ballots.stream().map(Object::toString).sorted().toList();
    }

    private List<Long> ids(List<String> codes) {
        return codes.stream().map(code -> testData.unit(code).getId()).toList();
    }

    private static JsonValue json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }
}
