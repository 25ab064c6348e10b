package vn.thidua.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import vn.thidua.ballot.entity.BallotKind;
import vn.thidua.ballot.entity.Seat;
import vn.thidua.ballot.entity.VotingMode;
import vn.thidua.ballot.service.BallotSetupService;
import vn.thidua.meeting.entity.Meeting;
import vn.thidua.meeting.entity.MeetingKind;
import vn.thidua.meeting.service.MeetingForm;
import vn.thidua.meeting.service.MeetingService;

/**
 * For tests that act from outside (HTTP only): gives Bloc No. 03 a year with a year-end
 * conference and a confirmed paper commendation ballot, hence a proposal, all through the
 * services as the Youth Union (the year's leader). GET /thidua-tests/bloc03-fixture?year=Y
 * answers "blocId meetingId proposalId". Deployed in the tests' WAR only.
 */
@WebServlet("/bloc03-fixture")
public class Bloc03Fixture extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private TestData testData;

    @Inject
    private AsYouthUnion asLeader;

    @Inject
    private PaperCount paperCount;

    @Inject
    private MeetingService meetings;

    @Inject
    private BallotSetupService ballotSetup;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int year = Integer.parseInt(request.getParameter("year"));
        try {
            Long bloc = testData.bloc03With(year);
            MeetingForm form = new MeetingForm();
            form.setBlocId(bloc);
            form.setYear(year);
            form.setKind(MeetingKind.YEAR_END);
            form.setHeldOn(LocalDate.of(year, 12, 27));
            form.setPlace("Hội trường Tỉnh đoàn");
            form.setChair("Y Đoàn Êban");
            Meeting meeting = asLeader.call(() -> meetings.saveMeeting(form));
            Long ballot = asLeader.call(() -> ballotSetup.createBallot(meeting.getId(), BallotKind.COMMENDATION,
                    VotingMode.PAPER, "Bình bầu năm " + year));
            asLeader.call(() -> {
                ballotSetup.setCandidates(ballot, Seat.PROVINCIAL_FLAG, List.of(testData.unit("HLHPN").getId()));
                ballotSetup.recordPresence(ballot, TestData.memberCodes().stream().map(c -> testData.unit(c).getId()).toList());
                ballotSetup.openBallot(ballot);
                return null;
            });
            Long proposal = asLeader.call(() -> paperCount.confirmUnanimous(ballot, 5));
            response.setContentType("text/plain");
            response.getWriter().write(bloc + " " + meeting.getId() + " " + proposal);
        } catch (Exception e) {
            throw new IOException("Bloc 03 fixture for " + year, e);
        }
    }
}
