package vn.thidua.proposal.service;

import java.io.Serializable;
import java.time.LocalDate;

import vn.thidua.proposal.entity.ProposalStatus;

/** A proposal as a line of the inbox or of the overdue list. */
public record ProposalRow(Long id, String blocName, int year, String number, ProposalStatus status, LocalDate dueOn,
                          boolean overdue) implements Serializable {

    public Long getId() {
        return id;
    }

    public String getBlocName() {
        return blocName;
    }

    public int getYear() {
        return year;
    }

    public String getNumber() {
        return number;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public boolean isOverdue() {
        return overdue;
    }
}
