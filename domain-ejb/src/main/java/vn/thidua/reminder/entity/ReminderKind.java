package vn.thidua.reminder.entity;

/**
 * What a unit is reminded of: signing the covenant, scoring itself, voting in an open ballot,
 * filing the bloc's award proposal (the leader unit; the subject is the bloc) and having its
 * achievement report in the proposal's dossier (a nominee; the subject is the proposal)
 * before the province's filing deadline.
 */
public enum ReminderKind {
    COVENANT,
    SCORE,
    VOTE,
    PROPOSAL,
    REPORT
}
