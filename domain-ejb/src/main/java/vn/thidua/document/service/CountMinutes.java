package vn.thidua.document.service;

import java.math.BigDecimal;
import java.util.List;

/**
 * A ballot's count minutes (biên bản kiểm phiếu). Seats and outcomes are given by their
 * code (the ballot area's enum names); the words come from the documents bundle. For an
 * electronic ballot also its counting committee (names, k of them decrypted the sums) and
 * the SHA-256 of its election record; a paper ballot has none ({@code committee} empty,
 * {@code recordSha256} null). An electronic ballot's blank ballots are never known.
 * {@code number} comes from the register of numbers (null: left blank to number by hand);
 * {@code committeeMembers} is the counting committee that signs the minutes, its head first
 * (null or empty: two signature lines to fill in by hand).
 */
public record CountMinutes(Header header, String ballotTitle, boolean paper, int entitled, int present,
                           boolean moreThan, int thresholdPercent, Integer paperIssued, Integer paperReturned,
                           int cast, int valid, int invalid, List<Seat> seats, String secretary, String chair,
                           List<String> committee, int committeeThreshold, String recordSha256, String number,
                           List<String> committeeMembers) {

    public CountMinutes {
        seats = List.copyOf(seats);
        committee = List.copyOf(committee);
        committeeMembers = committeeMembers == null ? null : List.copyOf(committeeMembers);
    }

    /** One seat kind ({@code PROVINCIAL_FLAG}, {@code LEADER}, …) with its quota and candidates, most votes first. */
    public record Seat(String code, int quota, List<Candidate> candidates) {
    }

    /** A candidate's votes, share of the present members and outcome code ({@code ELECTED}, …). */
    public record Candidate(String unitName, int votes, BigDecimal percent, String outcome) {
    }
}
