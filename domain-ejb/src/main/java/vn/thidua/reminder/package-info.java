/**
 * Reminders (issue 15, item 6): member units that have not signed the covenant awaiting
 * signatures, not scored themselves before the year-end review conference, or not voted in
 * an open electronic ballot, and, before the province's filing deadline of the year, the
 * leader unit that has not filed the bloc's proposal and the nominees whose achievement
 * report is not in its dossier, get a notification in the portal (addressed to the unit, so
 * every representative sees it) and an e-mail at the unit's contact address
 * ({@code unit.contact_email}) when the server has a mail session. A vote reminder goes to
 * that unit only and says only that it has not voted yet.
 *
 * <p>Owns the tables {@code reminder_schedule} (the leader's choice per bloc and year: days
 * before a deadline, the weekday of weekly reminders) and {@code reminder_claim} (one row per
 * reminder sent, unique per unit, kind, subject and day: the claim that makes a reminder go
 * out once when two nodes run the same schedule). Reads the other areas through their
 * services only ({@code internal.DueReminders}, {@code internal.DueFilings}: the filing
 * deadline from {@code CalendarService}, the proposal's state from {@code ProposalService}); writes notifications through
 * {@code NotificationService}. Observes and fires no event. {@code service} is the public
 * face ({@code ReminderService}, {@code ReminderTimer}); {@code internal} finds what is due
 * and claims it.
 */
package vn.thidua.reminder;
