package vn.thidua.meeting.service;

import vn.thidua.covenant.entity.Movement;

/** DELIBERATE VIOLATION (removed in the next commit): meeting uses covenant's entity Movement, not its service. */
public final class DeliberateViolation {

    private DeliberateViolation() {
    }

    public static String movementTitle(Movement movement) {
        return movement.getTitle();
    }
}
