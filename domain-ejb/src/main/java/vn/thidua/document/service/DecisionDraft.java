package vn.thidua.document.service;

import java.util.List;

/**
 * The Board's draft of the Chair's award decision (dự thảo quyết định khen thưởng) after the
 * Council's review: the proposal it answers and the awards it grants.
 */
public record DecisionDraft(Header header, int year, String blocName, String proposalNumber, List<Nominee> nominees) {

    /** An award the draft grants: the award kind's code and the unit's name. */
    public record Nominee(String awardKind, String unitName) {
    }
}
