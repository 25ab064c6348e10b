package vn.thidua.ballot.service;

import java.io.Serializable;

/**
 * A ballot of a year as the home pages see it: its bloc, conference, title, status and
 * voting mode and, while it is open, one row per unit present with whether that unit has
 * voted (turnout only, never a choice). A ballot that is not open, or has nobody present
 * yet, has one row with no unit.
 */
public record BallotTurnoutRow(Long ballotId, Long blocId, Long meetingId, String title, String status,
                               boolean electronic, Long presentUnitId, boolean voted) implements Serializable {

    public boolean isOpen() {
        return "OPEN".equals(status);
    }

    /** Counted or confirmed: the count is done. */
    public boolean isCounted() {
        return "COUNTED".equals(status) || "CONFIRMED".equals(status);
    }
}
