package vn.thidua.home.service;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A bloc's stage in a year for the Board: {@code stage} is one of {@code NOT_STARTED},
 * {@code SIGNING}, {@code SCORING}, {@code BALLOTING}, {@code PROPOSAL} (then
 * {@code proposalStatus} says where the proposal is); the counts out of {@code members};
 * {@code dueOn} the appraisal deadline; {@code late} when the appraisal is past its deadline
 * or the year is over and no proposal is filed.
 */
public record BlocStage(Long blocId, String blocName, int members, String stage, int signed, int scored,
                        int ballots, int ballotsCounted, Long proposalId, String proposalStatus, LocalDate dueOn,
                        boolean late) implements Serializable {

    public Long getBlocId() {
        return blocId;
    }

    public String getBlocName() {
        return blocName;
    }

    public int getMembers() {
        return members;
    }

    public String getStage() {
        return stage;
    }

    public int getSigned() {
        return signed;
    }

    public int getScored() {
        return scored;
    }

    public int getBallots() {
        return ballots;
    }

    public int getBallotsCounted() {
        return ballotsCounted;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public String getProposalStatus() {
        return proposalStatus;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public boolean isLate() {
        return late;
    }
}
