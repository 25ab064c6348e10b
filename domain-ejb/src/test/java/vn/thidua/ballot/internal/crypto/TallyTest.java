package vn.thidua.ballot.internal.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

/** Homomorphic counting end to end: any k holders give the same result, fewer give none. */
class TallyTest {

    private static final Logger LOG = Logger.getLogger(TallyTest.class.getName());
    private static final String ELECTION = "ballot-42";

    private final SecureRandom random = new SecureRandom();
    private final ThresholdKey.Dealing dealing = ThresholdKey.generate(random);
    private final ThresholdKey key = dealing.key();
    private final List<SeatRule> seats = List.of(SeatRule.ofQuota(5, 1), SeatRule.ofQuota(5, 2));

    /** The 2023 demo bloc's five members vote: flag for the Women's Union (0), certificates to 4 and 1. */
    private final List<List<Set<Integer>>> votes = List.of(
            List.of(Set.of(0), Set.of(4, 1)),
            List.of(Set.of(0), Set.of(4)),
            List.of(Set.of(0), Set.of(4, 2)),
            List.of(Set.of(3), Set.of(1, 4)),
            List.of(Set.<Integer>of(), Set.<Integer>of()));

    private List<EncryptedBallot> cast() {
        List<EncryptedBallot> ballots = new ArrayList<>();
        for (List<Set<Integer>> v : votes) {
            EncryptedBallot b = EncryptedBallot.create(key.publicKey(), ELECTION, seats, v, random);
            assertTrue(b.verify(key.publicKey(), ELECTION, seats).valid());
            ballots.add(b);
        }
        return ballots;
    }

    @Test
    void everyPairOfHoldersCountsTheSameResult() {
        List<EncryptedBallot> ballots = cast();
        List<List<Ciphertext>> tally = Tally.encryptedTally(seats, ballots);
        for (List<Share> pair : ShamirTest.subsets(dealing.shares(), 2)) {
            List<TrusteeDecryption> ds = new ArrayList<>();
            for (Share s : pair) {
                ds.add(TrusteeDecryption.compute(ELECTION, key, s, tally, random));
            }
            Tally.Count count = Tally.decrypt(ELECTION, key, tally, ds, ballots.size());
            assertEquals(List.of(List.of(3, 0, 0, 1, 0), List.of(0, 2, 1, 0, 4)), count.votes());
        }
    }

    @Test
    void allThreeHoldersTogetherCountTheSameAsTwo() {
        List<EncryptedBallot> ballots = cast();
        List<List<Ciphertext>> tally = Tally.encryptedTally(seats, ballots);
        List<TrusteeDecryption> ds = new ArrayList<>();
        for (Share s : dealing.shares()) {
            ds.add(TrusteeDecryption.compute(ELECTION, key, s, tally, random));
        }
        Tally.Count count = Tally.decrypt(ELECTION, key, tally, ds, ballots.size());
        assertEquals(3, count.decryptions().size());
        assertEquals(List.of(3, 0, 0, 1, 0), count.votes().get(0));
    }

    @Test
    void oneHolderDecryptsNothing() {
        List<List<Ciphertext>> tally = Tally.encryptedTally(seats, cast());
        TrusteeDecryption one = TrusteeDecryption.compute(ELECTION, key, dealing.shares().get(2), tally, random);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Tally.decrypt(ELECTION, key, tally, List.of(one), votes.size()));
        assertEquals("need 2 valid partial decryptions, have 1", e.getMessage());
    }

    @Test
    void aWrongPartialDecryptionIsLeftOutAndCannotMakeUpTheThreshold() {
        List<List<Ciphertext>> tally = Tally.encryptedTally(seats, cast());
        TrusteeDecryption good = TrusteeDecryption.compute(ELECTION, key, dealing.shares().get(0), tally, random);
        TrusteeDecryption honest = TrusteeDecryption.compute(ELECTION, key, dealing.shares().get(1), tally, random);
        List<List<PartialDecryption>> rows = new ArrayList<>();
        for (List<PartialDecryption> row : honest.factors()) {
            rows.add(new ArrayList<>(row));
        }
        PartialDecryption d = rows.get(0).get(0);
        rows.get(0).set(0, new PartialDecryption(d.holder(), d.factor().add(Group.G), d.proof()));
        TrusteeDecryption cheat = new TrusteeDecryption(honest.holder(), rows);
        assertEquals("holder 2, seat 0, candidate 0: the proof of partial decryption fails",
                cheat.verify(ELECTION, key, tally).reason());
        assertThrows(IllegalStateException.class,
                () -> Tally.decrypt(ELECTION, key, tally, List.of(good, cheat), votes.size()));
        TrusteeDecryption third = TrusteeDecryption.compute(ELECTION, key, dealing.shares().get(2), tally, random);
        Tally.Count count = Tally.decrypt(ELECTION, key, tally, List.of(good, cheat, third), votes.size());
        assertEquals(List.of(1, 3), count.decryptions().stream().map(TrusteeDecryption::holder).toList());
        assertEquals(List.of(0, 2, 1, 0, 4), count.votes().get(1));
    }

    @Test
    void aBallotWithNoBallotsCountsZero() {
        List<List<Ciphertext>> tally = Tally.encryptedTally(seats, List.of());
        List<TrusteeDecryption> ds = List.of(
                TrusteeDecryption.compute(ELECTION, key, dealing.shares().get(0), tally, random),
                TrusteeDecryption.compute(ELECTION, key, dealing.shares().get(1), tally, random));
        assertEquals(List.of(List.of(0, 0, 0, 0, 0), List.of(0, 0, 0, 0, 0)),
                Tally.decrypt(ELECTION, key, tally, ds, 0).votes());
    }

    @Test
    void timeToDecryptATally() {
        List<SeatRule> five = List.of(SeatRule.ofQuota(5, 1));
        List<EncryptedBallot> ballots = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ballots.add(EncryptedBallot.create(key.publicKey(), ELECTION, five, List.of(Set.of(i % 5)), random));
        }
        long t0 = System.nanoTime();
        List<List<Ciphertext>> tally = Tally.encryptedTally(five, ballots);
        long t1 = System.nanoTime();
        List<TrusteeDecryption> ds = List.of(
                TrusteeDecryption.compute(ELECTION, key, dealing.shares().get(0), tally, random),
                TrusteeDecryption.compute(ELECTION, key, dealing.shares().get(2), tally, random));
        long t2 = System.nanoTime();
        Tally.Count count = Tally.decrypt(ELECTION, key, tally, ds, ballots.size());
        long t3 = System.nanoTime();
        assertEquals(List.of(40, 40, 40, 40, 40), count.votes().get(0));
        LOG.info(() -> String.format("[benchmark] 200 ballots x 5 candidates: sums %.1f ms; 2 holders' partial"
                + " decryptions with proofs %.1f ms (%.2f ms per factor); verify + combine + discrete log %.1f ms"
                + " (%.2f ms per candidate)", (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t2 - t1) / 1e6 / 10,
                (t3 - t2) / 1e6, (t3 - t2) / 1e6 / 5));
    }
}
