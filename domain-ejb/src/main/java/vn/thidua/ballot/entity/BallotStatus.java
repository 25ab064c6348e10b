package vn.thidua.ballot.entity;

/** A ballot's lifecycle; it only moves forward. */
public enum BallotStatus {
    DRAFT,
    OPEN,
    CLOSED,
    COUNTED,
    CONFIRMED
}
