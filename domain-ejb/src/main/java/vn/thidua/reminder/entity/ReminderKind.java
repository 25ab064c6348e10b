package vn.thidua.reminder.entity;

/** What a unit is reminded of: signing the covenant, scoring itself, voting in an open ballot. */
public enum ReminderKind {
    COVENANT,
    SCORE,
    VOTE
}
