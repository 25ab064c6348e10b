/**
 * Private to the ballot area: the count ({@link vn.thidua.ballot.internal.BallotCount},
 * pure), the rules of an electronic ballot paper ({@link vn.thidua.ballot.internal.Marks}),
 * the glue to the cryptography ({@link vn.thidua.ballot.internal.ElectionCrypto}: layout,
 * key dealing, encryption of a voter's choices in memory, checks with named refusals),
 * the count of an electronic ballot from the committee's partial decryptions
 * ({@link vn.thidua.ballot.internal.ElectronicCount}), copies of a ballot (run-off, paper
 * replacement: {@link vn.thidua.ballot.internal.BallotCopies}), the plain SQL of the
 * presence, participation and encrypted cast tables
 * ({@link vn.thidua.ballot.internal.CastTables}) and of the key's public side
 * ({@link vn.thidua.ballot.internal.ElectionTables}), legacy receipt hashes
 * ({@link vn.thidua.ballot.internal.Receipts}) and the reader that builds view records
 * with one query per section ({@link vn.thidua.ballot.internal.BallotReader}); the
 * cryptography itself lives in {@code crypto}. No other area and no page uses this package.
 */
package vn.thidua.ballot.internal;
