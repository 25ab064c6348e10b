package vn.thidua.calendar.service;

/**
 * How a bloc's certificate quota (Bằng khen) follows from the percentage of the ballot rules.
 * The law (Law 06/2022/QH15) names the award and leaves the number to the province's
 * regulation; the default reads "at most 30% of the members" literally: the percentage of the
 * bloc's member units that year, rounded down (never above the percentage).
 */
public enum CertificateQuotaBasis {
    /** The default: members × percent / 100, rounded down. */
    MEMBERS_ROUNDED_DOWN,
    /** Rounded to the nearest whole unit (a half goes up). */
    MEMBERS_ROUNDED_NEAREST,
    /** Rounded down, but at least one when the percentage is above zero (small blocs). */
    MEMBERS_ROUNDED_DOWN_AT_LEAST_ONE;

    /** The certificates a bloc of {@code members} may propose under {@code percent}. */
    public int quota(int members, int percent) {
        int down = members * percent / 100;
        return switch (this) {
            case MEMBERS_ROUNDED_DOWN -> down;
            case MEMBERS_ROUNDED_NEAREST -> (members * percent + 50) / 100;
            case MEMBERS_ROUNDED_DOWN_AT_LEAST_ONE -> percent > 0 && members > 0 ? Math.max(1, down) : down;
        };
    }
}
