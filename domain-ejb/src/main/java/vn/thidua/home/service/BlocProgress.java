package vn.thidua.home.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A bloc the caller's unit leads in a year, member by member: whether a covenant exists and
 * is in force, the open electronic ballots (columns of the members' turnout), the proposal's
 * status (null before the commendation ballot is confirmed), the date by which the proposal
 * is filed (the province's filing deadline of the year; null when none is set) and the
 * members.
 */
public record BlocProgress(Long blocId, String blocName, int year, boolean covenant, boolean covenantInForce,
                           List<String> openBallots, Long proposalId, String proposalStatus, LocalDate filingDeadline,
                           List<MemberProgress> members) implements Serializable {

    public BlocProgress {
        openBallots = List.copyOf(openBallots);
        members = List.copyOf(members);
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

    public LocalDate getFilingDeadline() {
        return filingDeadline;
    }

    public boolean isCovenant() {
        return covenant;
    }

    public boolean isCovenantInForce() {
        return covenantInForce;
    }

    public List<String> getOpenBallots() {
        return openBallots;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public String getProposalStatus() {
        return proposalStatus;
    }

    public List<MemberProgress> getMembers() {
        return members;
    }
}
