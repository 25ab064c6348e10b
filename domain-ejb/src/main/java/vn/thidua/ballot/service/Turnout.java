package vn.thidua.ballot.service;

import java.io.Serializable;
import java.util.List;

/**
 * Who has voted (never what), and the reconciliation: entitled, present, ballots cast,
 * valid, blank, invalid. For paper ballots "cast" is the ballots returned.
 */
public record Turnout(int entitled, int present, int cast, int valid, int blank, int invalid,
                      List<String> voted, List<String> notYetVoted) implements Serializable {

    public int getEntitled() {
        return entitled;
    }

    public int getPresent() {
        return present;
    }

    public int getCast() {
        return cast;
    }

    public int getValid() {
        return valid;
    }

    public int getBlank() {
        return blank;
    }

    public int getInvalid() {
        return invalid;
    }

    public List<String> getVoted() {
        return voted;
    }

    public List<String> getNotYetVoted() {
        return notYetVoted;
    }
}
