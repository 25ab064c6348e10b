package vn.thidua.ballot.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.ballot.internal.crypto.BallotJson;
import vn.thidua.ballot.internal.crypto.ElectionRecord;
import vn.thidua.ballot.internal.crypto.EncryptedBallot;
import vn.thidua.ballot.internal.crypto.FiatShamir;
import vn.thidua.ballot.internal.crypto.Group;
import vn.thidua.ballot.internal.crypto.SeatRule;
import vn.thidua.ballot.internal.crypto.Share;
import vn.thidua.ballot.internal.crypto.ThresholdKey;
import vn.thidua.ballot.internal.crypto.TrusteeDecryption;

/**
 * The independent verifier against records made by the prover: a genuine record passes,
 * and each kind of tampering is caught and named. (The test uses the prover to make the
 * records; the verifier itself never does.)
 */
class ElectionRecordVerifierTest {

    private static final Logger LOG = Logger.getLogger(ElectionRecordVerifierTest.class.getName());
    private static final String ELECTION = "ballot-42";
    private static final List<SeatRule> SEATS = List.of(SeatRule.ofQuota(5, 1), SeatRule.ofQuota(5, 2));
    private static final SecureRandom RANDOM = new SecureRandom();

    private static ThresholdKey key;
    private static JsonObject genuine;

    @BeforeAll
    static void countADemoBallot() {
        ThresholdKey.Dealing dealing = ThresholdKey.generate(RANDOM);
        key = dealing.key();
        List<List<Set<Integer>>> votes = List.of(
                List.of(Set.of(0), Set.of(4, 1)),
                List.of(Set.of(0), Set.of(4)),
                List.of(Set.of(0), Set.of(4, 2)),
                List.of(Set.of(3), Set.of(1, 4)),
                List.of(Set.<Integer>of(), Set.<Integer>of()));
        genuine = record(dealing, votes, dealing.shares().get(0), dealing.shares().get(2)).toJson();
    }

    private static ElectionRecord record(ThresholdKey.Dealing dealing, List<List<Set<Integer>>> votes, Share... holders) {
        List<EncryptedBallot> ballots = new ArrayList<>();
        for (List<Set<Integer>> v : votes) {
            ballots.add(EncryptedBallot.create(dealing.key().publicKey(), ELECTION, SEATS, v, RANDOM));
        }
        List<TrusteeDecryption> decryptions = new ArrayList<>();
        var tally = vn.thidua.ballot.internal.crypto.Tally.encryptedTally(SEATS, ballots);
        for (Share s : holders) {
            decryptions.add(TrusteeDecryption.compute(ELECTION, dealing.key(), s, tally, RANDOM));
        }
        return ElectionRecord.count(ELECTION, SEATS, dealing.key(), ballots, decryptions);
    }

    @Test
    void aGenuineRecordPassesEveryCheck() {
        ElectionRecordVerifier.Report report = ElectionRecordVerifier.verify(genuine);
        assertTrue(report.passed(), report.failures().toString());
        assertEquals(List.of("record format", "election key", "ballots", "distinct ballots", "encrypted tally",
                "partial decryptions", "Lagrange combination", "result"),
                report.checks().stream().map(ElectionRecordVerifier.Check::name).toList());
        assertEquals(Json.createArrayBuilder().add(Json.createArrayBuilder(List.of(3, 0, 0, 1, 0)))
                .add(Json.createArrayBuilder(List.of(0, 2, 1, 0, 4))).build(), genuine.getJsonArray("result"));
    }

    @Test
    void theCommandLineExitsZeroForAGenuineRecordAndOneOtherwise(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("record.json");
        Files.writeString(good, genuine.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, ElectionRecordVerifier.run(new String[] {good.toString()}, new PrintStream(out, true,
                StandardCharsets.UTF_8)));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("PASS ballots: 5 of 5 ballots with a matching tracker and valid proofs"), printed);
        assertTrue(printed.endsWith("VALID: every check passed" + System.lineSeparator()), printed);

        Path bad = dir.resolve("tampered.json");
        Files.writeString(bad, patch(genuine, "/result/1/4", Json.createValue(5)).toString());
        out.reset();
        assertEquals(1, ElectionRecordVerifier.run(new String[] {bad.toString()}, new PrintStream(out, true,
                StandardCharsets.UTF_8)));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(
                "FAIL result: seat 1, candidate 4: the result announces 5 votes but the decryption gives 4"));
        assertEquals(1, ElectionRecordVerifier.run(new String[] {dir.resolve("missing.json").toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
        assertEquals(1, ElectionRecordVerifier.run(new String[0],
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
    }

    @Test
    void theRecordWrittenByTheProverReadsBack(@TempDir Path dir) throws IOException {
        ThresholdKey.Dealing dealing = ThresholdKey.generate(RANDOM);
        ElectionRecord record = record(dealing, List.of(List.of(Set.of(1), Set.of(2, 3))), dealing.shares().get(1),
                dealing.shares().get(2));
        Path file = dir.resolve("written.json");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            record.write(w);
        }
        assertTrue(Files.readString(file).contains("\n"));
        assertTrue(ElectionRecordVerifier.verify(file).passed());
    }

    @Test
    void aRecordWithoutBallotsCountsZeroAndVerifies() {
        ThresholdKey.Dealing dealing = ThresholdKey.generate(RANDOM);
        JsonObject empty = record(dealing, List.of(), dealing.shares().get(0), dealing.shares().get(1)).toJson();
        assertEquals("00", empty.getJsonArray("encrypted_tally").getJsonArray(0).getJsonObject(0).getString("alpha"));
        assertTrue(ElectionRecordVerifier.verify(empty).passed(), failures(empty).toString());
        assertEquals(List.of("result: seat 1, candidate 2: the result announces 1 votes but the decryption gives 0"), failures(patch(empty, "/result/1/2", Json.createValue(1))));
    }

    @Test
    void oneChangedCiphertextIsNamedWithItsBallot() {
        String path = "/ballots/1/ballot/answers/0/choices/2/alpha";
        JsonObject tampered = patch(genuine, path, Json.createValue(shifted(genuine, path)));
        List<String> failures = failures(tampered);
        String tracker = genuine.getJsonArray("ballots").getJsonObject(1).getString("tracker");
        assertTrue(failures.stream().anyMatch(f -> f.startsWith("ballot 1 (tracker " + tracker + "): the tracker does"
                + " not match the ballot") && f.contains("seat 0, candidate 2: the proof that the mark is 0 or 1 fails")),
                failures.toString());
        assertTrue(failures.contains("encrypted tally: seat 0, candidate 2: the encrypted tally is not the sum of the"
                + " ballots' ciphertexts"), failures.toString());
    }

    @Test
    void aChangedCiphertextWithARecomputedTrackerStillFailsItsProofs() {
        String path = "/ballots/3/ballot/answers/1/choices/0/beta";
        JsonObject tampered = patch(genuine, path, Json.createValue(shifted(genuine, path)));
        JsonObject ballot = tampered.getJsonArray("ballots").getJsonObject(3).getJsonObject("ballot");
        String tracker = BallotJson.fromJson(ballot).tracker();
        tampered = patch(tampered, "/ballots/3/tracker", Json.createValue(tracker));
        List<String> failures = failures(tampered);
        assertTrue(failures.contains("ballot 3 (tracker " + tracker + "): seat 1, candidate 0: the proof that the"
                + " mark is 0 or 1 fails; seat 1: the proof that the marks add up to between 0 and 2 fails"),
                failures.toString());
    }

    @Test
    void oneChangedPartialDecryptionIsNamedWithItsHolder() {
        String path = "/partial_decryptions/0/factors/1/3/factor";
        List<String> failures = failures(patch(genuine, path, Json.createValue(shifted(genuine, path))));
        assertEquals(List.of("partial decryptions: holder 1, seat 1, candidate 3: the proof of partial decryption fails",
                "Lagrange combination: seat 1, candidate 3: the decryption factor is not the Lagrange combination of the"
                        + " partial decryptions"), failures);
    }

    @Test
    void aChangedResultIsCaught() {
        List<String> failures = failures(patch(genuine, "/result/0/0", Json.createValue(4)));
        assertEquals(List.of("result: seat 0, candidate 0: the result announces 4 votes but the decryption gives 3"),
                failures);
    }

    @Test
    void aFactorForgedToFitAFalseResultFailsTheLagrangeCombination() {
        ECPoint beta = Group.decode(genuine.getJsonArray("encrypted_tally").getJsonArray(0).getJsonObject(3)
                .getString("beta"));
        String forged = Group.encode(beta.subtract(Group.base(2)).normalize());
        JsonObject tampered = patch(patch(genuine, "/result/0/3", Json.createValue(2)), "/decryption_factors/0/3",
                Json.createValue(forged));
        assertEquals(List.of("Lagrange combination: seat 0, candidate 3: the decryption factor is not the Lagrange"
                + " combination of the partial decryptions"), failures(tampered));
    }

    @Test
    void tooFewPartialDecryptionsDecryptNothing() {
        JsonObject tampered = Json.createPatchBuilder().remove("/partial_decryptions/1").build().apply(genuine);
        List<String> failures = failures(tampered);
        assertEquals("partial decryptions: only 1 partial decryptions, the threshold is 2", failures.get(0));
        assertTrue(failures.stream().anyMatch(f -> f.startsWith("Lagrange combination: ")));
    }

    @Test
    void aVerificationKeyNotOnThePolynomialIsCaught() {
        JsonObject tampered = patch(genuine, "/verification_keys/1", Json.createValue(Group.encode(Group.base(7))));
        List<String> failures = failures(tampered);
        assertEquals("election key: the verification key of holder 2 does not match the coefficient commitments",
                failures.get(0));
    }

    @Test
    void aDuplicatedBallotIsCaught() {
        JsonValue first = genuine.getJsonArray("ballots").get(0);
        JsonObject tampered = Json.createPatchBuilder().add("/ballots/-", first).build().apply(genuine);
        List<String> failures = failures(tampered);
        assertTrue(failures.stream().anyMatch(f -> f.startsWith("distinct ballots: ballot 5 (tracker ")
                && f.endsWith(" appears twice")), failures.toString());
        assertTrue(failures.stream().anyMatch(f -> f.contains("a ciphertext used before")), failures.toString());
    }

    @Test
    void aBallotOfAnotherElectionIsCaught() {
        EncryptedBallot other = EncryptedBallot.create(key.publicKey(), "ballot-41", SEATS,
                List.of(Set.of(2), Set.of()), RANDOM);
        JsonObject entry = Json.createObjectBuilder().add("tracker", other.tracker())
                .add("ballot", BallotJson.toJson(other)).build();
        JsonObject tampered = Json.createPatchBuilder().add("/ballots/-", entry).build().apply(genuine);
        List<String> failures = failures(tampered);
        assertTrue(failures.contains("ballot 5 (tracker " + other.tracker() + "): a ballot of another election:"
                + " ballot-41; seat 0, candidate 0: the proof that the mark is 0 or 1 fails; seat 0, candidate 1:"
                + " the proof that the mark is 0 or 1 fails; seat 0, candidate 2: the proof that the mark is 0 or 1"
                + " fails; seat 0, candidate 3: the proof that the mark is 0 or 1 fails; seat 0, candidate 4: the"
                + " proof that the mark is 0 or 1 fails; seat 0: the proof that the marks add up to between 0 and 1"
                + " fails; seat 1, candidate 0: the proof that the mark is 0 or 1 fails; seat 1, candidate 1: the"
                + " proof that the mark is 0 or 1 fails; seat 1, candidate 2: the proof that the mark is 0 or 1"
                + " fails; seat 1, candidate 3: the proof that the mark is 0 or 1 fails; seat 1, candidate 4: the"
                + " proof that the mark is 0 or 1 fails; seat 1: the proof that the marks add up to between 0 and 2"
                + " fails"), failures.toString());
    }

    @Test
    void aMalformedRecordIsNamedByItsPath() {
        JsonObject noResult = Json.createPatchBuilder().remove("/result").build().apply(genuine);
        assertTrue(failures(noResult).get(0).startsWith("record format: record: expected exactly the keys"));
        JsonObject badPoint = patch(genuine, "/ballots/2/ballot/answers/0/choices/0/alpha", Json.createValue("02zz"));
        assertEquals(List.of("ballot 2: ballots[2].ballot.answers[0].choices[0].alpha: not a compressed P-256 point:"
                + " 02zz"), failures(badPoint).subList(0, 1));
        JsonObject badScalar = patch(genuine, "/partial_decryptions/0/factors/0/0/proof/response",
                Json.createValue(Group.Q.toString()));
        assertTrue(failures(badScalar).get(0).startsWith("decryption format: partial_decryptions[0].factors[0][0]"
                + ".proof.response: not a scalar in [0, q)"), failures(badScalar).toString());
    }

    @Test
    void theVerifiersHashAgreesWithRfc9380AndWithTheProver() {
        byte[] dst = "QUUX-V01-CS02-with-expander-SHA256-128".getBytes(StandardCharsets.US_ASCII);
        assertEquals("d8ccab23b5985ccea865c6c97b6e5b8350e794e603b4b97902f53a8a0d605615",
                Hex.toHexString(P256.expandXmd("abc".getBytes(StandardCharsets.US_ASCII), dst, 32)));
        ECPoint a = P256.point(Group.encode(Group.base(5)), "test");
        assertEquals(FiatShamir.challenge("prove", "x|y", Group.base(5), Group.IDENTITY),
                P256.hashGroup("prove", "x|y", a, P256.O));
        assertEquals(BigInteger.TWO, P256.lagrange(List.of(1, 2), 1));
    }

    @Test
    void theVerifierUsesNoneOfThePortalsCode() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/java/vn/thidua/ballot/verifier"))) {
            for (Path f : files.toList()) {
                String source = Files.readString(f);
                assertFalse(source.contains("import vn.thidua") || source.contains("import static vn.thidua.ballot.internal"),
                        f + " imports portal code");
                assertFalse(source.contains("vn.thidua.ballot.internal.crypto.") && !f.endsWith("package-info.java"),
                        f + " names the prover");
            }
        }
    }

    @Test
    void timeToVerifyARecord() {
        ThresholdKey.Dealing dealing = ThresholdKey.generate(RANDOM);
        List<List<Set<Integer>>> votes = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            votes.add(List.of(Set.of(i % 5), Set.of(i % 5, (i + 1) % 5)));
        }
        JsonObject json = record(dealing, votes, dealing.shares().get(0), dealing.shares().get(1)).toJson();
        long t0 = System.nanoTime();
        assertTrue(ElectionRecordVerifier.verify(json).passed());
        long t1 = System.nanoTime();
        LOG.info(() -> String.format("[benchmark] verifier: record of 100 ballots x 2 seats x 5 candidates in %.0f ms"
                + " (%.1f ms per ballot, all included)", (t1 - t0) / 1e6, (t1 - t0) / 1e6 / 100));
    }

    private static List<String> failures(JsonObject record) {
        return ElectionRecordVerifier.verify(record).failures().stream().map(c -> c.name() + ": " + c.detail())
                .toList();
    }

    private static JsonObject patch(JsonObject json, String pointer, JsonValue value) {
        return Json.createPatchBuilder().replace(pointer, value).build().apply(json);
    }

    /** The point at pointer, plus G: another valid point. */
    private static String shifted(JsonObject json, String pointer) {
        String hex = ((jakarta.json.JsonString) Json.createPointer(pointer).getValue(json)).getString();
        return Group.encode(Group.decode(hex).add(Group.G).normalize());
    }
}
