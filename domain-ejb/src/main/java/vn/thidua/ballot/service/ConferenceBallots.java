package vn.thidua.ballot.service;

import java.io.Serializable;
import java.util.List;

/**
 * The ballots of one conference as the caller sees them: the conference (kind, bloc,
 * year), its ballots, the bloc's member units of the year (who may stand and be present),
 * the caller's own member unit if any, and whether the caller keeps the year's ballots
 * (leader, deputy or Board specialist).
 */
public record ConferenceBallots(Long meetingId, String meetingKind, Long blocId, String blocName, int year,
                                List<BallotView> ballots, List<Member> members, Member myUnit, boolean keeper)
        implements Serializable {

    public ConferenceBallots {
        ballots = List.copyOf(ballots);
        members = List.copyOf(members);
    }

    /** A member unit of the bloc in the year. */
    public record Member(Long unitId, String name) implements Serializable {

        public Long getUnitId() {
            return unitId;
        }

        public String getName() {
            return name;
        }
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public String getMeetingKind() {
        return meetingKind;
    }

    public Long getBlocId() {
        return blocId;
    }

    public String getBlocName() {
        return blocName;
    }

    public int getYear() {
        return year;
    }

    public List<BallotView> getBallots() {
        return ballots;
    }

    public List<Member> getMembers() {
        return members;
    }

    public Member getMyUnit() {
        return myUnit;
    }

    public boolean isKeeper() {
        return keeper;
    }
}
