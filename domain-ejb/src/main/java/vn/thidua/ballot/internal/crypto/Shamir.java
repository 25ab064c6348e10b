package vn.thidua.ballot.internal.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Shamir's (k, n) secret sharing over Z_q, q the order of P-256 (Shamir, "How to share a
 * secret", CACM 1979; the threshold variant of Belenios' "Threshold trustees"):
 *
 * <pre>
 *   f(X) = a0 + a1·X + … + a(k-1)·X^(k-1) mod q,  a0 = the secret, a1… random
 *   share of holder i (i = 1..n):  s_i = f(i)
 *   any k shares:  a0 = Σ λ_i·s_i,  λ_i = Π_{j≠i} j / (j − i) mod q   (Lagrange at 0)
 * </pre>
 *
 * k − 1 shares say nothing about a0: for every candidate secret there is exactly one
 * polynomial of degree k − 1 through them.
 */
public final class Shamir {

    private Shamir() {
    }

    /** The coefficients a0 = secret, a1 … a(k-1) random in [1, q-1]. */
    public static BigInteger[] polynomial(BigInteger secret, int k, SecureRandom random) {
        if (k < 1) {
            throw new IllegalArgumentException("threshold must be at least 1");
        }
        BigInteger[] coefficients = new BigInteger[k];
        coefficients[0] = secret.mod(Group.Q);
        for (int j = 1; j < k; j++) {
            coefficients[j] = Group.randomScalar(random);
        }
        return coefficients;
    }

    /** f(x) mod q by Horner's rule. */
    public static BigInteger evaluate(BigInteger[] coefficients, int x) {
        BigInteger bx = BigInteger.valueOf(x);
        BigInteger value = BigInteger.ZERO;
        for (int j = coefficients.length - 1; j >= 0; j--) {
            value = value.multiply(bx).add(coefficients[j]).mod(Group.Q);
        }
        return value;
    }

    /** Splits a secret into n shares, any k of which recover it. */
    public static List<Share> split(BigInteger secret, int k, int n, SecureRandom random) {
        checkThreshold(k, n);
        BigInteger[] f = polynomial(secret, k, random);
        List<Share> shares = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            shares.add(new Share(i, evaluate(f, i)));
        }
        return shares;
    }

    /** The Lagrange coefficient at 0 of holder i within the set of holders (distinct, non-zero). */
    public static BigInteger lagrangeAtZero(Collection<Integer> holders, int i) {
        Set<Integer> distinct = new HashSet<>(holders);
        if (distinct.size() != holders.size() || !distinct.contains(i) || distinct.contains(0)) {
            throw new IllegalArgumentException("holders must be distinct, non-zero and contain " + i);
        }
        BigInteger numerator = BigInteger.ONE;
        BigInteger denominator = BigInteger.ONE;
        for (int j : distinct) {
            if (j != i) {
                numerator = numerator.multiply(BigInteger.valueOf(j));
                denominator = denominator.multiply(BigInteger.valueOf((long) j - i));
            }
        }
        return numerator.multiply(denominator.mod(Group.Q).modInverse(Group.Q)).mod(Group.Q);
    }

    /**
     * Σ λ_i·s_i over the shares given. With at least k shares of one dealing this is the
     * secret; with fewer it is a value unrelated to it.
     */
    public static BigInteger interpolateAtZero(Collection<Share> shares) {
        Map<Integer, BigInteger> byHolder = new TreeMap<>();
        for (Share s : shares) {
            if (byHolder.put(s.index(), s.value()) != null) {
                throw new IllegalArgumentException("two shares of holder " + s.index());
            }
        }
        BigInteger secret = BigInteger.ZERO;
        for (Map.Entry<Integer, BigInteger> e : byHolder.entrySet()) {
            secret = secret.add(lagrangeAtZero(byHolder.keySet(), e.getKey()).multiply(e.getValue()));
        }
        return secret.mod(Group.Q);
    }

    static void checkThreshold(int k, int n) {
        if (k < 1 || n < k || n > 255) {
            throw new IllegalArgumentException("need 1 <= k <= n <= 255, got k=" + k + ", n=" + n);
        }
    }
}
