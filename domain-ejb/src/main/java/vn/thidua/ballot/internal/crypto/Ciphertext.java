package vn.thidua.ballot.internal.crypto;

import java.util.Objects;

import org.bouncycastle.math.ec.ECPoint;

/**
 * An exponential ElGamal ciphertext (α, β) = (r·G, r·Y + m·G) under the public key Y
 * (Helios v4 and Belenios, "Encrypted answers"). Multiplying ciphertexts in the
 * multiplicative notation of the papers is adding points here, and adds the plaintexts:
 * (α1 + α2, β1 + β2) encrypts m1 + m2 with randomness r1 + r2.
 */
public record Ciphertext(ECPoint alpha, ECPoint beta) {

    /** The encryption of 0 with randomness 0, neutral for {@link #add}. */
    public static final Ciphertext ZERO = new Ciphertext(Group.IDENTITY, Group.IDENTITY);

    public Ciphertext {
        Objects.requireNonNull(alpha, "alpha");
        Objects.requireNonNull(beta, "beta");
        alpha = alpha.normalize();
        beta = beta.normalize();
    }

    /** The homomorphic sum: encrypts the sum of both plaintexts. */
    public Ciphertext add(Ciphertext other) {
        return new Ciphertext(alpha.add(other.alpha), beta.add(other.beta));
    }

    /** "enc(α),enc(β)": the form ciphertexts take inside hashed statements. */
    public String encoded() {
        return Group.encode(alpha) + "," + Group.encode(beta);
    }
}
