package vn.thidua.ballot.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.util.List;

import vn.thidua.ballot.internal.BallotReader;
import vn.thidua.ballot.internal.CastTables;
import vn.thidua.bloc.service.BlocAccess;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.meeting.entity.Meeting;
import vn.thidua.meeting.service.MeetingService;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Roles;

/**
 * What pages, the API and other areas read about ballots, as {@link BallotView}s: for
 * whoever may read the bloc's year (its members and the Board). Administrators have no
 * access at all.
 */
@Stateless
@RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
public class BallotQueryService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private BlocAccess access;

    @Inject
    private BlocService blocs;

    @Inject
    private MeetingService meetings;

    private BallotReader reader;

    @PostConstruct
    void init() {
        reader = new BallotReader(em, new CastTables(em));
    }

    /** One ballot with its seats, candidates and (once counted) results. */
    public BallotView ballot(@NotNull Long ballotId) {
        BallotView ballot = reader.byIds(List.of(ballotId)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Ballot", ballotId));
        access.requireReadAccess(ballot.blocId(), ballot.year());
        return ballot;
    }

    /** The ballots of a conference, in the order they were created. */
    public List<BallotView> ballots(@NotNull Long meetingId) {
        Meeting meeting = meetings.meeting(meetingId);
        access.requireReadAccess(meeting.getBloc().getId(), meeting.getYear());
        return reader.ofMeeting(meetingId);
    }

    /** The ballots page of a conference: its ballots, the bloc's members, the caller's unit and part. */
    public ConferenceBallots conference(@NotNull Long meetingId) {
        Meeting meeting = meetings.meeting(meetingId);
        Long blocId = meeting.getBloc().getId();
        int year = meeting.getYear();
        access.requireReadAccess(blocId, year);
        List<ConferenceBallots.Member> members = blocs.memberUnits(blocId, year).stream()
                .map(u -> new ConferenceBallots.Member(u.getId(), u.getName())).toList();
        ConferenceBallots.Member mine = access.callerMemberUnit(blocId, year)
                .map(u -> new ConferenceBallots.Member(u.getId(), u.getName())).orElse(null);
        boolean keeper = context.isCallerInRole(Roles.BOARD_SPECIALIST) || access.callerLeads(blocId, year);
        return new ConferenceBallots(meetingId, meeting.getKind() == null ? null : meeting.getKind().name(), blocId, meeting.getBloc().getName(), year,
                reader.ofMeeting(meetingId), members, mine, keeper);
    }
}
