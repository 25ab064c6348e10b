package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.thidua.calendar.service.CalendarDayView;
import vn.thidua.calendar.service.CalendarService;
import vn.thidua.calendar.service.CertificateQuotaBasis;
import vn.thidua.calendar.service.DayKind;
import vn.thidua.calendar.service.ProvinceSettingsService;
import vn.thidua.calendar.service.ProvinceSettingsView;
import vn.thidua.calendar.service.SettingsInput;
import vn.thidua.calendar.service.SignsAs;
import vn.thidua.document.service.Signer;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.unit.service.UnitService;

/**
 * Settings per province and year (issue 15, item 7) in the real server and database, on
 * provinces the test creates: the appraisal due date follows the province's calendar (the
 * official day off of 29/04/2024 with its swapped Saturday 04/05/2024; 02/05/2025 with
 * Saturday 26/04/2025) and its deadline; a year without its own settings uses the latest
 * earlier year's, a province without any the law's defaults; bad input is refused with its
 * message and nothing written; the signers' names reach the documents' signature blocks; a
 * province's succession copies the predecessor's days and settings to the successor without
 * overwriting the successor's own. The filing deadline of a year (2011 to 2013 here) lies in
 * the year or the next, belongs to its year only and passes on in a succession.
 */
@ExtendWith(ArquillianExtension.class)
class ProvinceSettingsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(ProvinceSettingsIT.class, ProvinceSuccessionFiring.class);
    }

    @Inject
    private AsBoardSpecialist asSpecialist;

    @Inject
    private AsBoardLeader asBoardLeader;

    @Inject
    private AsYouthUnion asMember;

    @Inject
    private UnitService units;

    @Inject
    private ProvinceSettingsService settings;

    @Inject
    private CalendarService calendar;

    @Inject
    private ProvinceSuccessionFiring successions;

    private Long newProvince(String name) throws Exception {
        String code = "ST" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        return asSpecialist.call(() -> units.createProvince(code, name)).getId();
    }

    private static CalendarDayView day(int y, int m, int d, DayKind kind, String name) {
        return new CalendarDayView(LocalDate.of(y, m, d), kind, name);
    }

    private static SettingsInput input(int days) {
        return new SettingsInput(days, CertificateQuotaBasis.MEMBERS_ROUNDED_DOWN, null, SignsAs.DEPUTY, null,
                SignsAs.HEAD);
    }

    @Test
    void theAppraisalDueDateFollowsTheProvincesCalendarAroundThe2024And2025BridgeHolidays() throws Exception {
        Long province = newProvince("Tỉnh kiểm thử lịch");
        Long other = newProvince("Tỉnh kiểm thử mặc định");
        // without settings: the law's 20 working days over the national holidays only
        // (Fri 26/04/2024: 29/04 counts, 30/04 and 01/05 are off)
        assertEquals(LocalDate.of(2024, 5, 28), asMember.call(() -> calendar.appraisalDue(province, LocalDate.of(2024, 4, 26))));
        ProvinceSettingsView defaults = asSpecialist.call(() -> settings.settings(province, 2024));
        assertNull(defaults.fromYear());
        assertEquals(20, defaults.appraisalWorkingDays());

        // 2024: Monday 29/04 off, Saturday 04/05 worked back; a deadline of 3 working days
        asSpecialist.call(() -> {
            settings.save(province, 2024, input(3), List.of(day(2024, 5, 4, DayKind.SWAPPED_WORKING_DAY, "Làm bù cho 29/4"),
                    day(2024, 4, 29, DayKind.EXTRA_DAY_OFF, "Nghỉ bù nối lễ 30/4")));
            return null;
        });
        // submitted Friday 26/04/2024: Thu 02/05, Fri 03/05, Sat 04/05 (worked)
        assertEquals(LocalDate.of(2024, 5, 4), asMember.call(() -> calendar.appraisalDue(province, LocalDate.of(2024, 4, 26))));
        // the other province keeps the national calendar and the law's deadline
        assertEquals(LocalDate.of(2024, 5, 28), asMember.call(() -> calendar.appraisalDue(other, LocalDate.of(2024, 4, 26))));
        ProvinceSettingsView saved = asBoardLeader.call(() -> settings.settings(province, 2024));
        assertEquals(Integer.valueOf(2024), saved.fromYear());
        assertEquals(List.of(LocalDate.of(2024, 4, 29), LocalDate.of(2024, 5, 4)),
                saved.days().stream().map(CalendarDayView::day).toList());

        // 2025 has no settings of its own: 2024's deadline (3 days) carries over; without the
        // province's days: Mon 28/04, Tue 29/04, Fri 02/05
        assertEquals(Integer.valueOf(2024), asSpecialist.call(() -> settings.settings(province, 2025)).fromYear());
        assertEquals(LocalDate.of(2025, 5, 2), asMember.call(() -> calendar.appraisalDue(province, LocalDate.of(2025, 4, 25))));
        // 2025: Saturday 26/04 worked ahead, Friday 02/05 off; 5 working days
        asBoardLeader.call(() -> {
            settings.save(province, 2025, input(5), List.of(day(2025, 4, 26, DayKind.SWAPPED_WORKING_DAY, "Làm bù cho 2/5"),
                    day(2025, 5, 2, DayKind.EXTRA_DAY_OFF, "Nghỉ nối lễ 1/5")));
            return null;
        });
        // Fri 25/04/2025: Sat 26 (worked), Mon 28, Tue 29, (30/04, 01/05, 02/05 off), Mon 05/05, Tue 06/05
        assertEquals(LocalDate.of(2025, 5, 6), asMember.call(() -> calendar.appraisalDue(province, LocalDate.of(2025, 4, 25))));
        // 2024 is unchanged by 2025's save
        assertEquals(LocalDate.of(2024, 5, 4), asMember.call(() -> calendar.appraisalDue(province, LocalDate.of(2024, 4, 26))));
    }

    @Test
    void badInputIsRefusedWithItsMessageAndNothingIsWritten() throws Exception {
        Long province = newProvince("Tỉnh kiểm thử kiểm tra");
        asSpecialist.call(() -> {
            settings.save(province, 2024, input(10), List.of(day(2024, 4, 29, DayKind.EXTRA_DAY_OFF, "Nghỉ bù")));
            return null;
        });
        InvalidInputException weekday = assertThrows(InvalidInputException.class, () -> asSpecialist.call(() -> {
            settings.save(province, 2024, input(4), List.of(day(2024, 4, 29, DayKind.EXTRA_DAY_OFF, "Nghỉ bù"),
                    day(2024, 5, 3, DayKind.SWAPPED_WORKING_DAY, "Thứ Sáu")));
            return null;
        }));
        assertEquals("error.settings.swappedWeekday", weekday.getMessageKey());
        assertEquals(2, weekday.getArguments()[0]);
        assertEquals("error.settings.appraisalDays", assertThrows(InvalidInputException.class, () -> asSpecialist.call(() -> {
            settings.save(province, 2024, input(0), List.of());
            return null;
        })).getMessageKey());
        ProvinceSettingsView unchanged = asSpecialist.call(() -> settings.settings(province, 2024));
        assertEquals(10, unchanged.appraisalWorkingDays());
        assertEquals(1, unchanged.days().size());
        // a member representative reads due dates but does not change settings
        assertThrows(EJBAccessException.class, () -> asMember.call(() -> {
            settings.save(province, 2024, input(4), List.of());
            return null;
        }));
    }

    @Test
    void theSignersNamesAndTheCertificateBasisFollowTheYear() throws Exception {
        Long province = newProvince("Tỉnh kiểm thử người ký");
        Signer blank = asSpecialist.call(() -> settings.chairSigner(province, LocalDate.of(2095, 3, 1)));
        assertEquals("KT. CHỦ TỊCH", blank.authority());
        assertNull(blank.name());
        asSpecialist.call(() -> {
            settings.save(province, 2095, new SettingsInput(20, CertificateQuotaBasis.MEMBERS_ROUNDED_DOWN_AT_LEAST_ONE,
                    "Nguyễn Văn Bình", SignsAs.DEPUTY, "Trần Thị Hoa", SignsAs.DEPUTY), List.of());
            return null;
        });
        Signer chair = asSpecialist.call(() -> settings.chairSigner(province, LocalDate.of(2095, 3, 1)));
        assertEquals("KT. CHỦ TỊCH", chair.authority());
        assertEquals("PHÓ CHỦ TỊCH", chair.title());
        assertEquals("Nguyễn Văn Bình", chair.name());
        Signer head = asMember.call(() -> settings.boardHeadSigner(province, LocalDate.of(2096, 1, 5)));
        assertEquals("KT. TRƯỞNG BAN", head.authority());
        assertEquals("Trần Thị Hoa", head.name(), "2096 carries 2095's signers");
        assertNull(asSpecialist.call(() -> settings.boardHeadSigner(province, LocalDate.of(2094, 12, 31))).name());
        // a bloc of 3 at 30%: none by the law's default, one on this province's basis
        assertEquals(1, asMember.call(() -> settings.certificateQuota(province, 2095, 3, 30)));
        assertEquals(0, asMember.call(() -> settings.certificateQuota(province, 2094, 3, 30)));
        asBoardLeader.call(() -> {
            settings.save(province, 2096, new SettingsInput(20, CertificateQuotaBasis.MEMBERS_ROUNDED_DOWN, "Lê Văn An",
                    SignsAs.HEAD, null, SignsAs.HEAD), List.of());
            return null;
        });
        Signer chairInPerson = asSpecialist.call(() -> settings.chairSigner(province, LocalDate.of(2096, 6, 1)));
        assertNull(chairInPerson.authority());
        assertEquals("CHỦ TỊCH", chairInPerson.title());
        assertEquals("Lê Văn An", chairInPerson.name());
    }

    @Test
    void aSuccessionCopiesThePredecessorsDaysAndSettingsWithoutOverwritingTheSuccessors() throws Exception {
        Long predecessor = newProvince("Tỉnh kiểm thử trước sáp nhập");
        Long successor = newProvince("Tỉnh kiểm thử sau sáp nhập");
        asSpecialist.call(() -> {
            settings.save(predecessor, 2025, input(5), List.of(day(2025, 4, 26, DayKind.SWAPPED_WORKING_DAY, "Làm bù"),
                    day(2025, 5, 2, DayKind.EXTRA_DAY_OFF, "Nghỉ nối lễ"),
                    day(2025, 8, 15, DayKind.HOLIDAY, "Ngày truyền thống của tỉnh cũ"),
                    day(2025, 10, 20, DayKind.HOLIDAY, "Ngày của tỉnh cũ")));
            settings.save(predecessor, 2026, input(7), List.of());
            settings.save(successor, 2026, input(12), List.of());
            settings.save(successor, 2025, input(9), List.of(day(2025, 10, 20, DayKind.EXTRA_DAY_OFF, "Ngày của tỉnh mới")));
            return null;
        });
        // the successor had its own 2025: it stays; only the predecessor's later days are added
        asSpecialist.call(() -> {
            successions.fire(predecessor, successor, LocalDate.of(2025, 7, 1));
            return null;
        });
        ProvinceSettingsView after2025 = asSpecialist.call(() -> settings.settings(successor, 2025));
        assertEquals(9, after2025.appraisalWorkingDays(), "the successor's own 2025 settings win");
        assertEquals(List.of("2025-08-15 HOLIDAY Ngày truyền thống của tỉnh cũ", "2025-10-20 EXTRA_DAY_OFF Ngày của tỉnh mới"),
                after2025.days().stream().map(d -> d.day() + " " + d.kind() + " " + d.name()).toList());
        assertEquals(12, asSpecialist.call(() -> settings.settings(successor, 2026)).appraisalWorkingDays());
        // the predecessor keeps its record
        ProvinceSettingsView kept = asSpecialist.call(() -> settings.settings(predecessor, 2025));
        assertEquals(5, kept.appraisalWorkingDays());
        assertEquals(4, kept.days().size());

        // a successor without settings takes the predecessor's from the effective year on
        Long third = newProvince("Tỉnh kiểm thử kế thừa");
        asSpecialist.call(() -> {
            successions.fire(predecessor, third, LocalDate.of(2025, 7, 1));
            return null;
        });
        ProvinceSettingsView taken = asSpecialist.call(() -> settings.settings(third, 2025));
        assertEquals(Integer.valueOf(2025), taken.fromYear());
        assertEquals(5, taken.appraisalWorkingDays());
        assertEquals(2, taken.days().size(), "only the days from 01/07/2025 on: " + taken.days());
        assertEquals(7, asSpecialist.call(() -> settings.settings(third, 2026)).appraisalWorkingDays());
        assertNull(asSpecialist.call(() -> settings.settings(third, 2024)).fromYear(), "earlier years are not copied");
        // the copied calendar counts in the successor: from Thu 14/08/2025, Fri 15/08 off, then 18-22/08
        assertEquals(LocalDate.of(2025, 8, 22), asMember.call(() -> calendar.appraisalDue(third, LocalDate.of(2025, 8, 14))));
    }

    @Test
    void theFilingDeadlineIsADayOfTheYearOrTheNextBelongsToItsYearAndPassesToASuccessor() throws Exception {
        Long province = newProvince("Tỉnh kiểm thử hạn nộp hồ sơ");
        assertNull(asSpecialist.call(() -> settings.settings(province, 2012)).filingDeadline(), "none by default");
        assertNull(asMember.call(() -> calendar.filingDeadline(province, 2012)));

        // 02/01/2014 is neither in 2012 nor in 2013: refused with its message, nothing written
        InvalidInputException late = assertThrows(InvalidInputException.class, () -> asSpecialist.call(() -> {
            settings.save(province, 2012, deadline(12, LocalDate.of(2014, 1, 2)),
                    List.of(day(2012, 4, 30, DayKind.HOLIDAY, "Ngày của tỉnh")));
            return null;
        }));
        assertEquals("error.settings.filingDeadline", late.getMessageKey());
        assertEquals(List.of(2012, 2013), List.of(late.getArguments()));
        assertEquals("error.settings.filingDeadline", assertThrows(InvalidInputException.class,
                () -> asBoardLeader.call(() -> {
                    settings.save(province, 2012, deadline(12, LocalDate.of(2011, 12, 31)), List.of());
                    return null;
                })).getMessageKey());
        ProvinceSettingsView refused = asSpecialist.call(() -> settings.settings(province, 2012));
        assertNull(refused.fromYear(), "nothing stored");
        assertEquals(20, refused.appraisalWorkingDays());
        assertEquals(List.of(), refused.days());

        // 15/01/2013 for the 2012 proposals: saved, read back by the Board and by members
        asSpecialist.call(() -> {
            settings.save(province, 2012, deadline(12, LocalDate.of(2013, 1, 15)), List.of());
            return null;
        });
        ProvinceSettingsView saved = asSpecialist.call(() -> settings.settings(province, 2012));
        assertEquals(LocalDate.of(2013, 1, 15), saved.filingDeadline());
        assertEquals(12, saved.appraisalWorkingDays());
        assertEquals(LocalDate.of(2013, 1, 15), asMember.call(() -> calendar.filingDeadline(province, 2012)));
        // 2013 carries 2012's settings, not its date
        ProvinceSettingsView carried = asSpecialist.call(() -> settings.settings(province, 2013));
        assertEquals(Integer.valueOf(2012), carried.fromYear());
        assertEquals(12, carried.appraisalWorkingDays());
        assertNull(carried.filingDeadline());
        assertNull(asMember.call(() -> calendar.filingDeadline(province, 2013)));
        assertNull(asMember.call(() -> calendar.filingDeadline(province, 2011)));

        // a successor province from 01/07/2012 takes the 2012 settings with their deadline
        Long successor = newProvince("Tỉnh kiểm thử kế thừa hạn nộp");
        asSpecialist.call(() -> {
            successions.fire(province, successor, LocalDate.of(2012, 7, 1));
            return null;
        });
        assertEquals(LocalDate.of(2013, 1, 15), asSpecialist.call(() -> settings.settings(successor, 2012)).filingDeadline());
        assertEquals(LocalDate.of(2013, 1, 15), asMember.call(() -> calendar.filingDeadline(successor, 2012)));
    }

    private static SettingsInput deadline(int days, LocalDate filingDeadline) {
        return new SettingsInput(days, CertificateQuotaBasis.MEMBERS_ROUNDED_DOWN, null, SignsAs.DEPUTY, null,
                SignsAs.HEAD, filingDeadline);
    }
}
