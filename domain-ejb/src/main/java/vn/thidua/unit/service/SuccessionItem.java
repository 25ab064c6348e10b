package vn.thidua.unit.service;

/** What a province succession passes to the successor, as its report lists it. */
public enum SuccessionItem {
    /** Unit records that continue under the successor (a new record each, linked to the old). */
    UNITS,
    /** Blocs whose years from the merger on belong to the successor. */
    BLOCS,
    /** Ballot rules of the merger's year and later. */
    BALLOT_RULES,
    /** Holidays and the calendar (observed by the calendar area). */
    HOLIDAYS,
    /** Settings per province and year (observed by the settings area). */
    SETTINGS,
    /** Proposals not yet decided: from now on addressed to the successor's authority. */
    PROPOSALS
}
