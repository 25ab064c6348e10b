package vn.thidua.ballot.entity;

/**
 * A ballot's lifecycle; it only moves forward. {@code VOIDED} ends an electronic ballot
 * that cannot be counted (fewer ballots than the minimum, or the counting committee cannot
 * gather its quorum of shares); it may be held again on paper.
 */
public enum BallotStatus {
    DRAFT,
    OPEN,
    CLOSED,
    COUNTED,
    CONFIRMED,
    VOIDED
}
