package vn.thidua.ballot.internal.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

/** A voter's encrypted ballot: honest ballots verify, forged or replayed ones are refused with a reason. */
class EncryptedBallotTest {

    private static final Logger LOG = Logger.getLogger(EncryptedBallotTest.class.getName());
    private static final String ELECTION = "ballot-42";

    private final SecureRandom random = new SecureRandom();
    private final ECPoint y = ThresholdKey.generate(random).key().publicKey();
    /** A commendation ballot: the flag (5 candidates, quota 1) and certificates (5 candidates, quota 2). */
    private final List<SeatRule> seats = List.of(SeatRule.ofQuota(5, 1), SeatRule.ofQuota(5, 2));

    @Test
    void honestBallotsVerifyIncludingBlankAndFullSeats() {
        for (List<Set<Integer>> choices : List.of(List.of(Set.of(0), Set.of(0, 4)), List.of(Set.<Integer>of(),
                Set.<Integer>of()), List.of(Set.of(3), Set.of(2)))) {
            EncryptedBallot ballot = EncryptedBallot.create(y, ELECTION, seats, choices, random);
            assertEquals(Verdict.ok(), ballot.verify(y, ELECTION, seats));
        }
        List<SeatRule> exactlyOne = List.of(new SeatRule(3, 1, 1));
        EncryptedBallot leader = EncryptedBallot.create(y, ELECTION, exactlyOne, List.of(Set.of(2)), random);
        assertTrue(leader.verify(y, ELECTION, exactlyOne).valid());
    }

    @Test
    void anHonestClientCannotEncryptABallotThatBreaksTheRules() {
        assertThrows(IllegalArgumentException.class,
                () -> EncryptedBallot.create(y, ELECTION, seats, List.of(Set.of(0, 1), Set.of()), random));
        assertThrows(IllegalArgumentException.class,
                () -> EncryptedBallot.create(y, ELECTION, seats, List.of(Set.of(5), Set.of()), random));
        assertThrows(IllegalArgumentException.class,
                () -> EncryptedBallot.create(y, ELECTION, seats, List.of(Set.of(1)), random));
        assertThrows(IllegalArgumentException.class,
                () -> EncryptedBallot.create(y, "bad|id", seats, List.of(Set.of(1), Set.of()), random));
    }

    @Test
    void aMarkEncryptingTwoIsRefused() {
        EncryptedBallot forged = forge(new int[] {0, 0, 2, 0, 0}, 2);
        Verdict v = forged.verify(y, ELECTION, List.of(seats.get(0)));
        assertFalse(v.valid());
        assertEquals("seat 0, candidate 2: the proof that the mark is 0 or 1 fails", v.reason());
    }

    @Test
    void moreMarksThanTheQuotaAreRefused() {
        EncryptedBallot forged = forge(new int[] {1, 1, 0, 0, 0}, 1);
        Verdict v = forged.verify(y, ELECTION, List.of(seats.get(0)));
        assertFalse(v.valid());
        assertEquals("seat 0: the proof that the marks add up to between 0 and 1 fails", v.reason());
        // an honest overall proof over a wider interval does not pass for the quota either
        EncryptedBallot wide = EncryptedBallot.create(y, ELECTION, List.of(SeatRule.ofQuota(5, 2)),
                List.of(Set.of(0, 1)), random);
        assertFalse(wide.verify(y, ELECTION, List.of(seats.get(0))).valid());
    }

    @Test
    void ciphertextsAndProofsReplayedFromAnotherElectionAreRefused() {
        EncryptedBallot other = EncryptedBallot.create(y, "ballot-41", seats, List.of(Set.of(1), Set.of(1, 2)),
                random);
        // the whole ballot, relabelled
        EncryptedBallot relabelled = new EncryptedBallot(ELECTION, other.answers());
        assertFalse(relabelled.verify(y, ELECTION, seats).valid());
        // one seat copied into an otherwise honest ballot
        EncryptedBallot mine = EncryptedBallot.create(y, ELECTION, seats, List.of(Set.of(0), Set.of()), random);
        EncryptedBallot mixed = new EncryptedBallot(ELECTION, List.of(mine.answers().get(0), other.answers().get(1)));
        Verdict v = mixed.verify(y, ELECTION, seats);
        assertFalse(v.valid());
        assertTrue(v.reason().startsWith("seat 1, candidate 0"), v.reason());
        // one ciphertext with its 0/1 proof copied
        EncryptedBallot.Answer a = mine.answers().get(0);
        List<Ciphertext> cs = new ArrayList<>(a.choices());
        List<IntervalProof> ps = new ArrayList<>(a.individualProofs());
        cs.set(3, other.answers().get(0).choices().get(3));
        ps.set(3, other.answers().get(0).individualProofs().get(3));
        EncryptedBallot spliced = new EncryptedBallot(ELECTION,
                List.of(new EncryptedBallot.Answer(cs, ps, a.overallProof()), mine.answers().get(1)));
        assertEquals("seat 0, candidate 3: the proof that the mark is 0 or 1 fails",
                spliced.verify(y, ELECTION, seats).reason());
        // and a genuine ballot checked as one of another election
        assertEquals("ballot of another election: ballot-41", other.verify(y, ELECTION, seats).reason());
    }

    @Test
    void reorderingTheMarksBreaksTheOverallProof() {
        EncryptedBallot b = EncryptedBallot.create(y, ELECTION, seats, List.of(Set.of(0), Set.of(1)), random);
        EncryptedBallot.Answer a = b.answers().get(0);
        List<Ciphertext> cs = new ArrayList<>(a.choices());
        List<IntervalProof> ps = new ArrayList<>(a.individualProofs());
        cs.add(cs.remove(0));
        ps.add(ps.remove(0));
        EncryptedBallot moved = new EncryptedBallot(ELECTION,
                List.of(new EncryptedBallot.Answer(cs, ps, a.overallProof()), b.answers().get(1)));
        assertEquals("seat 0: the proof that the marks add up to between 0 and 1 fails",
                moved.verify(y, ELECTION, seats).reason());
    }

    @Test
    void theTrackerIsTheSha256OfTheCanonicalJsonWhichRoundTrips() {
        EncryptedBallot b = EncryptedBallot.create(y, ELECTION, seats, List.of(Set.of(2), Set.of(0, 3)), random);
        String canonical = b.canonicalJson();
        assertTrue(canonical.startsWith("{\"election\":\"ballot-42\",\"answers\":[{\"choices\":[{\"alpha\":\"0"));
        assertFalse(canonical.contains(" "));
        assertEquals(Tracker.sha256Hex(canonical), b.tracker());
        assertEquals(64, b.tracker().length());
        EncryptedBallot back = BallotJson.fromJson(BallotJson.toJson(b));
        assertEquals(canonical, back.canonicalJson());
        assertEquals(b.tracker(), back.tracker());
        assertTrue(back.verify(y, ELECTION, seats).valid());
        EncryptedBallot again = EncryptedBallot.create(y, ELECTION, seats, List.of(Set.of(2), Set.of(0, 3)), random);
        assertNotEquals(b.tracker(), again.tracker());
    }

    @Test
    void ballotJsonIsReadStrictly() {
        EncryptedBallot b = EncryptedBallot.create(y, ELECTION, seats, List.of(Set.of(2), Set.of()), random);
        JsonObject json = BallotJson.toJson(b);
        JsonObject extra = Json.createObjectBuilder(json).add("voter", "unit-7").build();
        assertThrows(IllegalArgumentException.class, () -> BallotJson.fromJson(extra));
        String alpha = json.getJsonArray("answers").getJsonObject(0).getJsonArray("choices").getJsonObject(0)
                .getString("alpha");
        JsonObject upper = Json.createPatchBuilder()
                .replace("/answers/0/choices/0/alpha", alpha.toUpperCase()).build().apply(json);
        assertThrows(IllegalArgumentException.class, () -> BallotJson.fromJson(upper));
        JsonObject paddedScalar = Json.createPatchBuilder()
                .replace("/answers/0/overall_proof/0/challenge", "0" + b.answers().get(0).overallProof().proofs()
                        .get(0).challenge()).build().apply(json);
        assertThrows(IllegalArgumentException.class, () -> BallotJson.fromJson(paddedScalar));
    }

    @Test
    void timeToCreateAndVerifyOneBallotOfFiveCandidates() {
        List<SeatRule> one = List.of(SeatRule.ofQuota(5, 1));
        List<SeatRule> two = List.of(SeatRule.ofQuota(5, 2));
        for (int i = 0; i < 60; i++) { // warm-up (JIT)
            List<SeatRule> rule = i % 2 == 0 ? one : two;
            EncryptedBallot.create(y, ELECTION, rule, List.of(Set.of(1)), random).verify(y, ELECTION, rule);
        }
        for (List<SeatRule> rule : List.of(one, two)) {
            int runs = 50;
            long create = 0;
            long verify = 0;
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                EncryptedBallot b = EncryptedBallot.create(y, ELECTION, rule, List.of(Set.of(i % 5)), random);
                long t1 = System.nanoTime();
                assertTrue(b.verify(y, ELECTION, rule).valid());
                long t2 = System.nanoTime();
                create += t1 - t0;
                verify += t2 - t1;
            }
            double c = create / 1e6 / runs;
            double v = verify / 1e6 / runs;
            LOG.info(() -> String.format("[benchmark] one ballot, 5 candidates, quota %d: create %.2f ms, verify %.2f ms",
                    rule.get(0).max(), c, v));
        }
    }

    /** A dishonest ballot for one 5-candidate seat of quota 1: the given plaintexts, proofs that claim otherwise. */
    private EncryptedBallot forge(int[] plaintexts, int claimedTotal) {
        String context = ElectionId.context(ELECTION, y);
        List<Ciphertext> cs = new ArrayList<>();
        List<IntervalProof> ps = new ArrayList<>();
        BigInteger rSum = BigInteger.ZERO;
        for (int m : plaintexts) {
            ElGamal.Encryption e = ElGamal.encrypt(y, m, random);
            cs.add(e.ciphertext());
            ps.add(IntervalProof.proveZeroOrOne(context, y, e.ciphertext(), e.randomness(), Math.min(m, 1), random));
            rSum = rSum.add(e.randomness());
        }
        EncryptedBallot.Answer draft = new EncryptedBallot.Answer(cs, ps, new IntervalProof(List.of()));
        IntervalProof overall = IntervalProof.prove(draft.overallStatement(context), y, draft.sum(),
                rSum.mod(Group.Q), Math.min(claimedTotal, 1), 0, 1, random);
        return new EncryptedBallot(ELECTION, List.of(new EncryptedBallot.Answer(cs, ps, overall)));
    }
}
