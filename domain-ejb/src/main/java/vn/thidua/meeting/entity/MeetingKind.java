package vn.thidua.meeting.entity;

/** Mid-year (sơ kết) or year-end (tổng kết) review. */
public enum MeetingKind {
    MID_YEAR,
    YEAR_END
}
