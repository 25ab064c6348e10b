package vn.thidua.scoring.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

import vn.thidua.covenant.entity.CriterionKind;
import vn.thidua.scoring.entity.AssessmentStatus;

/**
 * A unit's points on one item of the covenant in force, read-only: its own score, the
 * leader's review, the cross-checker's proposed points and reason (issue 15), the points that
 * count and the names of its evidence files.
 */
public record AssessmentView(Long id, Long unitId, String unitName, Long criterionId, String criterionTitle,
                             CriterionKind criterionKind, BigDecimal selfPoints, String evidence,
                             AssessmentStatus status, BigDecimal effectivePoints, String reviewReason,
                             BigDecimal proposedPoints, String proposalReason,
                             List<Evidence> files) implements Serializable {

    public AssessmentView {
        files = List.copyOf(files);
    }

    /** An evidence file attached to the score (its content is fetched apart, with its hash checked). */
    public record Evidence(Long id, String fileName, String contentType) implements Serializable {

        public Long getId() {
            return id;
        }

        public String getFileName() {
            return fileName;
        }

        public String getContentType() {
            return contentType;
        }
    }

    /** Whether the leader reviews this score (a unit's own score on a criterion, not a bonus or deduction). */
    public boolean isReviewable() {
        return criterionKind == CriterionKind.CRITERION;
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

    public Long getCriterionId() {
        return criterionId;
    }

    public String getCriterionTitle() {
        return criterionTitle;
    }

    public CriterionKind getCriterionKind() {
        return criterionKind;
    }

    public BigDecimal getSelfPoints() {
        return selfPoints;
    }

    public String getEvidence() {
        return evidence;
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    public BigDecimal getEffectivePoints() {
        return effectivePoints;
    }

    public String getReviewReason() {
        return reviewReason;
    }

    public BigDecimal getProposedPoints() {
        return proposedPoints;
    }

    public String getProposalReason() {
        return proposalReason;
    }

    /** Whether the cross-checker proposed points other than the unit's own. */
    public boolean isChangedByCrossCheck() {
        return proposedPoints != null && selfPoints != null && proposedPoints.compareTo(selfPoints) != 0;
    }

    public List<Evidence> getFiles() {
        return files;
    }
}
