/**
 * Secret ballots of a bloc's conference: commendation nominations (seats per award kind
 * with quotas) and leadership elections (leader and deputy of the next year), voted in
 * the portal or on paper. The rules are frozen when a ballot opens; counting is
 * synchronous and repeatable ({@link vn.thidua.ballot.internal.BallotCount}).
 *
 * <p>Secrecy: who voted and what was voted live in tables with nothing to join them (see
 * migration V3); a voter keeps a random receipt code whose hash alone is stored; after the
 * count the hashes and totals are published, never choices beside receipts. Nothing here
 * logs a ballot's content.
 */
package vn.thidua.ballot;
