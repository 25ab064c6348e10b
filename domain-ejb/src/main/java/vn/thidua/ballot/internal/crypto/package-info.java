/**
 * The cryptography of electronic ballots (issue 11): choices are stored only as
 * ciphertexts and counted homomorphically, as in Helios v4 and Belenios, on the standard
 * curve P-256 through BouncyCastle's point arithmetic and SHA-256.
 *
 * <ul>
 * <li>{@link vn.thidua.ballot.internal.crypto.Group}: P-256, point and scalar encodings;
 *     {@link vn.thidua.ballot.internal.crypto.FiatShamir}: challenges (RFC 9380
 *     hash_to_field over the whole statement).</li>
 * <li>{@link vn.thidua.ballot.internal.crypto.ThresholdKey}: a key dealt k-of-n
 *     ({@link vn.thidua.ballot.internal.crypto.Shamir}) when a ballot opens; the portal
 *     keeps no share and no private key.</li>
 * <li>{@link vn.thidua.ballot.internal.crypto.EncryptedBallot}: one exponential ElGamal
 *     ciphertext per candidate mark ({@link vn.thidua.ballot.internal.crypto.ElGamal})
 *     with a proof that it is 0 or 1, and per seat a proof that the marks respect the
 *     quota ({@link vn.thidua.ballot.internal.crypto.IntervalProof});
 *     its {@link vn.thidua.ballot.internal.crypto.Tracker} is the voter's receipt.</li>
 * <li>{@link vn.thidua.ballot.internal.crypto.Tally}: per-candidate sums, decrypted only
 *     by k share holders, each proving its factor
 *     ({@link vn.thidua.ballot.internal.crypto.DecryptionProof}).</li>
 * <li>{@link vn.thidua.ballot.internal.crypto.ElectionRecord}: the public record that
 *     {@link vn.thidua.ballot.verifier.ElectionRecordVerifier} checks on its own.</li>
 * </ul>
 *
 * Self-contained: nothing here depends on the rest of the domain, holds state, or logs a
 * ballot's content. Every random value comes from {@link java.security.SecureRandom}. The
 * format, the equations and the papers followed are in {@code docs/ELECTION-RECORD.md}.
 */
package vn.thidua.ballot.internal.crypto;
