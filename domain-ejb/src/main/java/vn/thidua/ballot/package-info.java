/**
 * Secret ballots of a bloc's conference: commendation nominations (seats per award kind
 * with quotas) and leadership elections (leader and deputy of the next year), voted in
 * the portal or on paper. The rules are frozen when a ballot opens; counting is
 * synchronous and repeatable ({@link vn.thidua.ballot.internal.BallotCount}).
 *
 * <p>Layout: {@code entity} holds the ballot and its rules (state changes checked by the
 * entities); {@code service} is the area's public face, one service per family of use
 * cases — {@link vn.thidua.ballot.service.BallotSetupService} (rules, creating, candidates,
 * presence, opening), {@link vn.thidua.ballot.service.VotingService} (casting, turnout,
 * receipts), {@link vn.thidua.ballot.service.CountingService} (closing, paper counts,
 * counting with run-offs, confirmation, count minutes) and
 * {@link vn.thidua.ballot.service.BallotQueryService} (the view records pages and other
 * areas read) — plus the event {@link vn.thidua.ballot.service.CommendationConfirmed};
 * {@code internal} is private to the area (the count, receipts, the rules of a ballot
 * paper, the SQL of the presence, participation and cast tables, the view reader).
 *
 * <p>Other areas: the ballot area reads blocs, meetings, units and scores through their
 * services and makes the elected leadership next year's through the bloc service; it
 * knows nothing of proposals, which observe {@code CommendationConfirmed}.
 *
 * <p>Secrecy: who voted and what was voted live in tables with nothing to join them (see
 * migration V3); a voter keeps a random receipt code whose hash alone is stored; after the
 * count the hashes and totals are published, never choices beside receipts. Nothing here
 * logs a ballot's content.
 */
package vn.thidua.ballot;
