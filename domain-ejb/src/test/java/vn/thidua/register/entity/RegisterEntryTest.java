package vn.thidua.register.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import vn.thidua.register.service.Issue;

/** The sign printed after "Số:" and a bloc's default abbreviation. */
class RegisterEntryTest {

    @Test
    void numbersBelowTenArePaddedAndTheSignJoinsKindAndIssuer() {
        assertEquals("05/TTr-KTĐ03", RegisterEntry.sign(5, "TTr", "KTĐ03"));
        assertEquals("12/BB-KTĐ03", RegisterEntry.sign(12, "BB", "KTĐ03"));
        assertEquals("120/QĐ-UBND", RegisterEntry.sign(120, "QĐ", "UBND"));
    }

    @Test
    void aBlocCodeWithoutDiacriticsGivesTheBlocsAbbreviation() {
        assertEquals("KTĐ03", Issue.blocAbbreviation("KTD03"));
        assertEquals("KTĐ12", Issue.blocAbbreviation("ktd12"));
        assertEquals("MX", Issue.blocAbbreviation("MX"));
    }
}
