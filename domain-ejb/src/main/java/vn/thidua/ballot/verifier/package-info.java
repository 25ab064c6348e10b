/**
 * The independent verifier of an electronic ballot's election record
 * ({@code docs/ELECTION-RECORD.md}): {@link vn.thidua.ballot.verifier.ElectionRecordVerifier}
 * reads the JSON file and re-checks the key, every ballot's tracker and proofs, the
 * encrypted tally, every proof of partial decryption, the Lagrange combination and the
 * announced result, naming whatever fails. It runs from the command line without the
 * portal or its database.
 *
 * <p>On purpose it shares no code with {@code vn.thidua.ballot.internal.crypto} (the
 * prover): it is written from the documented format, with BouncyCastle's generic SEC 2
 * curve and SHA-256 only, so that a mistake in the prover is not silently repeated here.
 */
package vn.thidua.ballot.verifier;
