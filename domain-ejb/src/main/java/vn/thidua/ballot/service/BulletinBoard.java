package vn.thidua.ballot.service;

import java.io.Serializable;
import java.util.List;

/**
 * The published encrypted ballots of a counted electronic ballot, by tracker (never in the
 * order they were cast): each voter finds their receipt and anyone sees the ciphertexts
 * that were added up. Names no voter.
 */
public record BulletinBoard(Long ballotId, List<Entry> entries) implements Serializable {

    public BulletinBoard {
        entries = List.copyOf(entries);
    }

    /** One cast ballot: its tracker and its ciphertexts, per seat and candidate. */
    public record Entry(String tracker, List<Ciphertext> ciphertexts) implements Serializable {

        public Entry {
            ciphertexts = List.copyOf(ciphertexts);
        }

        public String getTracker() {
            return tracker;
        }

        public List<Ciphertext> getCiphertexts() {
            return ciphertexts;
        }
    }

    /** The ciphertext (α, β) of one candidate's mark: seat code, the unit standing, the two points. */
    public record Ciphertext(String seat, String candidate, String alpha, String beta) implements Serializable {

        public String getSeat() {
            return seat;
        }

        public String getCandidate() {
            return candidate;
        }

        public String getAlpha() {
            return alpha;
        }

        public String getBeta() {
            return beta;
        }
    }

    public List<Entry> getEntries() {
        return entries;
    }
}
