package vn.thidua.document.service;

import java.util.List;

/**
 * A bloc's annual report of a year (báo cáo tổng kết) to the Board: the five sections'
 * texts in their order (joint activities, scores and ranking, the common model, ballots and
 * results, the direction for next year), with its number once issued; signed for the bloc by
 * the leader unit's head.
 */
public record AnnualReportDocument(Header header, String number, int year, String blocName, List<String> sections,
                                   String signer) {

    public AnnualReportDocument {
        sections = List.copyOf(sections);
    }
}
