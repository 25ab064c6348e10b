package vn.thidua.calendar.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CertificateQuotaBasisTest {

    @Test
    void theLawsDefaultNeverGoesAboveThePercentage() {
        assertEquals(1, CertificateQuotaBasis.MEMBERS_ROUNDED_DOWN.quota(5, 30));
        assertEquals(0, CertificateQuotaBasis.MEMBERS_ROUNDED_DOWN.quota(3, 30));
        assertEquals(4, CertificateQuotaBasis.MEMBERS_ROUNDED_DOWN.quota(15, 30));
    }

    @Test
    void theOtherBasesRoundToNearestOrKeepOne() {
        assertEquals(2, CertificateQuotaBasis.MEMBERS_ROUNDED_NEAREST.quota(5, 30));
        assertEquals(1, CertificateQuotaBasis.MEMBERS_ROUNDED_NEAREST.quota(3, 30));
        assertEquals(1, CertificateQuotaBasis.MEMBERS_ROUNDED_DOWN_AT_LEAST_ONE.quota(3, 30));
        assertEquals(4, CertificateQuotaBasis.MEMBERS_ROUNDED_DOWN_AT_LEAST_ONE.quota(15, 30));
        assertEquals(0, CertificateQuotaBasis.MEMBERS_ROUNDED_DOWN_AT_LEAST_ONE.quota(3, 0));
    }
}
