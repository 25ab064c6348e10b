/**
 * The pages of a bloc's emulation year, one per area, each at
 * {@code /year/<page>.xhtml?bloc=…&year=…}: {@code covenant} (movement and covenant,
 * {@link vn.thidua.web.year.CovenantBean}), {@code scores} ({@link vn.thidua.web.year.ScoresBean}),
 * {@code activities} ({@link vn.thidua.web.year.ActivitiesBean}) and {@code conferences}
 * ({@link vn.thidua.web.year.ConferencesBean}), which leads to each conference's
 * {@code ballots} page. They share the frame {@code /WEB-INF/templates/year.xhtml}
 * (breadcrumb back to the bloc, the caller's role, links between the pages) and the
 * view-scoped {@link vn.thidua.web.year.YearContext}, which reads the view parameters and
 * the year's header once per view. The beans show the areas' view records and submit
 * their forms; what the caller may do is decided again by the services. On the ballots
 * page, what must never outlive a request lives in request-scoped beans: a voter's marks
 * ({@link vn.thidua.web.year.BallotVoteBean}), the counting committee's shares in the
 * answer to an electronic opening ({@link vn.thidua.web.year.BallotOpeningBean}) and a
 * share being entered ({@link vn.thidua.web.year.BallotShareBean}).
 */
package vn.thidua.web.year;
