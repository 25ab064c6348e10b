package vn.thidua.bloc.entity;

/** The two yearly roles of a bloc. */
public enum LeadershipRole {
    /** Khối trưởng. */
    LEADER,
    /** Khối phó. */
    DEPUTY
}
