package vn.thidua.scoring.service;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One member's cross-check in a year, read-only: the checker, who assigned it, when the checker
 * proposed its points and who finalised them, each with the delegation it was taken under.
 */
public record CrossCheckView(Long id, Long unitId, String unitName, Long checkerUnitId, String checkerUnitName,
                             String assignedBy, Long assignedDelegationId, String checkedBy, LocalDateTime checkedAt,
                             String finalisedBy, LocalDateTime finalisedAt, Long finalisedDelegationId)
        implements Serializable {

    public boolean isChecked() {
        return checkedAt != null;
    }

    public boolean isFinalised() {
        return finalisedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getUnitName() {
        return unitName;
    }

    public Long getCheckerUnitId() {
        return checkerUnitId;
    }

    public String getCheckerUnitName() {
        return checkerUnitName;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public Long getAssignedDelegationId() {
        return assignedDelegationId;
    }

    public String getCheckedBy() {
        return checkedBy;
    }

    public LocalDateTime getCheckedAt() {
        return checkedAt;
    }

    public String getFinalisedBy() {
        return finalisedBy;
    }

    public LocalDateTime getFinalisedAt() {
        return finalisedAt;
    }

    public Long getFinalisedDelegationId() {
        return finalisedDelegationId;
    }
}
