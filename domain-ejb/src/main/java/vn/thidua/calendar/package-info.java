/**
 * The working calendar and a province's settings per year (issue 15, item 7).
 *
 * <p>The calendar: the national public holidays the Board keeps (Tết and the Hùng Kings' day
 * move with the lunar calendar, so each year's are entered) and each province's own days
 * (holidays, swapped working days, extra days off); deadlines are counted in working days,
 * Saturdays, Sundays and days off skipped and swapped working days counted
 * ({@link vn.thidua.calendar.service.CalendarService#appraisalDue}).
 *
 * <p>The settings per province and year, with the law's defaults
 * ({@link vn.thidua.calendar.service.ProvinceSettingsService}): the appraisal deadline (20
 * working days), the basis of the certificate quota (the bloc's members, rounded down), who
 * signs at province level (a vice-chair "KT. CHỦ TỊCH", the head of the Board) and their
 * names, and the date by which the blocs file the year's award proposals (none by default;
 * {@link vn.thidua.calendar.service.CalendarService#filingDeadline}, read by the reminder and
 * home areas). A year without its own settings uses the latest earlier year's, except the
 * filing deadline, which is the year's own.
 *
 * <p>Owns the tables {@code public_holiday}, {@code calendar_day} and
 * {@code province_settings}; serves {@code /board/settings/edit.xhtml} and the holidays of
 * {@code /board/dashboard/view.xhtml}; the proposal area asks it for due dates, the ballot area
 * for certificate quotas, the proposal and registry areas for signers. Observes
 * {@link vn.thidua.unit.service.ProvinceSuccession} (the predecessor's days and settings from
 * the effective date on are copied to the successor, the successor's own rows winning); fires no event.
 * {@code internal} holds the working-day arithmetic, the rules of calendar days and the
 * succession observer.
 */
package vn.thidua.calendar;
