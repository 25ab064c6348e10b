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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Shamir's sharing over Z_q and the dealt key: every k-subset recovers, k − 1 shares do not. */
class ShamirTest {

    private final SecureRandom random = new SecureRandom();

    @ParameterizedTest
    @CsvSource({"2, 3", "3, 5", "1, 1", "4, 4", "3, 7"})
    void everySubsetOfKSharesRecoversTheSecretAndNoSubsetOfKMinusOneDoes(int k, int n) {
        BigInteger secret = Group.randomScalar(random);
        List<Share> shares = Shamir.split(secret, k, n, random);
        int subsetsOfK = 0;
        for (List<Share> subset : subsets(shares, k)) {
            assertEquals(secret, Shamir.interpolateAtZero(subset));
            subsetsOfK++;
        }
        assertEquals(binomial(n, k), subsetsOfK);
        for (List<Share> subset : subsets(shares, k - 1)) {
            if (!subset.isEmpty()) {
                BigInteger guess = Shamir.interpolateAtZero(subset);
                assertNotEquals(secret, guess);
                // provably not the key: its public point differs from x·G
                assertNotEquals(Group.base(secret), Group.base(guess));
            }
        }
    }

    @Test
    void kMinusOneSharesFitEverySecret() {
        // information-theoretic: for any claimed secret there is a polynomial through 1 share (k = 2)
        List<Share> shares = Shamir.split(BigInteger.valueOf(7), 2, 3, random);
        Share known = shares.get(0);
        for (long claimed : new long[] {0, 7, 123456789}) {
            BigInteger slope = known.value().subtract(BigInteger.valueOf(claimed)).mod(Group.Q);
            BigInteger[] f = {BigInteger.valueOf(claimed), slope};
            assertEquals(known.value(), Shamir.evaluate(f, known.index()));
        }
    }

    @Test
    void lagrangeCoefficientsOfTwoOfThree() {
        // holders {1, 2}: λ1 = 2/(2−1) = 2, λ2 = 1/(1−2) = −1
        assertEquals(BigInteger.TWO, Shamir.lagrangeAtZero(List.of(1, 2), 1));
        assertEquals(Group.Q.subtract(BigInteger.ONE), Shamir.lagrangeAtZero(List.of(1, 2), 2));
        assertThrows(IllegalArgumentException.class, () -> Shamir.lagrangeAtZero(List.of(1, 1), 1));
        assertThrows(IllegalArgumentException.class, () -> Shamir.lagrangeAtZero(List.of(0, 1), 1));
    }

    @Test
    void aDealtKeyIsConsistentAndItsSharesMatchTheVerificationKeys() {
        ThresholdKey.Dealing dealing = ThresholdKey.generate(random);
        ThresholdKey key = dealing.key();
        assertEquals(2, key.threshold());
        assertEquals(3, key.holders());
        assertTrue(key.isConsistent());
        for (Share s : dealing.shares()) {
            assertEquals(key.verificationKey(s.index()), s.verificationKey());
        }
        for (List<Share> pair : subsets(dealing.shares(), 2)) {
            assertEquals(key.publicKey(), Group.base(Shamir.interpolateAtZero(pair)));
        }
        ThresholdKey wrong = new ThresholdKey(key.publicKey(), 2, key.commitments(),
                List.of(key.verificationKey(1), key.verificationKey(3), key.verificationKey(2)));
        assertFalse(wrong.isConsistent());
    }

    @Test
    void sharesPrintNoSecretAndSurviveTheirText() {
        Share share = Shamir.split(BigInteger.TEN, 2, 3, random).get(1);
        assertFalse(share.toString().contains(share.value().toString()));
        assertEquals(share, Share.parse(share.toText()));
        assertThrows(IllegalArgumentException.class, () -> Share.parse("0:00"));
    }

    static <T> List<List<T>> subsets(List<T> items, int size) {
        List<List<T>> out = new ArrayList<>();
        collect(items, size, 0, new ArrayList<>(), out);
        return out;
    }

    private static <T> void collect(List<T> items, int size, int from, List<T> current, List<List<T>> out) {
        if (current.size() == size) {
            out.add(List.copyOf(current));
            return;
        }
        for (int i = from; i < items.size(); i++) {
            current.add(items.get(i));
            collect(items, size, i + 1, current, out);
            current.remove(current.size() - 1);
        }
    }

    private static int binomial(int n, int k) {
        int b = 1;
        for (int i = 1; i <= k; i++) {
            b = b * (n - i + 1) / i;
        }
        return b;
    }
}
