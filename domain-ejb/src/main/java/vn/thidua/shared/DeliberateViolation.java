package vn.thidua.shared;

import vn.thidua.unit.entity.Unit;

/** DELIBERATE VIOLATION (removed in the next commit): the shared kernel uses an area. */
public final class DeliberateViolation {

    private DeliberateViolation() {
    }

    public static String name(Unit unit) {
        return unit.getName();
    }
}
