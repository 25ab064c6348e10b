package vn.thidua.document.service;

import java.util.List;

/**
 * The paper for a paper ballot (phiếu bầu), printed {@code papers} times, one per page: the
 * bloc, the year, the ballot's title, each seat with its candidates in the ballot's order
 * and a box to mark, the instructions (how many marks at most per seat, the threshold, what
 * makes a paper invalid) and the place of the counting committee's stamp. Not an official
 * document (Decree 30 does not apply to a ballot paper), and it carries nothing that could
 * tell one paper from another: no number, no serial, no unit. Seats are given by their code
 * ({@code PROVINCIAL_FLAG}, {@code LEADER}, …); the words come from the documents bundle.
 */
public record BallotPaper(String province, String blocName, int year, String ballotTitle, boolean moreThan,
                          int thresholdPercent, List<Seat> seats, int papers) {

    public BallotPaper {
        seats = List.copyOf(seats);
        if (papers < 1) {
            throw new IllegalArgumentException("papers " + papers);
        }
    }

    /** One seat kind, the most marks a paper may carry for it, and its candidates' names in the ballot's order. */
    public record Seat(String code, int maxMarks, List<String> candidates) {

        public Seat {
            candidates = List.copyOf(candidates);
        }
    }
}
