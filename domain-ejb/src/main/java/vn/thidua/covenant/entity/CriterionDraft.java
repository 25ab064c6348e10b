package vn.thidua.covenant.entity;

import java.io.Serializable;
import java.math.BigDecimal;

/** An item of a covenant draft as the leader enters it. */
public record CriterionDraft(CriterionKind kind, String title, BigDecimal maxPoints, boolean evidenceRequired)
        implements Serializable {
}
