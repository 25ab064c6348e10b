package vn.thidua.web.year;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

import vn.thidua.bloc.service.BlocYearView;
import vn.thidua.scoring.service.AssessmentView;
import vn.thidua.scoring.service.ScoreForm;
import vn.thidua.scoring.service.ScoreSheet;
import vn.thidua.scoring.service.ScoringService;
import vn.thidua.web.Messages;
import vn.thidua.web.Uploads;

/**
 * /year/scores.xhtml?bloc=…&amp;year=…: scoring against the covenant in force. A member
 * scores its own unit with evidence; the leader, the deputy or the Board reviews the scores
 * and gives bonuses and deductions, never to the reviewer's own unit (those rows say who
 * does it instead); everyone who may read the year sees the scores and the ranking.
 */
@Named
@ViewScoped
public class ScoresBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private YearContext year;

    @Inject
    private ScoringService scoring;

    private ScoreSheet sheet;
    private final Map<Long, BigDecimal> points = new HashMap<>();
    private final Map<Long, String> evidence = new HashMap<>();
    private transient UploadedFile evidenceFile;
    private Long evidenceCriterionId;
    private final Map<Long, BigDecimal> adjusted = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();
    private Long awardCriterionId;
    private Long awardUnitId;
    private BigDecimal awardPoints;
    private String awardReason;

    /** f:viewAction: the year's header, then the score sheet. */
    public void load() {
        year.load();
        refresh();
    }

    /** Reads the score sheet again (after a cross-check step on the same page). */
    public void refreshSheet() {
        refresh();
    }

    private void refresh() {
        sheet = scoring.scoreSheet(year.getBlocId(), year.getYear());
        if (year.isMember()) {
            for (AssessmentView a : sheet.assessments()) {
                if (a.unitId().equals(year.getMyUnitId()) && a.selfPoints() != null) {
                    points.put(a.criterionId(), a.selfPoints());
                    evidence.put(a.criterionId(), a.evidence());
                }
            }
        }
    }

    /** The caller's unit scores itself on one criterion, with the chosen file when it is for that criterion. */
    public void score(Long criterionId) {
        ScoreForm form = new ScoreForm();
        form.setCriterionId(criterionId);
        form.setUnitId(year.getMyUnitId());
        form.setPoints(points.get(criterionId));
        form.setEvidence(evidence.get(criterionId));
        if (evidenceFile != null && evidenceFile.getSize() > 0 && criterionId.equals(evidenceCriterionId)) {
            form.setFiles(List.of(Uploads.of(evidenceFile)));
        }
        scoring.scoreCriterion(form);
        evidenceFile = null;
        Messages.info("year.score.saved");
        refresh();
    }

    public void review(Long assessmentId) {
        scoring.reviewScore(assessmentId, adjusted.get(assessmentId), reasons.get(assessmentId));
        Messages.info("year.score.reviewed");
        refresh();
    }

    public void award() {
        scoring.awardItem(awardCriterionId, awardUnitId, awardPoints, awardReason);
        Messages.info("year.score.awarded");
        awardPoints = null;
        awardReason = null;
        refresh();
    }

    /** Whether the caller reviews scores and gives bonuses and deductions: the leader, the deputy, the Board. */
    public boolean isReviewer() {
        return year.isLeader() || year.isBoard();
    }

    /** Whether a score is the caller's own unit's, which somebody else reviews. */
    public boolean ownUnit(AssessmentView assessment) {
        return assessment.unitId().equals(year.getMyUnitId());
    }

    /** The members the caller may give a bonus or a deduction to: all but the caller's own unit. */
    public List<BlocYearView.Member> getAwardableMembers() {
        return year.getMembers().stream().filter(m -> !m.unitId().equals(year.getMyUnitId())).toList();
    }

    /** The caller's unit's score on a criterion, or null. */
    public AssessmentView mine(Long criterionId) {
        return year.isMember() ? sheet.scoreOf(year.getMyUnitId(), criterionId).orElse(null) : null;
    }

    /** An evidence file of a score (the service checks access and the content's hash). */
    public StreamedContent scoreFile(Long assessmentId, AssessmentView.Evidence file) {
        return DefaultStreamedContent.builder().name(file.fileName()).contentType(file.contentType())
                .stream(() -> new ByteArrayInputStream(scoring.evidenceFile(assessmentId, file.id()))).build();
    }

    public StreamedContent getRankingXlsx() {
        return DefaultStreamedContent.builder()
                .name(Messages.text("year.ranking.file", year.getBlocCode(), year.getYear()))
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(scoring.exportRanking(year.getBlocId(), year.getYear())))
                .build();
    }

    public ScoreSheet getSheet() {
        return sheet;
    }

    public Map<Long, BigDecimal> getPoints() {
        return points;
    }

    public Map<Long, String> getEvidence() {
        return evidence;
    }

    public UploadedFile getEvidenceFile() {
        return evidenceFile;
    }

    public void setEvidenceFile(UploadedFile evidenceFile) {
        this.evidenceFile = evidenceFile;
    }

    public Long getEvidenceCriterionId() {
        return evidenceCriterionId;
    }

    public void setEvidenceCriterionId(Long evidenceCriterionId) {
        this.evidenceCriterionId = evidenceCriterionId;
    }

    public Map<Long, BigDecimal> getAdjusted() {
        return adjusted;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public Long getAwardCriterionId() {
        return awardCriterionId;
    }

    public void setAwardCriterionId(Long awardCriterionId) {
        this.awardCriterionId = awardCriterionId;
    }

    public Long getAwardUnitId() {
        return awardUnitId;
    }

    public void setAwardUnitId(Long awardUnitId) {
        this.awardUnitId = awardUnitId;
    }

    public BigDecimal getAwardPoints() {
        return awardPoints;
    }

    public void setAwardPoints(BigDecimal awardPoints) {
        this.awardPoints = awardPoints;
    }

    public String getAwardReason() {
        return awardReason;
    }

    public void setAwardReason(String awardReason) {
        this.awardReason = awardReason;
    }
}
