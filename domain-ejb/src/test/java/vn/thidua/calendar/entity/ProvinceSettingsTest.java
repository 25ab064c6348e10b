package vn.thidua.calendar.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.thidua.calendar.service.CertificateQuotaBasis;
import vn.thidua.calendar.service.SignsAs;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.unit.entity.Province;

class ProvinceSettingsTest {

    private static final Province PROVINCE = new Province("DNO", "Đắk Nông");

    @Test
    void theLawsDefaultsUntilChanged() {
        ProvinceSettings s = new ProvinceSettings(PROVINCE, 2024);
        assertEquals(20, s.getAppraisalWorkingDays());
        assertEquals(CertificateQuotaBasis.MEMBERS_ROUNDED_DOWN, s.getCertificateBasis());
        assertEquals(SignsAs.DEPUTY, s.getChairRole());
        assertEquals(SignsAs.HEAD, s.getBoardHeadRole());
        assertNull(s.getChairName());
    }

    @Test
    void outOfRangeValuesAreRefusedAndBlankNamesStayBlank() {
        ProvinceSettings s = new ProvinceSettings(PROVINCE, 2024);
        assertEquals("error.settings.appraisalDays", assertThrows(InvalidInputException.class, () -> s.change(0,
                CertificateQuotaBasis.MEMBERS_ROUNDED_DOWN, null, SignsAs.HEAD, null, SignsAs.HEAD)).getMessageKey());
        assertEquals("error.settings.appraisalDays", assertThrows(InvalidInputException.class, () -> s.change(61,
                CertificateQuotaBasis.MEMBERS_ROUNDED_DOWN, null, SignsAs.HEAD, null, SignsAs.HEAD)).getMessageKey());
        assertEquals("error.settings.nameLength", assertThrows(InvalidInputException.class, () -> s.change(20,
                CertificateQuotaBasis.MEMBERS_ROUNDED_DOWN, "x".repeat(101), SignsAs.HEAD, null, SignsAs.HEAD))
                .getMessageKey());
        assertEquals(20, s.getAppraisalWorkingDays(), "nothing changed");
        s.change(60, CertificateQuotaBasis.MEMBERS_ROUNDED_NEAREST, "  Nguyễn Văn Bình ", SignsAs.HEAD, "  ",
                SignsAs.DEPUTY);
        assertEquals(60, s.getAppraisalWorkingDays());
        assertEquals("Nguyễn Văn Bình", s.getChairName());
        assertNull(s.getBoardHeadName());
        assertEquals("error.bloc.year", assertThrows(InvalidInputException.class,
                () -> new ProvinceSettings(PROVINCE, 1999)).getMessageKey());
    }

    @Test
    void theFilingDeadlineFallsInTheYearOrTheNextAndBelongsToItsYear() {
        ProvinceSettings s = new ProvinceSettings(PROVINCE, 2012);
        assertNull(s.getFilingDeadline(), "no deadline by default");
        InvalidInputException early = assertThrows(InvalidInputException.class, () -> s.change(20,
                CertificateQuotaBasis.MEMBERS_ROUNDED_DOWN, null, SignsAs.HEAD, null, SignsAs.HEAD,
                LocalDate.of(2011, 12, 31)));
        assertEquals("error.settings.filingDeadline", early.getMessageKey());
        assertEquals(2012, early.getArguments()[0]);
        assertEquals(2013, early.getArguments()[1]);
        assertEquals("error.settings.filingDeadline", assertThrows(InvalidInputException.class, () -> s.change(15,
                CertificateQuotaBasis.MEMBERS_ROUNDED_DOWN, null, SignsAs.HEAD, null, SignsAs.HEAD,
                LocalDate.of(2014, 1, 1))).getMessageKey());
        assertEquals(20, s.getAppraisalWorkingDays(), "nothing changed");
        assertNull(s.getFilingDeadline());

        s.change(20, CertificateQuotaBasis.MEMBERS_ROUNDED_DOWN, null, SignsAs.HEAD, null, SignsAs.HEAD,
                LocalDate.of(2013, 1, 15));
        assertEquals(LocalDate.of(2013, 1, 15), s.getFilingDeadline());
        s.change(25, CertificateQuotaBasis.MEMBERS_ROUNDED_DOWN, null, SignsAs.HEAD, null, SignsAs.HEAD);
        assertEquals(LocalDate.of(2013, 1, 15), s.getFilingDeadline(), "the change without a date keeps it");
        s.change(25, CertificateQuotaBasis.MEMBERS_ROUNDED_DOWN, null, SignsAs.HEAD, null, SignsAs.HEAD,
                LocalDate.of(2012, 12, 20));
        assertEquals(LocalDate.of(2012, 12, 20), s.getFilingDeadline());

        Province successor = new Province("LDG", "Lâm Đồng");
        assertEquals(LocalDate.of(2012, 12, 20), new ProvinceSettings(successor, 2012, s).getFilingDeadline(),
                "a succession copies the year's deadline");
        assertNull(new ProvinceSettings(successor, 2013, s).getFilingDeadline(), "a date does not pass to another year");
        assertEquals(25, new ProvinceSettings(successor, 2013, s).getAppraisalWorkingDays());
    }
}
