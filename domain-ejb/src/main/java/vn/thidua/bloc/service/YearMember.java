package vn.thidua.bloc.service;

import java.io.Serializable;

/**
 * A member unit of a bloc in a year, as the home pages list it: the bloc, the unit, the
 * unit's role that year ({@code LEADER}, {@code DEPUTY} or null) and whether it is the
 * caller's own unit (or a unit record it succeeded).
 */
public record YearMember(Long blocId, String blocName, Long unitId, String unitName, String role, boolean mine)
        implements Serializable {

    /** Whether the unit leads the bloc that year (leader or deputy). */
    public boolean leads() {
        return role != null;
    }
}
