package vn.thidua.bloc.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A delegation of the leader's powers to the deputy, read-only: who (both units and the
 * deputy unit's signer), the period, the reason, who gave it and whether it was ended early.
 */
public record DelegationView(Long id, String leaderUnitName, String deputyUnitName, String deputySigner,
                             LocalDate validFrom, LocalDate validTo, String reason, String givenBy,
                             LocalDateTime endedAt, boolean activeToday) implements Serializable {

    /** Whether it still runs or is still to come (it may be ended). */
    public boolean isEndable() {
        return endedAt == null && !validTo.isBefore(LocalDate.now());
    }

    public Long getId() {
        return id;
    }

    public String getLeaderUnitName() {
        return leaderUnitName;
    }

    public String getDeputyUnitName() {
        return deputyUnitName;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getReason() {
        return reason;
    }

    public String getGivenBy() {
        return givenBy;
    }

    public LocalDateTime getEndedAt() {
        return endedAt;
    }

    public boolean isActiveToday() {
        return activeToday;
    }
}
