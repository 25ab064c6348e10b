package vn.thidua.ballot.internal.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.bouncycastle.math.ec.ECPoint;

/**
 * The public side of a ballot's key, dealt when the ballot opens by a trusted dealer that
 * forgets: a private key x is drawn, split by {@link Shamir} k-of-n among the counting
 * committee, and dropped with the polynomial. What stays (and goes into the election
 * record) is public:
 *
 * <pre>
 *   Y    = x·G                          the election public key
 *   C_j  = a_j·G, j = 0..k-1            Feldman commitments to f (C_0 = Y)
 *   VK_i = s_i·G = Σ_j i^j·C_j          verification key of holder i (i = 1..n)
 * </pre>
 *
 * The commitments let anyone check that the verification keys lie on one polynomial of
 * degree k − 1 whose constant term is the key the ballots were encrypted under (Feldman,
 * FOCS 1987; Belenios' "Vinputs" check g^(s_ij) = Π_k A_ik^(j^k)).
 */
public record ThresholdKey(ECPoint publicKey, int threshold, List<ECPoint> commitments,
        List<ECPoint> verificationKeys) {

    /** Default committee: 2 of 3. */
    public static final int DEFAULT_THRESHOLD = 2;
    public static final int DEFAULT_HOLDERS = 3;

    public ThresholdKey {
        Objects.requireNonNull(publicKey, "publicKey");
        commitments = List.copyOf(commitments);
        verificationKeys = List.copyOf(verificationKeys);
        Shamir.checkThreshold(threshold, verificationKeys.size());
        if (commitments.size() != threshold) {
            throw new IllegalArgumentException("need exactly k commitments");
        }
    }

    /** A key and the shares to hand out, once; the caller must not store the shares. */
    public record Dealing(ThresholdKey key, List<Share> shares) {

        public Dealing {
            shares = List.copyOf(shares);
        }
    }

    /** Deals a 2-of-3 key. */
    public static Dealing generate(SecureRandom random) {
        return generate(DEFAULT_THRESHOLD, DEFAULT_HOLDERS, random);
    }

    /** Deals a k-of-n key: x random, f random with f(0) = x, shares f(1..n); x and f forgotten. */
    public static Dealing generate(int k, int n, SecureRandom random) {
        Shamir.checkThreshold(k, n);
        BigInteger[] f = Shamir.polynomial(Group.randomScalar(random), k, random);
        List<ECPoint> commitments = new ArrayList<>(k);
        for (BigInteger a : f) {
            commitments.add(Group.base(a));
        }
        List<Share> shares = new ArrayList<>(n);
        List<ECPoint> keys = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            Share share = new Share(i, Shamir.evaluate(f, i));
            shares.add(share);
            keys.add(share.verificationKey());
        }
        Arrays.fill(f, BigInteger.ZERO);
        return new Dealing(new ThresholdKey(commitments.get(0), k, commitments, keys), shares);
    }

    /** The number n of share holders. */
    public int holders() {
        return verificationKeys.size();
    }

    /** VK_i of holder i (1-based). */
    public ECPoint verificationKey(int holder) {
        if (holder < 1 || holder > holders()) {
            throw new IllegalArgumentException("no share holder " + holder);
        }
        return verificationKeys.get(holder - 1);
    }

    /** Feldman's check: C_0 = Y and VK_i = Σ_j i^j·C_j for every holder, no key the identity. */
    public boolean isConsistent() {
        if (!publicKey.equals(commitments.get(0)) || publicKey.isInfinity()) {
            return false;
        }
        for (int i = 1; i <= holders(); i++) {
            ECPoint expected = Group.IDENTITY;
            BigInteger power = BigInteger.ONE;
            for (ECPoint c : commitments) {
                expected = expected.add(Group.multiply(c, power));
                power = power.multiply(BigInteger.valueOf(i)).mod(Group.Q);
            }
            if (verificationKey(i).isInfinity() || !expected.equals(verificationKey(i))) {
                return false;
            }
        }
        return true;
    }

    /** S0 = electionId "|" enc(Y): the context every proof of this election hashes first. */
    public String context(String electionId) {
        return ElectionId.context(electionId, publicKey);
    }
}
