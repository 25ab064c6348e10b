package vn.thidua.calendar.service;

/**
 * What a province's calendar day is: a holiday (ngày lễ), a swapped working day (ngày làm
 * bù: a Saturday or Sunday worked to make a bridge holiday, such as Saturday 04/05/2024 for
 * Monday 29/04/2024) or an extra day off (ngày nghỉ bù / nghỉ thêm, such as 29/04/2024).
 */
public enum DayKind {
    HOLIDAY,
    SWAPPED_WORKING_DAY,
    EXTRA_DAY_OFF;

    /** Whether deadlines skip the day. */
    public boolean isDayOff() {
        return this != SWAPPED_WORKING_DAY;
    }
}
