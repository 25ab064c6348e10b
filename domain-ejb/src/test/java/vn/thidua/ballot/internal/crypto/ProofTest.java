package vn.thidua.ballot.internal.crypto;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

/** The 0/1 and interval proofs and the proof of partial decryption, honest and forged. */
class ProofTest {

    private final SecureRandom random = new SecureRandom();
    private final ThresholdKey.Dealing dealing = ThresholdKey.generate(random);
    private final ThresholdKey key = dealing.key();
    private final ECPoint y = key.publicKey();
    private final String context = key.context("ballot-7");

    @Test
    void honestMarksProveZeroOrOne() {
        for (int m = 0; m <= 1; m++) {
            ElGamal.Encryption e = ElGamal.encrypt(y, m, random);
            IntervalProof proof = IntervalProof.proveZeroOrOne(context, y, e.ciphertext(), e.randomness(), m, random);
            assertTrue(proof.verifyZeroOrOne(context, y, e.ciphertext()));
        }
    }

    @Test
    void aMarkEncryptingTwoHasNoValidProof() {
        ElGamal.Encryption two = ElGamal.encrypt(y, 2, random);
        // the cheating prover claims 1 (or 0): it cannot close the real branch
        for (int claimed = 0; claimed <= 1; claimed++) {
            IntervalProof proof = IntervalProof.proveZeroOrOne(context, y, two.ciphertext(), two.randomness(),
                    claimed, random);
            assertFalse(proof.verifyZeroOrOne(context, y, two.ciphertext()));
        }
        // an honest proof for [0, 2] is no proof for [0, 1]
        IntervalProof wide = IntervalProof.prove(context, y, two.ciphertext(), two.randomness(), 2, 0, 2, random);
        assertTrue(wide.verify(context, y, two.ciphertext(), 0, 2));
        assertFalse(wide.verify(context, y, two.ciphertext(), 0, 1));
        assertThrows(IllegalArgumentException.class,
                () -> IntervalProof.proveZeroOrOne(context, y, two.ciphertext(), two.randomness(), 2, random));
    }

    @Test
    void intervalProofsCoverEveryValueOfTheInterval() {
        for (int m = 0; m <= 3; m++) {
            ElGamal.Encryption e = ElGamal.encrypt(y, m, random);
            IntervalProof proof = IntervalProof.prove(context, y, e.ciphertext(), e.randomness(), m, 0, 3, random);
            assertTrue(proof.verify(context, y, e.ciphertext(), 0, 3));
            assertFalse(proof.verify(context, y, e.ciphertext(), 1, 4));
        }
    }

    @Test
    void aProofIsBoundToItsElectionItsKeyAndItsCiphertext() {
        ElGamal.Encryption e = ElGamal.encrypt(y, 1, random);
        IntervalProof proof = IntervalProof.proveZeroOrOne(context, y, e.ciphertext(), e.randomness(), 1, random);
        assertFalse(proof.verifyZeroOrOne(key.context("ballot-8"), y, e.ciphertext()));
        ECPoint otherKey = ThresholdKey.generate(random).key().publicKey();
        assertFalse(proof.verifyZeroOrOne(ElectionId.context("ballot-7", otherKey), otherKey, e.ciphertext()));
        Ciphertext other = ElGamal.encrypt(y, 1, random).ciphertext();
        assertFalse(proof.verifyZeroOrOne(context, y, other));
    }

    @Test
    void aTamperedChallengeOrResponseIsRejected() {
        ElGamal.Encryption e = ElGamal.encrypt(y, 0, random);
        IntervalProof proof = IntervalProof.proveZeroOrOne(context, y, e.ciphertext(), e.randomness(), 0, random);
        for (int j = 0; j < 2; j++) {
            assertFalse(replace(proof, j, bump(proof.proofs().get(j).challenge()), proof.proofs().get(j).response())
                    .verifyZeroOrOne(context, y, e.ciphertext()));
            assertFalse(replace(proof, j, proof.proofs().get(j).challenge(), bump(proof.proofs().get(j).response()))
                    .verifyZeroOrOne(context, y, e.ciphertext()));
        }
        // shifting challenge between the branches keeps their sum but breaks the commitments
        Proof p0 = proof.proofs().get(0);
        Proof p1 = proof.proofs().get(1);
        IntervalProof shifted = new IntervalProof(List.of(new Proof(bump(p0.challenge()), p0.response()),
                new Proof(p1.challenge().subtract(BigInteger.ONE).mod(Group.Q), p1.response())));
        assertFalse(shifted.verifyZeroOrOne(context, y, e.ciphertext()));
    }

    @Test
    void honestPartialDecryptionsProveTheirFactor() {
        Ciphertext c = ElGamal.encrypt(y, 1, random).ciphertext();
        for (Share s : dealing.shares()) {
            PartialDecryption d = PartialDecryption.of("ballot-7", key, s, c, random);
            assertTrue(d.verify("ballot-7", key, c));
        }
    }

    @Test
    void aWrongPartialDecryptionIsRejected() {
        Ciphertext c = ElGamal.encrypt(y, 1, random).ciphertext();
        Share s = dealing.shares().get(1);
        PartialDecryption honest = PartialDecryption.of("ballot-7", key, s, c, random);
        // a factor shifted after proving
        PartialDecryption shifted = new PartialDecryption(s.index(), honest.factor().add(Group.G), honest.proof());
        assertFalse(shifted.verify("ballot-7", key, c));
        // a factor made with another holder's share, claimed as holder 2
        Share other = dealing.shares().get(0);
        ECPoint wrongFactor = ElGamal.decryptionFactor(other.value(), c);
        Proof proof = DecryptionProof.prove(context, other.value(), key.verificationKey(2), c, wrongFactor, random);
        assertFalse(new PartialDecryption(2, wrongFactor, proof).verify("ballot-7", key, c));
        // the right factor under another election, or of another ciphertext
        assertFalse(honest.verify("ballot-8", key, c));
        assertFalse(honest.verify("ballot-7", key, ElGamal.encrypt(y, 1, random).ciphertext()));
        // a tampered challenge or response
        assertFalse(new PartialDecryption(2, honest.factor(),
                new Proof(bump(honest.proof().challenge()), honest.proof().response())).verify("ballot-7", key, c));
        assertFalse(new PartialDecryption(2, honest.factor(),
                new Proof(honest.proof().challenge(), bump(honest.proof().response()))).verify("ballot-7", key, c));
    }

    private static BigInteger bump(BigInteger x) {
        return x.add(BigInteger.ONE).mod(Group.Q);
    }

    private static IntervalProof replace(IntervalProof proof, int j, BigInteger challenge, BigInteger response) {
        List<Proof> proofs = new ArrayList<>(proof.proofs());
        proofs.set(j, new Proof(challenge, response));
        return new IntervalProof(proofs);
    }
}
