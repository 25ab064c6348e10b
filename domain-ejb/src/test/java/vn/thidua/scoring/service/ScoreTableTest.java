package vn.thidua.scoring.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class ScoreTableTest {

    private static ScoreTable.UnitScore score(long id, String name, String criteria, String bonus, String deduction) {
        return new ScoreTable.UnitScore(id, name, new BigDecimal(criteria), new BigDecimal(bonus), new BigDecimal(deduction));
    }

    @Test
    void totalsAddBonusesSubtractDeductionsAndTiesShareARank() {
        List<ScoreTable.Row> rows = ScoreTable.rank(List.of(
                score(1, "Hội Nông dân", "90", "0", "0"),
                score(2, "Tỉnh đoàn", "88", "5", "3"),       // 90: tied with Hội Nông dân
                score(3, "Hội LHPN", "92", "3", "0"),        // 95: first
                score(4, "Hội CCB", "85", "0", "2.5"),       // 82.5
                score(5, "LĐLĐ", "91", "0", "1")));          // 90: three-way tie

        assertEquals(List.of("Hội LHPN", "Hội Nông dân", "LĐLĐ", "Tỉnh đoàn", "Hội CCB"),
                rows.stream().map(ScoreTable.Row::unitName).toList());
        assertEquals(List.of(1, 2, 2, 2, 5), rows.stream().map(ScoreTable.Row::rank).toList());
        assertFalse(rows.get(0).tied());
        assertTrue(rows.get(1).tied() && rows.get(2).tied() && rows.get(3).tied());
        assertEquals(0, new BigDecimal("95").compareTo(rows.get(0).total()));
        assertEquals(0, new BigDecimal("82.5").compareTo(rows.get(4).total()));
    }

    @Test
    void emptyBlocHasEmptyRanking() {
        assertTrue(ScoreTable.rank(List.of()).isEmpty());
    }
}
