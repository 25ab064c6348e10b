package vn.thidua.covenant.service;

import java.io.Serializable;
import java.math.BigDecimal;

import vn.thidua.covenant.entity.CriterionKind;

/** One item of a covenant version's score scale, read-only (scoring lists them too). */
public record CriterionView(Long id, int position, CriterionKind kind, String title, BigDecimal maxPoints,
                            boolean evidenceRequired) implements Serializable {

    /** Whether the unit scores itself on this item (a bonus or deduction is the leader's). */
    public boolean selfScored() {
        return kind == CriterionKind.CRITERION;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public CriterionKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public BigDecimal getMaxPoints() {
        return maxPoints;
    }

    public boolean isEvidenceRequired() {
        return evidenceRequired;
    }
}
