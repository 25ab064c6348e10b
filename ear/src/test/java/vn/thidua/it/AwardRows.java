package vn.thidua.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * Decision and award rows written straight into the database, for fixtures that need a
 * registry history without running the whole approval chain (the tables as V18 left them:
 * the decision's authority, the link to the proposals it answers).
 */
final class AwardRows {

    private AwardRows() {
    }

    /** A decision of {@code province}'s authority answering {@code proposal}; its id. */
    static long decision(Connection c, long province, Long proposal, String number, LocalDate decidedOn, String signer)
            throws Exception {
        long id;
        try (PreparedStatement d = c.prepareStatement("INSERT INTO award_decision (province_id, number, decided_on, signer)"
                + " VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            d.setLong(1, province);
            d.setString(2, number);
            d.setObject(3, decidedOn);
            d.setString(4, signer);
            d.executeUpdate();
            try (ResultSet keys = d.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement link = c.prepareStatement(
                "INSERT INTO award_decision_proposal (decision_id, proposal_id) VALUES (?, ?)")) {
            link.setLong(1, id);
            link.setLong(2, proposal);
            link.executeUpdate();
        }
        return id;
    }

    /** An award of {@code kind} (an {@code AwardKind} name) to {@code unit} of {@code bloc} for {@code year}. */
    static void award(Connection c, long decision, Long unit, long bloc, int year, String kind) throws Exception {
        try (PreparedStatement a = c.prepareStatement("INSERT INTO award (decision_id, unit_id, bloc_id, year, kind)"
                + " VALUES (?, ?, ?, ?, ?)")) {
            a.setLong(1, decision);
            a.setLong(2, unit);
            a.setLong(3, bloc);
            a.setInt(4, year);
            a.setString(5, kind);
            a.executeUpdate();
        }
    }
}
