package vn.thidua.ballot.service;

import java.io.Serializable;
import java.util.List;

/**
 * An electronic ballot's counting committee as pages show it: k of n (from the province's
 * rules while a draft, frozen when it opens), the members and whether each has entered
 * their share, the ballots cast and the fewest that may be counted, and once counted the
 * SHA-256 of the election record. Never a share.
 */
public record CommitteeView(Long ballotId, int threshold, int size, int minBallots, List<Member> members,
                            int ballotsCast, boolean tooFewBallots, String recordSha256) implements Serializable {

    public CommitteeView {
        members = List.copyOf(members);
    }

    /** A member: holder number (1..n), name, whether their share has been entered. */
    public record Member(int holder, String name, boolean shareEntered) implements Serializable {

        public int getHolder() {
            return holder;
        }

        public String getName() {
            return name;
        }

        public boolean isShareEntered() {
            return shareEntered;
        }
    }

    /** Shares entered so far. */
    public int getSharesEntered() {
        return (int) members.stream().filter(Member::shareEntered).count();
    }

    /** Shares still needed before the ballot can be counted. */
    public int getSharesNeeded() {
        return Math.max(0, threshold - getSharesEntered());
    }

    /** Whether one member alone can count (k = n = 1). */
    public boolean isOnePersonCounts() {
        return threshold == 1 && size == 1;
    }

    public int getThreshold() {
        return threshold;
    }

    public int getSize() {
        return size;
    }

    public int getMinBallots() {
        return minBallots;
    }

    public List<Member> getMembers() {
        return members;
    }

    public int getBallotsCast() {
        return ballotsCast;
    }

    public boolean isTooFewBallots() {
        return tooFewBallots;
    }

    public String getRecordSha256() {
        return recordSha256;
    }
}
