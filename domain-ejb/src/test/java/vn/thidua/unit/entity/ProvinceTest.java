package vn.thidua.unit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.thidua.shared.InvalidInputException;
import vn.thidua.unit.service.StreakRule;

/** A province as a dated record: Đắk Nông's records end on 30 June 2025 and continue in Lâm Đồng. */
class ProvinceTest {

    private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

    @Test
    void documentsTakeTheProvinceValidOnTheirDateAndBlocYearsTheSuccessorFromTheMergersYear() {
        Province dakNong = new Province("DNO", "Đắk Nông");
        Province lamDong = new Province("LDG", "Lâm Đồng");
        dakNong.endInto(lamDong, MERGER);

        assertEquals(LocalDate.of(2025, 6, 30), dakNong.getValidTo());
        assertSame(dakNong, dakNong.on(LocalDate.of(2025, 6, 30)));
        assertSame(lamDong, dakNong.on(MERGER));
        assertSame(lamDong, dakNong.on(LocalDate.of(2025, 12, 27)));
        assertSame(dakNong, dakNong.inYear(2024));
        assertSame(lamDong, dakNong.inYear(2025));
        assertSame(lamDong, lamDong.inYear(2023));
        assertEquals(StreakRule.LONGEST_PREDECESSOR, lamDong.getStreakRule(), "the law's default");
    }

    @Test
    void aProvinceEndsOnceIntoAnotherCurrentOne() {
        Province dakNong = new Province("DNO", "Đắk Nông");
        Province lamDong = new Province("LDG", "Lâm Đồng");
        Province other = new Province("KHA", "Khánh Hòa");
        assertThrows(InvalidInputException.class, () -> dakNong.endInto(dakNong, MERGER));
        dakNong.endInto(lamDong, MERGER);
        assertThrows(InvalidInputException.class, () -> dakNong.endInto(other, MERGER.plusYears(1)));
        assertThrows(InvalidInputException.class, () -> other.endInto(dakNong, MERGER.plusYears(1)));
        assertThrows(InvalidInputException.class, () -> other.endInto(lamDong, LocalDate.of(1999, 1, 1)));
    }
}
