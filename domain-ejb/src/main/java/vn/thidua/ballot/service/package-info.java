/**
 * The ballot area's public API, split by use-case family; each method is one use case in
 * one transaction, with {@code @RolesAllowed} plus the data check of
 * {@link vn.thidua.bloc.service.BlocAccess} (the year's leader or deputy keeps a
 * ballot; members and the Board read it; administrators have no access).
 * <ul>
 * <li>{@link vn.thidua.ballot.service.BallotSetupService}: the province's rules, a draft
 * ballot, its candidates and the members present, opening with quorum;</li>
 * <li>{@link vn.thidua.ballot.service.VotingService}: one electronic ballot per present
 * unit with its receipt, the open ballots of the caller's unit, turnout, receipts;</li>
 * <li>{@link vn.thidua.ballot.service.CountingService}: closing, paper counts, counting
 * (run-offs), confirmation, the count minutes;</li>
 * <li>{@link vn.thidua.ballot.service.BallotQueryService}: {@link
 * vn.thidua.ballot.service.BallotView} and {@link vn.thidua.ballot.service.ConferenceBallots},
 * the records pages, the API and other areas display.</li>
 * </ul>
 * {@link vn.thidua.ballot.service.CommendationConfirmed} is fired synchronously when a
 * commendation ballot is confirmed; observers run inside the confirmation's transaction.
 */
package vn.thidua.ballot.service;
