package vn.thidua.registry.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

import vn.thidua.registry.entity.AwardKind;

/**
 * An award as the registry's pages show it: the unit under the name it had then, the bloc, the
 * decision, and the verified signature of the decision's PDF (signer and signing time; null
 * when the decision was recorded without its PDF).
 */
public record AwardView(Long id, int year, Long unitId, String unitCode, String unitName, AwardKind kind, Long blocId,
                        String blocName, String decisionNumber, LocalDate decidedOn, String signedBy,
                        LocalDateTime signedAt) implements Serializable {

    public String getSignedBy() {
        return signedBy;
    }

    public LocalDateTime getSignedAt() {
        return signedAt;
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getUnitName() {
        return unitName;
    }

    public AwardKind getKind() {
        return kind;
    }

    public Long getBlocId() {
        return blocId;
    }

    public String getBlocName() {
        return blocName;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }
}
