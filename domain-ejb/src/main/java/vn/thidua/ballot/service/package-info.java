/**
 * The ballot area's public API, split by use-case family; each method is one use case in
 * one transaction, with {@code @RolesAllowed} plus the data check of
 * {@link vn.thidua.bloc.service.BlocAccess} (the year's leader or deputy keeps a
 * ballot; members and the Board read it; administrators have no access).
 * <ul>
 * <li>{@link vn.thidua.ballot.service.BallotSetupService}: the province's rules (with the
 * counting committee's k of n and the fewest electronic ballots counted), a draft ballot,
 * its candidates and the members present, opening with quorum (an electronic opening deals
 * the key and answers the committee's shares once: {@link vn.thidua.ballot.service.OpenedBallot});</li>
 * <li>{@link vn.thidua.ballot.service.CommitteeService}: the counting committee's members,
 * and its shares entered one at a time after voting closed;</li>
 * <li>{@link vn.thidua.ballot.service.VotingService}: one encrypted ballot per present unit
 * and per account (encrypted by the server or by the client) with its tracker as receipt,
 * the open ballots of the caller's unit, turnout (who and how many), the bulletin board and
 * receipt checks after the count;</li>
 * <li>{@link vn.thidua.ballot.service.CountingService}: closing, paper counts, counting
 * (electronic: only the per-candidate sums decrypted; run-offs), voiding or holding again
 * on paper a ballot that cannot be counted, confirmation, the count minutes and the
 * election record;</li>
 * <li>{@link vn.thidua.ballot.service.BallotPaperService}: the printed papers of a paper
 * ballot (one page per entitled unit, all alike), drawn by the document area;</li>
 * <li>{@link vn.thidua.ballot.service.BallotQueryService}: {@link
 * vn.thidua.ballot.service.BallotView} and {@link vn.thidua.ballot.service.ConferenceBallots},
 * the records pages, the API and other areas display;</li>
 * <li>{@link vn.thidua.ballot.service.DatabaseLogging}: what the database's binary log,
 * general log and replication record (read at start-up and at each electronic opening).</li>
 * </ul>
 * {@link vn.thidua.ballot.service.CommendationConfirmed} is fired synchronously when a
 * commendation ballot is confirmed; observers run inside the confirmation's transaction.
 */
package vn.thidua.ballot.service;
