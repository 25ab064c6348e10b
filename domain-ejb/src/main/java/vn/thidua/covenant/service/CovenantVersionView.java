package vn.thidua.covenant.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import vn.thidua.covenant.entity.CovenantStatus;

/**
 * One version of a bloc's covenant for a year, read-only: its score scale, the signatures
 * in signing order, and the short names of the year's members that have not signed it.
 */
public record CovenantVersionView(Long id, int number, CovenantStatus status, String content, String targets,
                                  List<CriterionView> criteria, List<Signature> signatures, List<String> unsigned)
        implements Serializable {

    public CovenantVersionView {
        criteria = List.copyOf(criteria);
        signatures = List.copyOf(signatures);
        unsigned = List.copyOf(unsigned);
    }

    /**
     * A member unit's signature; for a paper page recorded with its scan, the day it was
     * signed, who signed it and the scan (id, file name, content type), else nulls.
     */
    public record Signature(Long unitId, String unitName, String signedBy, LocalDateTime signedAt, boolean onPaper,
                            LocalDate paperSignedOn, String paperSigner, Long scanId, String scanName,
                            String scanType) implements Serializable {

        /** A signature without a paper page's details. */
        public Signature(Long unitId, String unitName, String signedBy, LocalDateTime signedAt, boolean onPaper) {
            this(unitId, unitName, signedBy, signedAt, onPaper, null, null, null, null, null);
        }

        public boolean isScanned() {
            return scanId != null;
        }

        public LocalDate getPaperSignedOn() {
            return paperSignedOn;
        }

        public String getPaperSigner() {
            return paperSigner;
        }

        public String getScanName() {
            return scanName;
        }

        public Long getUnitId() {
            return unitId;
        }

        public String getUnitName() {
            return unitName;
        }

        public String getSignedBy() {
            return signedBy;
        }

        public LocalDateTime getSignedAt() {
            return signedAt;
        }

        public boolean isOnPaper() {
            return onPaper;
        }
    }

    public boolean hasSigned(Long unitId) {
        return signatures.stream().anyMatch(s -> s.unitId().equals(unitId));
    }

    /** Whether {@code unitId} may still sign this version: not superseded and not signed by it yet. */
    public boolean signableBy(Long unitId) {
        return unitId != null && status != CovenantStatus.SUPERSEDED && !hasSigned(unitId);
    }

    public boolean isInForce() {
        return status == CovenantStatus.IN_FORCE;
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public CovenantStatus getStatus() {
        return status;
    }

    public String getContent() {
        return content;
    }

    public String getTargets() {
        return targets;
    }

    public List<CriterionView> getCriteria() {
        return criteria;
    }

    public List<Signature> getSignatures() {
        return signatures;
    }

    public List<String> getUnsigned() {
        return unsigned;
    }
}
