/**
 * The working calendar: the public holidays the Board keeps (Tết and the Hùng Kings' day
 * move with the lunar calendar, so each year's are entered) and deadlines counted in
 * working days, Saturdays, Sundays and those holidays skipped
 * ({@link vn.thidua.calendar.service.CalendarService#addWorkingDays}).
 *
 * <p>Owns the table {@code public_holiday}; serves the holidays of
 * {@code /board/dashboard/view.xhtml}; observes and fires no event. {@code internal} holds
 * the working-day arithmetic.
 */
package vn.thidua.calendar;
