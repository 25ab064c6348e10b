package vn.thidua.scoring.service;

import java.io.Serializable;

/**
 * How far a unit has scored itself against its bloc's covenant in force: the criteria it
 * scored and the criteria to score (bonus and deduction items are the leader's, not counted).
 */
public record SelfScoreCount(Long blocId, Long unitId, long scored, long criteria) implements Serializable {

    /** Whether the unit scored every criterion. */
    public boolean done() {
        return criteria > 0 && scored >= criteria;
    }
}
