package vn.thidua.ballot.internal.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;

import org.bouncycastle.math.ec.ECPoint;

/**
 * A Chaum–Pedersen proof of correct partial decryption (Chaum, Pedersen, CRYPTO 1992;
 * Belenios specification, "Partial decryptions"): holder i shows that its factor F = s_i·α
 * uses the same s_i as its published verification key VK_i = s_i·G, without revealing it.
 *
 * <pre>
 *   prove:   w random; A = w·G; B = w·α;
 *            c = HashGroup("decrypt", S0 "|" enc(VK_i) "|" enc(α) "," enc(F) "|", (A, B));
 *            s = w − s_i·c mod q
 *   verify:  A = s·G + c·VK_i;  B = s·α + c·F;  c = HashGroup(…) as above
 * </pre>
 *
 * Unlike Belenios' hash, the statement hashed includes α and F: without them a holder
 * could pick a wrong factor after the fact (the weak Fiat–Shamir pitfall).
 */
public final class DecryptionProof {

    /** The tag of the challenge's domain separation. */
    public static final String TAG = "decrypt";

    private DecryptionProof() {
    }

    /** Proves F = share·α for holder VK = share·G under the context S0. */
    public static Proof prove(String context, BigInteger share, ECPoint verificationKey, Ciphertext c,
            ECPoint factor, SecureRandom random) {
        BigInteger w = Group.randomScalar(random);
        ECPoint a = Group.base(w);
        ECPoint b = Group.multiply(c.alpha(), w);
        BigInteger challenge = FiatShamir.challenge(TAG, message(context, verificationKey, c, factor), a, b);
        return new Proof(challenge, w.subtract(share.multiply(challenge)).mod(Group.Q));
    }

    /** Whether the proof shows that factor = s·α for the s of verificationKey = s·G. */
    public static boolean verify(String context, ECPoint verificationKey, Ciphertext c, ECPoint factor,
            Proof proof) {
        ECPoint a = Group.sumOfProducts(Group.G, proof.response(), verificationKey, proof.challenge());
        ECPoint b = Group.sumOfProducts(c.alpha(), proof.response(), factor, proof.challenge());
        BigInteger expected = FiatShamir.challenge(TAG, message(context, verificationKey, c, factor), a, b);
        return expected.equals(proof.challenge());
    }

    /** The hashed statement: S0 "|" enc(VK) "|" enc(α) "," enc(F) "|". */
    static String message(String context, ECPoint verificationKey, Ciphertext c, ECPoint factor) {
        return context + "|" + Group.encode(verificationKey) + "|" + Group.encode(c.alpha()) + ","
                + Group.encode(factor) + "|";
    }
}
