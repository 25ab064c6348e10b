/**
 * Secret ballots of a bloc's conference: commendation nominations (seats per award kind
 * with quotas) and leadership elections (leader and deputy of the next year), voted in
 * the portal or on paper. The rules are frozen when a ballot opens; counting is
 * synchronous and repeatable ({@link vn.thidua.ballot.internal.BallotCount}).
 *
 * <p>Layout: {@code entity} holds the ballot and its rules (state changes checked by the
 * entities); {@code service} is the area's public face, one service per family of use
 * cases — {@link vn.thidua.ballot.service.BallotSetupService} (rules, creating, candidates,
 * presence, opening), {@link vn.thidua.ballot.service.CommitteeService} (the counting
 * committee and its shares), {@link vn.thidua.ballot.service.VotingService} (casting,
 * turnout, receipts, bulletin board), {@link vn.thidua.ballot.service.CountingService}
 * (closing, paper counts, counting with run-offs, voiding, confirmation, count minutes,
 * election record) and
 * {@link vn.thidua.ballot.service.BallotQueryService} (the view records pages and other
 * areas read) — plus the event {@link vn.thidua.ballot.service.CommendationConfirmed};
 * {@code internal} is private to the area (the count, receipts, the rules of a ballot
 * paper, the SQL of the presence, participation and cast tables, the view reader;
 * {@code RulesSuccession}, which passes a province's ballot rules of the merger's year and
 * later to its successor on a {@link vn.thidua.unit.service.ProvinceSuccession}).
 *
 * <p>Other areas: the ballot area reads blocs, meetings, units and scores through their
 * services and makes the elected leadership next year's through the bloc service; it
 * knows nothing of proposals, which observe {@code CommendationConfirmed}.
 *
 * <p>Secrecy (issue 11, docs/SECRECY.md): an electronic ballot's choices are stored only
 * encrypted (exponential ElGamal on P-256 with 0/1 and quota proofs, {@code
 * internal.crypto}); the key is dealt k of n to the ballot's counting committee when it
 * opens and the portal keeps only its public side; counting needs k members' shares and
 * decrypts only the per-candidate sums, never a ballot. Who voted (unit and account) and
 * the anonymous encrypted ballots live in tables with nothing to join them; a voter's
 * receipt is the tracker of their encrypted ballot; after the count the bulletin board
 * and the election record are published, which anyone can check with
 * {@link vn.thidua.ballot.verifier.ElectionRecordVerifier}. So a dump, a binary log, a
 * replica or a backup reveals no unit's choice. Nothing here logs a ballot's content.
 *
 * <p>The home pages read the year's ballots with, while open, who is present and who has voted
 * (turnout only: {@code BallotQueryService#turnoutOfYear}, {@code BallotTurnoutRow}).
 */
package vn.thidua.ballot;
