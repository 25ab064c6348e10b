/**
 * The ballot area's persistent state: {@link vn.thidua.ballot.entity.Ballot} with its
 * seats and candidates (state changes only through methods that check them), and a
 * province's {@link vn.thidua.ballot.entity.BallotRules} for a year. The presence,
 * participation and cast tables have no entity: they are written in plain SQL so that
 * nothing can join a unit to a choice. The enums are stored as column values and may be
 * used by pages and other areas.
 */
package vn.thidua.ballot.entity;
