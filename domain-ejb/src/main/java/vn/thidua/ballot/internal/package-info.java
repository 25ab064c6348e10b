/**
 * Private to the ballot area: the count ({@link vn.thidua.ballot.internal.BallotCount},
 * pure), receipt codes and their hashes ({@link vn.thidua.ballot.internal.Receipts}),
 * the rules of an electronic ballot paper ({@link vn.thidua.ballot.internal.Marks}), the
 * plain SQL of the presence, participation and cast tables
 * ({@link vn.thidua.ballot.internal.CastTables}) and the reader that builds view records
 * with one query per section ({@link vn.thidua.ballot.internal.BallotReader}). No other
 * area and no page uses this package.
 */
package vn.thidua.ballot.internal;
