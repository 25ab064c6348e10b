package vn.thidua.ballot.internal.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.math.ec.ECPoint;

/**
 * A disjunctive Chaum–Pedersen proof that a ciphertext (α, β) under Y encrypts one of the
 * integers min, min+1, …, max, without saying which: the proof of interval membership of
 * the Belenios specification ("Proofs of interval membership", iprove), which is Helios'
 * disjunctive encryption proof in compact form (Cramer, Damgård, Schoenmakers, CRYPTO
 * 1994). One {@link Proof} (c_j, s_j) per value M_j:
 *
 * <pre>
 *   A_j = s_j·G + c_j·α
 *   B_j = s_j·Y + c_j·(β − M_j·G)
 *   Σ_j c_j = HashGroup("prove", S "|" enc(α) "," enc(β) "|" min "," max "|", (A_0, B_0, …, A_k, B_k))
 * </pre>
 *
 * The prover, knowing r with α = r·G and the true index i, simulates every j ≠ i with
 * random (c_j, s_j), commits A_i = w·G, B_i = w·Y, and closes with c_i = H − Σ_{j≠i} c_j,
 * s_i = w − r·c_i. The bounds are hashed too (Belenios binds them through the election
 * fingerprint). It serves both for a mark (interval [0, 1]) and for a seat's total of
 * marks (interval [min, max], Helios' "overall proof").
 */
public record IntervalProof(List<Proof> proofs) {

    /** The tag of the challenge's domain separation. */
    public static final String TAG = "prove";

    public IntervalProof {
        proofs = List.copyOf(proofs);
    }

    /**
     * Proves that c = (r·G, r·Y + value·G) with value in [min, max].
     *
     * @param statement S, the context the proof is bound to (election, key, for an overall
     *                  proof also the seat's ciphertexts)
     */
    public static IntervalProof prove(String statement, ECPoint publicKey, Ciphertext c, BigInteger r,
            int value, int min, int max, SecureRandom random) {
        checkBounds(min, max);
        if (value < min || value > max) {
            throw new IllegalArgumentException("value outside the interval");
        }
        int size = max - min + 1;
        int real = value - min;
        BigInteger[] challenges = new BigInteger[size];
        BigInteger[] responses = new BigInteger[size];
        ECPoint[] commitments = new ECPoint[2 * size];
        BigInteger simulatedSum = BigInteger.ZERO;
        for (int j = 0; j < size; j++) {
            if (j != real) {
                challenges[j] = Group.randomScalar(random);
                responses[j] = Group.randomScalar(random);
                commitments[2 * j] = commitA(c, challenges[j], responses[j]);
                commitments[2 * j + 1] = commitB(publicKey, c, min + j, challenges[j], responses[j]);
                simulatedSum = simulatedSum.add(challenges[j]);
            }
        }
        BigInteger w = Group.randomScalar(random);
        commitments[2 * real] = Group.base(w);
        commitments[2 * real + 1] = Group.multiply(publicKey, w);
        BigInteger total = FiatShamir.challenge(TAG, message(statement, c, min, max), commitments);
        challenges[real] = total.subtract(simulatedSum).mod(Group.Q);
        responses[real] = w.subtract(r.multiply(challenges[real])).mod(Group.Q);
        List<Proof> proofs = new ArrayList<>(size);
        for (int j = 0; j < size; j++) {
            proofs.add(new Proof(challenges[j], responses[j]));
        }
        return new IntervalProof(proofs);
    }

    /** Whether this proves that c encrypts a value in [min, max] under the statement S. */
    public boolean verify(String statement, ECPoint publicKey, Ciphertext c, int min, int max) {
        checkBounds(min, max);
        int size = max - min + 1;
        if (proofs.size() != size) {
            return false;
        }
        ECPoint[] commitments = new ECPoint[2 * size];
        BigInteger sum = BigInteger.ZERO;
        for (int j = 0; j < size; j++) {
            Proof p = proofs.get(j);
            commitments[2 * j] = commitA(c, p.challenge(), p.response());
            commitments[2 * j + 1] = commitB(publicKey, c, min + j, p.challenge(), p.response());
            sum = sum.add(p.challenge());
        }
        BigInteger expected = FiatShamir.challenge(TAG, message(statement, c, min, max), commitments);
        return expected.equals(sum.mod(Group.Q));
    }

    /** Proves a mark: c encrypts 0 or 1. */
    public static IntervalProof proveZeroOrOne(String statement, ECPoint publicKey, Ciphertext c, BigInteger r,
            int mark, SecureRandom random) {
        return prove(statement, publicKey, c, r, mark, 0, 1, random);
    }

    /** Checks a mark's proof: c encrypts 0 or 1. */
    public boolean verifyZeroOrOne(String statement, ECPoint publicKey, Ciphertext c) {
        return verify(statement, publicKey, c, 0, 1);
    }

    /** The hashed statement: S "|" enc(α) "," enc(β) "|" min "," max "|". */
    static String message(String statement, Ciphertext c, int min, int max) {
        return statement + "|" + c.encoded() + "|" + min + "," + max + "|";
    }

    private static ECPoint commitA(Ciphertext c, BigInteger challenge, BigInteger response) {
        return Group.sumOfProducts(Group.G, response, c.alpha(), challenge);
    }

    private static ECPoint commitB(ECPoint publicKey, Ciphertext c, int m, BigInteger challenge,
            BigInteger response) {
        ECPoint betaOverM = c.beta().subtract(Group.base(m)).normalize();
        return Group.sumOfProducts(publicKey, response, betaOverM, challenge);
    }

    private static void checkBounds(int min, int max) {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("need 0 <= min <= max");
        }
    }
}
