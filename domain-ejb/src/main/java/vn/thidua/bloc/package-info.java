/**
 * Emulation blocs (khối thi đua): their member units per year and the year's leader
 * (Khối trưởng) and deputy (Khối phó). The rules of a bloc year (how many members,
 * leader and deputy distinct members) live in {@link vn.thidua.bloc.entity.BlocYearRules}.
 *
 * <h2>Layout</h2>
 * <ul>
 *   <li>{@code entity}: {@code Bloc} (table {@code bloc}), {@code Membership}
 *       ({@code membership}, one row per unit, bloc and year), {@code Leadership}
 *       ({@code leadership}, at most one leader and one deputy per bloc and year),
 *       {@code Delegation} ({@code bloc_delegation}, the leader's powers given to the deputy
 *       for a period, issue 15), with the reused queries as {@code @NamedQuery} constants.</li>
 *   <li>{@code service}: the public face.
 *       {@code BlocService} reads: the Board's list and a member's blocs
 *       ({@code BlocYearRow}), one bloc year ({@code BlocYearView}), and what other areas
 *       ask ({@code memberUnits}, {@code leaderUnit}, {@code blocOf}, {@code years}); each
 *       list or view is one query per section.
 *       {@code BlocYearService} changes a year: the Board's form ({@code loadBlocYear},
 *       {@code saveBlocYear} with {@code BlocYearForm}) and {@code applyElectedLeadership}
 *       (the ballot area's confirmed leadership ballot).
 *       {@code BlocAccess} decides the data-derived roles (member, leader, deputy, keeper)
 *       for every area that keeps data per bloc and year; within a delegation in force the
 *       deputy acts as leader ({@code callerIsLeader}) and the delegation is named on the
 *       transaction's audit entries. {@code DelegationService} gives, ends and lists
 *       delegations ({@code DelegationView}).</li>
 *   <li>{@code internal}: {@code MembershipSuccession}, which passes memberships and
 *       leadership to the successor when the unit area fires
 *       {@link vn.thidua.unit.service.UnitSuccession}; {@code BlocProvinceSuccession}, which
 *       on a {@link vn.thidua.unit.service.ProvinceSuccession} continues the province's blocs
 *       under the successor from the merger's year (a bloc reads its province of a year through
 *       the provinces' lineage, {@code Bloc#provinceIn}) and refuses a bloc code the successor
 *       already uses.</li>
 * </ul>
 * Pages: {@code /board/blocs/list.xhtml} and {@code /board/blocs/edit.xhtml} (Board),
 * {@code /blocs/mine.xhtml} and {@code /blocs/view.xhtml} (members and Board), and the
 * API {@code /api/blocs}.
 *
 * <p>The home pages start from the members of every bloc the caller may read in a year
 * ({@code BlocService#membersOfYear}, {@code YearMember}), checked for many blocs at once by
 * {@code BlocAccess#requireReadAccessToAll}.
 */
package vn.thidua.bloc;
