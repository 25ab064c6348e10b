package vn.thidua.scoring.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Totals and ranks per unit: criteria points plus bonuses minus deductions. Equal totals
 * share a rank and the next rank is skipped (1, 1, 3), so a tie shows as a tie.
 */
public final class ScoreTable {

    private ScoreTable() {
    }

    /** A unit's sums before ranking. */
    public record UnitScore(Long unitId, String unitName, BigDecimal criteria, BigDecimal bonus, BigDecimal deduction)
            implements Serializable {

        public BigDecimal total() {
            return criteria.add(bonus).subtract(deduction);
        }
    }

    /** One ranked line of the table. */
    public record Row(int rank, boolean tied, Long unitId, String unitName, BigDecimal criteria, BigDecimal bonus,
                      BigDecimal deduction, BigDecimal total) implements Serializable {

        public int getRank() {
            return rank;
        }

        public boolean isTied() {
            return tied;
        }

        public String getUnitName() {
            return unitName;
        }

        public BigDecimal getCriteria() {
            return criteria;
        }

        public BigDecimal getBonus() {
            return bonus;
        }

        public BigDecimal getDeduction() {
            return deduction;
        }

        public BigDecimal getTotal() {
            return total;
        }
    }

    public static List<Row> rank(List<UnitScore> scores) {
        List<UnitScore> sorted = new ArrayList<>(scores);
        sorted.sort(Comparator.comparing(UnitScore::total).reversed().thenComparing(UnitScore::unitName));
        List<Row> rows = new ArrayList<>();
        for (UnitScore s : sorted) {
            BigDecimal total = s.total();
            int rank = 1 + (int) sorted.stream().filter(o -> o.total().compareTo(total) > 0).count();
            boolean tied = sorted.stream().filter(o -> o.total().compareTo(total) == 0).count() > 1;
            rows.add(new Row(rank, tied, s.unitId(), s.unitName(), s.criteria(), s.bonus(), s.deduction(), total));
        }
        return rows;
    }
}
