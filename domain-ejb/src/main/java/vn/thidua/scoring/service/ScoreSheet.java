package vn.thidua.scoring.service;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import vn.thidua.covenant.service.CriterionView;

/**
 * What the scores page shows for a bloc's year, read in one transaction: the items of the
 * covenant in force (none before it is in force), every unit's scores on them, and the
 * ranking of the year's members.
 */
public record ScoreSheet(boolean covenantInForce, List<CriterionView> criteria, List<AssessmentView> assessments,
                         List<ScoreTable.Row> ranking) implements Serializable {

    public ScoreSheet {
        criteria = List.copyOf(criteria);
        assessments = List.copyOf(assessments);
        ranking = List.copyOf(ranking);
    }

    /** The items each unit scores itself on. */
    public List<CriterionView> selfItems() {
        return criteria.stream().filter(CriterionView::selfScored).toList();
    }

    /** The bonus and deduction items the leader gives. */
    public List<CriterionView> leaderItems() {
        return criteria.stream().filter(c -> !c.selfScored()).toList();
    }

    /** A unit's score on one item, if it has one. */
    public Optional<AssessmentView> scoreOf(Long unitId, Long criterionId) {
        return assessments.stream()
                .filter(a -> a.criterionId().equals(criterionId) && a.unitId().equals(unitId))
                .findFirst();
    }

    public boolean isCovenantInForce() {
        return covenantInForce;
    }

    public List<CriterionView> getCriteria() {
        return criteria;
    }

    public List<CriterionView> getSelfItems() {
        return selfItems();
    }

    public List<CriterionView> getLeaderItems() {
        return leaderItems();
    }

    public List<AssessmentView> getAssessments() {
        return assessments;
    }

    public List<ScoreTable.Row> getRanking() {
        return ranking;
    }
}
