/**
 * The home page per role (issue 15, item 9): what a member unit must do now, the progress
 * of the blocs a unit leads member by member, and every bloc's stage for the Board. It owns
 * no table: each section is one query in the area that owns the data, reached through that
 * area's service ({@code BlocService#membersOfYear}, {@code CovenantService#covenantStates},
 * {@code ScoringService#selfScoreCounts}, {@code BallotQueryService#turnoutOfYear},
 * {@code ProposalService#proposalsOfYear}); {@code service.HomeService} puts them together
 * into view records, with the filing deadline of a bloc's year from {@code CalendarService}
 * (once per province per call). Ballots show turnout only, never a choice.
 *
 * <p>Serves the page {@code /index.xhtml}.
 */
package vn.thidua.home;
