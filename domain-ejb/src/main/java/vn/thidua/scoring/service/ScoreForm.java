package vn.thidua.scoring.service;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.thidua.file.service.Upload;
import vn.thidua.shared.StorableInput;

/** A unit's own score on one criterion, with its evidence text and files. */
@StorableInput
public class ScoreForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Long criterionId;

    @NotNull
    private Long unitId;

    @NotNull(message = "{score.points.required}")
    @Digits(integer = 5, fraction = 2, message = "{points.digits}")
    private BigDecimal points;

    @Size(max = 4000, message = "{text.size4000}")
    private String evidence;

    private List<Upload> files = new ArrayList<>();

    public Long getCriterionId() {
        return criterionId;
    }

    public void setCriterionId(Long criterionId) {
        this.criterionId = criterionId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public void setPoints(BigDecimal points) {
        this.points = points;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public List<Upload> getFiles() {
        return files;
    }

    public void setFiles(List<Upload> files) {
        this.files = files == null ? new ArrayList<>() : new ArrayList<>(files);
    }
}
