package vn.thidua.covenant.entity;

/** The kinds of item of a covenant's score scale. */
public enum CriterionKind {
    /** Scored by each unit itself, then reviewed by the leader. */
    CRITERION,
    /** Added by the leader, e.g. for a new model. */
    BONUS,
    /** Subtracted by the leader, e.g. for late reports. */
    DEDUCTION
}
