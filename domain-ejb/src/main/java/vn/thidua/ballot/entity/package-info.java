/**
 * The ballot area's persistent state: {@link vn.thidua.ballot.entity.Ballot} with its
 * seats and candidates (state changes only through methods that check them), and a
 * province's {@link vn.thidua.ballot.entity.BallotRules} for a year (with the counting
 * committee's k of n and the fewest electronic ballots counted). The presence,
 * participation and encrypted cast tables, the counting committee and the key's public
 * side have no entity: they are written in plain SQL so that nothing can join a unit to a
 * cast ballot. The enums are stored as column values and may be
 * used by pages and other areas.
 */
package vn.thidua.ballot.entity;
