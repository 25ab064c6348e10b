package vn.thidua.ballot.service;

import java.io.Serializable;
import java.util.List;

/**
 * Who has voted and how many (never what): while a ballot is open or closed, that is all.
 * Once counted it also carries the reconciliation: valid and invalid ballots. For paper
 * ballots "cast" is the ballots returned. {@code valid} and {@code invalid} are null before
 * the count; {@code blank} is null unless known (an electronic ballot decrypts only the
 * per-candidate sums, so its blank ballots are never known).
 */
public record Turnout(int entitled, int present, int cast, Integer valid, Integer blank, Integer invalid,
                      List<String> voted, List<String> notYetVoted) implements Serializable {

    public Turnout {
        voted = List.copyOf(voted);
        notYetVoted = List.copyOf(notYetVoted);
    }

    public int getEntitled() {
        return entitled;
    }

    public int getPresent() {
        return present;
    }

    public int getCast() {
        return cast;
    }

    public Integer getValid() {
        return valid;
    }

    public Integer getBlank() {
        return blank;
    }

    public Integer getInvalid() {
        return invalid;
    }

    public List<String> getVoted() {
        return voted;
    }

    public List<String> getNotYetVoted() {
        return notYetVoted;
    }
}
