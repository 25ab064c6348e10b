/**
 * The award registry: the Chair's decisions and the awards they grant, entered when the
 * approval chain records a decision
 * ({@link vn.thidua.registry.service.RegistryService#recordDecision}, in that step's
 * transaction), searchable by unit (a name reaches every record of the unit's lineage across
 * renames, merges and province successions, the old name the new records and the other way
 * round), bloc, year, kind and decision, with streaks such as "flag three years running"
 * counted by the rule of the unit's province ({@code internal.Streaks}), and
 * exported for the national emulation and commendation database (a province's awards of a
 * year with their decisions, JSON pages and .xlsx in the background through the job area;
 * Board staff only; docs/NATIONAL-EXPORT.md).
 *
 * <p>A decision answers one proposal or the many of a consolidated submission (table
 * {@code award_decision_proposal}); its number is unique per issuing authority (the
 * province's People's Committee) and calendar year of the decision, not across provinces
 * and years (unique key {@code uk_decision_number}, V18).
 *
 * <p>Owns the tables {@code award_decision}, {@code award_decision_proposal} and {@code award} and the award kinds
 * ({@link vn.thidua.registry.entity.AwardKind}, stored as column values elsewhere too);
 * serves the page {@code /registry/search.xhtml} and the awards per year of
 * {@code /board/dashboard/view.xhtml}. It knows a decision's proposals only by their ids and
 * depends on nothing of the proposal area; it fires no event.
 */
package vn.thidua.registry;
