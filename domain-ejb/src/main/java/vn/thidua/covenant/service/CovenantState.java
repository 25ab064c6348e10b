package vn.thidua.covenant.service;

import java.io.Serializable;
import java.util.Set;

/**
 * Where a bloc's covenant of a year stands, for the home pages: its current version
 * (awaiting signatures or in force) and the units that signed that version.
 */
public record CovenantState(Long blocId, Long versionId, int number, boolean inForce, Set<Long> signedUnitIds)
        implements Serializable {

    public CovenantState {
        signedUnitIds = Set.copyOf(signedUnitIds);
    }

    /** Whether the unit signed the current version. */
    public boolean signedBy(Long unitId) {
        return signedUnitIds.contains(unitId);
    }
}
