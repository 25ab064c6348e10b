package vn.thidua.document.service;

import java.math.BigDecimal;
import java.util.List;

/**
 * A bloc's consolidated report of a year (báo cáo tổng kết) to the Board: its members'
 * ranking, its joint activities and the nominees it proposes, signed for the bloc by the
 * leader unit's head (under a delegation, {@code delegated}: by the deputy unit's head, "KT. KHỐI
 * TRƯỞNG / KHỐI PHÓ").
 */
public record BlocReport(Header header, String number, int year, String blocName, List<Row> ranking,
                         List<String> activities, List<ProposalLetter.Nominee> nominees, String leaderUnitName,
                         String signer, boolean delegated) {

    /** A report signed by the leader unit's head itself. */
    public BlocReport(Header header, String number, int year, String blocName, List<Row> ranking,
                      List<String> activities, List<ProposalLetter.Nominee> nominees, String leaderUnitName,
                      String signer) {
        this(header, number, year, blocName, ranking, activities, nominees, leaderUnitName, signer, false);
    }

    public record Row(int rank, String unitName, BigDecimal total) {
    }
}
