package vn.thidua.proposal.entity;

/** The documents of a nomination dossier (law art. 84). */
public enum DocumentKind {
    PROPOSAL,
    MEETING_MINUTES,
    COUNT_MINUTES,
    SCORE_TABLE,
    ACHIEVEMENT_REPORT
}
