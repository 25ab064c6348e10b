package vn.thidua.web.year;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.thidua.bloc.service.BlocAccess;
import vn.thidua.covenant.entity.CriterionKind;
import vn.thidua.scoring.service.AssessmentView;
import vn.thidua.scoring.service.CrossCheckItem;
import vn.thidua.scoring.service.CrossCheckService;
import vn.thidua.scoring.service.CrossCheckView;
import vn.thidua.web.Messages;

/**
 * The cross-check section of /year/scores.xhtml (issue 15, item 3): the leader (or the deputy
 * under its delegation) assigns who cross-checks whom, from a proposed rotation it may adjust;
 * the cross-checker proposes points with reasons on the scores it checks; the leader, the
 * deputy (for the leader's unit) or the Board finalises. Everyone who reads the year sees
 * each member's steps. The services decide who may do what; this bean shows the forms.
 */
@Named
@ViewScoped
public class CrossCheckBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private YearContext year;

    @Inject
    private ScoresBean scores;

    @Inject
    private CrossCheckService crossChecks;

    @Inject
    private BlocAccess access;

    private List<CrossCheckView> checks;
    private boolean assigner;
    private final Map<Long, Long> checkerOf = new LinkedHashMap<>();
    private final Map<Long, BigDecimal> points = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();

    /** f:viewAction after the score sheet: the year's cross-checks and what the caller may fill in. */
    public void load() {
        assigner = access.callerIsLeader(year.getBlocId(), year.getYear());
        refresh();
    }

    private void refresh() {
        checks = crossChecks.crossChecks(year.getBlocId(), year.getYear());
        checkerOf.clear();
        checks.forEach(x -> checkerOf.put(x.unitId(), x.checkerUnitId()));
        for (AssessmentView a : scores.getSheet().assessments()) {
            if (a.criterionKind() == CriterionKind.CRITERION && a.selfPoints() != null) {
                points.put(a.id(), a.proposedPoints() != null ? a.proposedPoints() : a.selfPoints());
                reasons.put(a.id(), a.proposalReason());
            }
        }
    }

    /** Fills the assignment with the proposed rotation, to review before saving. */
    public void propose() {
        checkerOf.clear();
        checkerOf.putAll(crossChecks.proposeAssignment(year.getBlocId(), year.getYear()));
        Messages.info("year.crossCheck.proposed");
    }

    public void assign() {
        crossChecks.assignCrossChecks(year.getBlocId(), year.getYear(), checkerOf);
        Messages.info("year.crossCheck.assigned");
        refresh();
    }

    /** The caller's unit sends its points on the scores of {@code unitId}. */
    public void submit(Long unitId) {
        List<CrossCheckItem> items = scoresOf(unitId).stream()
                .map(a -> new CrossCheckItem(a.id(), points.get(a.id()), reasons.get(a.id()))).toList();
        crossChecks.submitCrossCheck(year.getBlocId(), year.getYear(), unitId, items);
        Messages.info("year.crossCheck.submitted");
        scores.refreshSheet();
        refresh();
    }

    public void finalise(Long unitId) {
        crossChecks.finaliseCrossCheck(year.getBlocId(), year.getYear(), unitId);
        Messages.info("year.crossCheck.finalisedNow");
        scores.refreshSheet();
        refresh();
    }

    /** The scores the cross-checker works on: the unit's own scores on the criteria. */
    public List<AssessmentView> scoresOf(Long unitId) {
        return scores.getSheet().assessments().stream()
                .filter(a -> a.unitId().equals(unitId) && a.criterionKind() == CriterionKind.CRITERION
                        && a.selfPoints() != null)
                .toList();
    }

    /** The members whose scores the caller's unit cross-checks and has not seen finalised. */
    public List<CrossCheckView> getMine() {
        Long me = year.getMyUnitId();
        return me == null ? List.of()
                : checks.stream().filter(x -> me.equals(x.checkerUnitId()) && !x.isFinalised()).toList();
    }

    /** Whether the caller may be offered the finalise button: the leading units and the Board (the service decides). */
    public boolean isFinaliser() {
        return year.isLeader() || year.isBoard();
    }

    /** The step a member's cross-check has reached, as a message key. */
    public String state(CrossCheckView x) {
        if (x.isFinalised()) {
            return "year.crossCheck.state.finalised";
        }
        return x.isChecked() ? "year.crossCheck.state.checked" : "year.crossCheck.state.assigned";
    }

    public boolean isAssigner() {
        return assigner;
    }

    public List<CrossCheckView> getChecks() {
        return checks;
    }

    public Map<Long, Long> getCheckerOf() {
        return checkerOf;
    }

    public Map<Long, BigDecimal> getPoints() {
        return points;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
