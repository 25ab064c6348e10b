package vn.thidua.ballot.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

import vn.thidua.ballot.entity.Seat;
import vn.thidua.ballot.internal.crypto.Ciphertext;
import vn.thidua.ballot.internal.crypto.ElGamal;
import vn.thidua.ballot.internal.crypto.ElectionId;
import vn.thidua.ballot.internal.crypto.EncryptedBallot;
import vn.thidua.ballot.internal.crypto.IntervalProof;
import vn.thidua.ballot.internal.crypto.Tally;
import vn.thidua.ballot.internal.crypto.ThresholdKey;
import vn.thidua.ballot.internal.crypto.TrusteeDecryption;
import vn.thidua.shared.InvalidInputException;

/**
 * The ballot area's glue to the cryptography: the fixed order of seats and candidates, the
 * server-side encryption of choices, refusals named by message keys, and the stored JSON
 * of partial decryptions.
 */
class ElectionCryptoTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A commendation paper: flag (quota 1) with candidates 11, certificates (quota 1) with 21, 22, 23; leader without candidates. */
    private static final List<Object[]> MARKABLE = List.of(
            new Object[] {Seat.CERTIFICATE_OF_MERIT, 1, 23L}, new Object[] {Seat.PROVINCIAL_FLAG, 1, 11L},
            new Object[] {Seat.CERTIFICATE_OF_MERIT, 1, 21L}, new Object[] {Seat.LEADER, 1, null},
            new Object[] {Seat.CERTIFICATE_OF_MERIT, 1, 22L});

    @Test
    void theLayoutOrdersSeatsAsTheEnumAndCandidatesByIdAndLeavesOutSeatsWithoutCandidates() {
        ElectionCrypto.Layout layout = ElectionCrypto.layout(MARKABLE);
        assertEquals(List.of(Seat.PROVINCIAL_FLAG, Seat.CERTIFICATE_OF_MERIT), layout.seats());
        assertEquals(List.of(List.of(11L), List.of(21L, 22L, 23L)), layout.candidates());
        assertEquals(1, layout.rules().get(1).max());
        assertEquals(0, layout.rules().get(1).min());
    }

    @Test
    void choicesAreEncryptedUnderTheElectionAndCountedOnlyAsSums() {
        ElectionCrypto.Layout layout = ElectionCrypto.layout(MARKABLE);
        ThresholdKey.Dealing dealing = ElectionCrypto.deal(2, 3);
        ECPoint y = dealing.key().publicKey();
        String election = ElectionCrypto.newElectionId(7L);
        List<EncryptedBallot> ballots = List.of(
                ElectionCrypto.encrypt(y, election, layout, Map.of(Seat.PROVINCIAL_FLAG, List.of(11L),
                        Seat.CERTIFICATE_OF_MERIT, List.of(22L))),
                ElectionCrypto.encrypt(y, election, layout, Map.of(Seat.CERTIFICATE_OF_MERIT, List.of(22L))),
                ElectionCrypto.encrypt(y, election, layout, Map.of()));
        for (EncryptedBallot b : ballots) {
            ElectionCrypto.requireValid(b, y, election, layout);
        }
        var tally = Tally.encryptedTally(layout.rules(), ballots);
        List<TrusteeDecryption> decryptions = new ArrayList<>();
        for (int holder : List.of(1, 3)) {
            TrusteeDecryption d = ElectionCrypto.partialDecryption(election, dealing.key(),
                    dealing.shares().get(holder - 1), tally);
            TrusteeDecryption stored = ElectionCrypto.decryption(holder, ElectionCrypto.decryptionJson(d));
            assertEquals(ElectionCrypto.decryptionJson(d), ElectionCrypto.decryptionJson(stored));
            decryptions.add(stored);
        }
        Tally.Count count = Tally.decrypt(election, dealing.key(), tally, decryptions, ballots.size());
        assertEquals(List.of(List.of(1), List.of(0, 2, 0)), count.votes());
        assertEquals(layout.candidates().stream().mapToInt(List::size).sum(), ElectionCrypto.alphas(ballots.get(0)).size());
    }

    @Test
    void refusalsNameWhatFailed() {
        ElectionCrypto.Layout layout = ElectionCrypto.layout(MARKABLE);
        ECPoint y = ElectionCrypto.deal(2, 3).key().publicKey();
        String election = "ballot-9-x";
        EncryptedBallot other = ElectionCrypto.encrypt(y, "ballot-8-x", layout, Map.of());
        assertEquals("error.ballot.otherElection", refusal(other, y, election, layout));

        // a mark of 2 in the second seat, third candidate, with a proof made for 1
        EncryptedBallot two = forge(y, election, layout, new int[] {0, 0, 2}, 1);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ElectionCrypto.requireValid(two, y, election, layout));
        assertEquals("error.ballot.markNotZeroOrOne", e.getMessageKey());
        assertEquals(List.of(2, 3), List.of(e.getArguments()));

        // two marks where the quota is one
        EncryptedBallot many = forge(y, election, layout, new int[] {1, 1, 0}, 1);
        InvalidInputException sum = assertThrows(InvalidInputException.class,
                () -> ElectionCrypto.requireValid(many, y, election, layout));
        assertEquals("error.ballot.overallProof", sum.getMessageKey());
        assertEquals(List.of(2, 1), List.of(sum.getArguments()));

        assertEquals("error.ballot.malformedBallot", assertThrows(InvalidInputException.class,
                () -> ElectionCrypto.parse("{\"election\":\"x\"}")).getMessageKey());
        EncryptedBallot honest = ElectionCrypto.encrypt(y, election, layout, Map.of(Seat.PROVINCIAL_FLAG, List.of(11L)));
        assertEquals(honest.tracker(), ElectionCrypto.parse(honest.canonicalJson()).tracker());
        assertNotEquals(honest.tracker(), ElectionCrypto.encrypt(y, election, layout,
                Map.of(Seat.PROVINCIAL_FLAG, List.of(11L))).tracker());
        assertTrue(ElectionCrypto.points(ElectionCrypto.points(List.of(y, y))).equals(List.of(y, y)));
    }

    private static String refusal(EncryptedBallot b, ECPoint y, String election, ElectionCrypto.Layout layout) {
        return assertThrows(InvalidInputException.class, () -> ElectionCrypto.requireValid(b, y, election, layout))
                .getMessageKey();
    }

    /** An honest first seat and a dishonest second one: the plaintexts given, proofs that claim 0/1 and a total. */
    private static EncryptedBallot forge(ECPoint y, String election, ElectionCrypto.Layout layout, int[] marks,
                                         int claimedTotal) {
        EncryptedBallot honest = ElectionCrypto.encrypt(y, election, layout, Map.of());
        String context = ElectionId.context(election, y);
        List<Ciphertext> cs = new ArrayList<>();
        List<IntervalProof> ps = new ArrayList<>();
        BigInteger rSum = BigInteger.ZERO;
        StringBuilder statement = new StringBuilder(context).append('|');
        for (int j = 0; j < marks.length; j++) {
            ElGamal.Encryption e = ElGamal.encrypt(y, marks[j], RANDOM);
            cs.add(e.ciphertext());
            ps.add(IntervalProof.proveZeroOrOne(context, y, e.ciphertext(), e.randomness(), Math.min(marks[j], 1),
                    RANDOM));
            rSum = rSum.add(e.randomness());
            statement.append(j == 0 ? "" : ",").append(e.ciphertext().encoded());
        }
        IntervalProof overall = IntervalProof.prove(statement.toString(), y, ElGamal.sum(cs),
                rSum.mod(vn.thidua.ballot.internal.crypto.Group.Q), Math.min(claimedTotal, 1), 0, 1, RANDOM);
        return new EncryptedBallot(election, List.of(honest.answers().get(0), new EncryptedBallot.Answer(cs, ps, overall)));
    }
}
