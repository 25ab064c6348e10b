package vn.thidua.web.year;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import vn.thidua.ballot.service.CommitteeShare;
import vn.thidua.ballot.service.DatabaseLogging;
import vn.thidua.ballot.service.OpenedBallot;
import vn.thidua.web.Messages;

/**
 * The answer to opening an electronic ballot, for that one response only (request scope):
 * each counting committee member's share as code to copy and as a file to download (a
 * {@code data:} address made here, so nothing is fetched later), the warning that it is
 * shown once, k, and what the database's logs record. Nothing of it reaches the session,
 * the flash or the view state; the portal keeps no share.
 */
@Named
@RequestScoped
public class BallotOpeningBean {

    private OpenedBallot opened;
    private String ballotTitle;

    public void show(OpenedBallot opened, String ballotTitle) {
        this.opened = opened;
        this.ballotTitle = ballotTitle;
    }

    public boolean isShown() {
        return opened != null && !opened.shares().isEmpty();
    }

    public List<CommitteeShare> getShares() {
        return opened == null ? List.of() : opened.shares();
    }

    public int getThreshold() {
        return opened == null ? 0 : opened.threshold();
    }

    public DatabaseLogging.Settings getDatabase() {
        return opened == null ? null : opened.database();
    }

    /** What the database's binary log, general log and replication record (participation and ciphertexts only). */
    public String getDatabaseText() {
        DatabaseLogging.Settings db = getDatabase();
        if (db == null || !db.readable()) {
            return Messages.text("ballot.database.unknown");
        }
        return Messages.text("ballot.database", onOff(db.binaryLog()), onOff(db.generalLog()), onOff(db.galera()));
    }

    private static String onOff(boolean on) {
        return Messages.text(on ? "ballot.database.on" : "ballot.database.off");
    }

    /** A share as a text file to save: the ballot, the member, the share and what to do with it. */
    public String download(CommitteeShare share) {
        String text = Messages.text("ballot.share.file", ballotTitle, share.name(), share.holder(), share.share(),
                getThreshold()) + "\n";
        return "data:text/plain;charset=utf-8;base64,"
                + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The file name of a member's share. */
    public String fileName(CommitteeShare share) {
        return "khoa-kiem-phieu-" + opened.ballotId() + "-" + share.holder() + ".txt";
    }
}
