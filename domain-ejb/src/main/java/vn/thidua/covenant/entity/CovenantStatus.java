package vn.thidua.covenant.entity;

/** Where a covenant version stands. */
public enum CovenantStatus {
    /** Drafted or amended; not every current member has signed yet. */
    AWAITING_SIGNATURES,
    /** Every member at the time has signed. */
    IN_FORCE,
    /** Replaced by a later version (an amendment); kept for the record. */
    SUPERSEDED
}
