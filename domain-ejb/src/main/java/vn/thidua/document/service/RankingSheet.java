package vn.thidua.document.service;

import java.math.BigDecimal;
import java.util.List;

/** A bloc's ranking of a year, for the .xlsx score table. */
public record RankingSheet(int year, String blocName, List<Row> rows) {

    public record Row(int rank, String unitName, BigDecimal criteria, BigDecimal bonus, BigDecimal deduction,
                      BigDecimal total) {
    }
}
