package vn.thidua.ballot.service;

import java.util.List;

/**
 * What a client needs to encrypt a ballot itself (docs/ELECTION-RECORD.md): the election
 * id, the public key, and the seats in the election's order, each with the bounds of its
 * marks and its candidates in order (mark j of seat s is candidate j).
 */
public record ElectionParameters(Long ballotId, String election, String publicKey, List<SeatParameters> seats) {

    public ElectionParameters {
        seats = List.copyOf(seats);
    }

    /** A seat: its code, min and max marks, and the candidates (id, unit name) in order. */
    public record SeatParameters(String seat, int min, int max, List<Candidate> candidates) {

        public SeatParameters {
            candidates = List.copyOf(candidates);
        }
    }

    /** A candidate of a seat. */
    public record Candidate(Long id, String unit) {
    }
}
