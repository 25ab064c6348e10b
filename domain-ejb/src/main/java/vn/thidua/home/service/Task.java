package vn.thidua.home.service;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One thing a member unit must do now, with where it is done: {@code kind} is one of
 * {@link #SIGN_COVENANT}, {@link #SELF_SCORE}, {@link #VOTE}, {@link #FILE_REPORT},
 * {@link #FILE_PROPOSAL}, {@link #ANSWER_RETURN}; {@code meetingId}/{@code ballotId} name the
 * ballot to vote in, {@code proposalId} the proposal; {@code title} is the ballot's title;
 * {@code done}/{@code of} the criteria scored so far; {@code dueOn} the deadline where the
 * model has one (else null).
 */
public record Task(String kind, Long blocId, String blocName, int year, Long meetingId, Long ballotId,
                   Long proposalId, String title, long done, long of, LocalDate dueOn) implements Serializable {

    public static final String SIGN_COVENANT = "SIGN_COVENANT";
    public static final String SELF_SCORE = "SELF_SCORE";
    public static final String VOTE = "VOTE";
    public static final String FILE_REPORT = "FILE_REPORT";
    public static final String FILE_PROPOSAL = "FILE_PROPOSAL";
    public static final String ANSWER_RETURN = "ANSWER_RETURN";

    /** This task with its deadline. */
    public Task due(LocalDate on) {
        return new Task(kind, blocId, blocName, year, meetingId, ballotId, proposalId, title, done, of, on);
    }

    public String getKind() {
        return kind;
    }

    public Long getBlocId() {
        return blocId;
    }

    public String getBlocName() {
        return blocName;
    }

    public int getYear() {
        return year;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Long getBallotId() {
        return ballotId;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public String getTitle() {
        return title;
    }

    public long getDone() {
        return done;
    }

    public long getOf() {
        return of;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }
}
