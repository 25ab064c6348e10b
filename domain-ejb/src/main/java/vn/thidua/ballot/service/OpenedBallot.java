package vn.thidua.ballot.service;

import java.util.List;

/**
 * The answer to opening a ballot. For an electronic ballot: the committee members' shares
 * (shown once in this answer, kept nowhere: the caller must not store them, in a session,
 * a view or a log), k, and what the database's logs record; for a paper ballot none.
 */
public record OpenedBallot(Long ballotId, int threshold, List<CommitteeShare> shares,
                           DatabaseLogging.Settings database) {

    public OpenedBallot {
        shares = List.copyOf(shares);
    }

    @Override
    public String toString() {
        return "OpenedBallot[ballotId=" + ballotId + ", shares=" + shares.size() + "]";
    }
}
