package vn.thidua.ballot.internal.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.bouncycastle.math.ec.ECPoint;

/**
 * Exponential ElGamal on P-256, as Helios v4 and Belenios use it for homomorphic counting
 * (Belenios specification, "Encrypted answers" and "Election result"):
 *
 * <pre>
 *   encrypt:   (α, β) = (r·G, r·Y + m·G),  r random in [1, q-1]
 *   add:       (α1, β1) + (α2, β2) encrypts m1 + m2
 *   factor:    F_i = s_i·α                    (one share holder, share s_i)
 *   combine:   F = Σ λ_i·F_i = x·α             (k factors, Lagrange at 0)
 *   decrypt:   m·G = β − F, m found by baby-step giant-step in [0, max]
 * </pre>
 *
 * No private key exists anywhere after key generation ({@link ThresholdKey}): only the
 * per-candidate sums are ever decrypted, by k share holders together.
 */
public final class ElGamal {

    private ElGamal() {
    }

    /** Encrypts the small integer m with the given randomness r. */
    public static Ciphertext encrypt(ECPoint publicKey, int m, BigInteger r) {
        if (m < 0) {
            throw new IllegalArgumentException("plaintexts are non-negative");
        }
        return new Ciphertext(Group.base(r), Group.sumOfProducts(publicKey, r, Group.G, BigInteger.valueOf(m)));
    }

    /** Encrypts m with fresh randomness (returned alongside, for the proofs). */
    public static Encryption encrypt(ECPoint publicKey, int m, SecureRandom random) {
        BigInteger r = Group.randomScalar(random);
        return new Encryption(encrypt(publicKey, m, r), r);
    }

    /** A ciphertext and the randomness that made it (never stored, never sent). */
    public record Encryption(Ciphertext ciphertext, BigInteger randomness) {

        public Encryption {
            Objects.requireNonNull(ciphertext);
            Objects.requireNonNull(randomness);
        }

        @Override
        public String toString() {
            return "Encryption[" + ciphertext.encoded() + "]";
        }
    }

    /** The homomorphic sum of ciphertexts (the "product" of the papers). */
    public static Ciphertext sum(Iterable<Ciphertext> ciphertexts) {
        Ciphertext total = Ciphertext.ZERO;
        for (Ciphertext c : ciphertexts) {
            total = total.add(c);
        }
        return total;
    }

    /** A share holder's decryption factor s_i·α (prove it with {@link DecryptionProof}). */
    public static ECPoint decryptionFactor(BigInteger share, Ciphertext c) {
        return Group.multiply(c.alpha(), share);
    }

    /**
     * Combines the factors of at least k distinct share holders into x·α:
     * F = Σ λ_i·F_i with λ_i the Lagrange coefficients at 0 of the holders given.
     */
    public static ECPoint combine(Map<Integer, ECPoint> factorsByHolder) {
        ECPoint total = Group.IDENTITY;
        for (Map.Entry<Integer, ECPoint> e : factorsByHolder.entrySet()) {
            BigInteger lambda = Shamir.lagrangeAtZero(factorsByHolder.keySet(), e.getKey());
            total = total.add(Group.multiply(e.getValue(), lambda));
        }
        return total.normalize();
    }

    /**
     * The plaintext m in [0, max] of a ciphertext whose combined factor is F, from
     * m·G = β − F.
     *
     * @throws IllegalStateException when no m in [0, max] fits (a wrong factor or bound)
     */
    public static int decrypt(Ciphertext c, ECPoint combinedFactor, int max) {
        return discreteLog(c.beta().subtract(combinedFactor), max);
    }

    /**
     * The m in [0, max] with m·G = target, by baby-step giant-step: with b = ⌈√(max+1)⌉,
     * a table of j·G for j in [0, b), then target − i·b·G for i = 0, 1, … until a hit.
     */
    public static int discreteLog(ECPoint target, int max) {
        if (max < 0) {
            throw new IllegalArgumentException("max must be non-negative");
        }
        int b = (int) Math.ceil(Math.sqrt(max + 1.0));
        Map<String, Integer> baby = new HashMap<>();
        ECPoint step = Group.IDENTITY;
        for (int j = 0; j < b; j++) {
            baby.put(Group.encode(step.normalize()), j);
            step = step.add(Group.G);
        }
        ECPoint giant = step.negate();
        ECPoint current = target;
        for (int i = 0; i * b <= max; i++) {
            Integer j = baby.get(Group.encode(current.normalize()));
            if (j != null && i * b + j <= max) {
                return i * b + j;
            }
            current = current.add(giant);
        }
        throw new IllegalStateException("no plaintext in [0, " + max + "]");
    }
}
