package vn.thidua.ballot.internal.crypto;

import java.security.SecureRandom;
import java.util.Objects;

import org.bouncycastle.math.ec.ECPoint;

/**
 * One share holder's decryption factor F = s_i·α of one ciphertext, with its
 * {@link DecryptionProof}.
 */
public record PartialDecryption(int holder, ECPoint factor, Proof proof) {

    public PartialDecryption {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(proof, "proof");
        factor = factor.normalize();
    }

    /** Holder {@code share.index()} decrypts c partially and proves it. */
    public static PartialDecryption of(String electionId, ThresholdKey key, Share share, Ciphertext c,
            SecureRandom random) {
        ECPoint factor = ElGamal.decryptionFactor(share.value(), c);
        Proof proof = DecryptionProof.prove(key.context(electionId), share.value(),
                key.verificationKey(share.index()), c, factor, random);
        return new PartialDecryption(share.index(), factor, proof);
    }

    /** Whether the proof holds against the holder's published verification key. */
    public boolean verify(String electionId, ThresholdKey key, Ciphertext c) {
        if (holder < 1 || holder > key.holders()) {
            return false;
        }
        return DecryptionProof.verify(key.context(electionId), key.verificationKey(holder), c, factor, proof);
    }
}
