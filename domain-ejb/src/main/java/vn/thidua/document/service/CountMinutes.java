package vn.thidua.document.service;

import java.math.BigDecimal;
import java.util.List;

/**
 * A ballot's count minutes (biên bản kiểm phiếu). Seats and outcomes are given by their
 * code (the ballot area's enum names); the words come from the documents bundle.
 */
public record CountMinutes(Header header, String ballotTitle, boolean paper, int entitled, int present,
                           boolean moreThan, int thresholdPercent, Integer paperIssued, Integer paperReturned,
                           int cast, int valid, int blank, int invalid, List<Seat> seats,
                           String secretary, String chair) {

    /** One seat kind ({@code PROVINCIAL_FLAG}, {@code LEADER}, …) with its quota and candidates, most votes first. */
    public record Seat(String code, int quota, List<Candidate> candidates) {
    }

    /** A candidate's votes, share of the present members and outcome code ({@code ELECTED}, …). */
    public record Candidate(String unitName, int votes, BigDecimal percent, String outcome) {
    }
}
