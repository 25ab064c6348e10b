package vn.thidua.ballot.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.constraints.NotNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

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

    /**
     * Every ballot of the blocs given in a year with, for an open one, each unit present and
     * whether it has voted: one query over the ballots, presence and participation (the
     * table of who voted, never the cast ballots). The home pages' ballot section.
     */
    public List<BallotTurnoutRow> turnoutOfYear(int year, @NotNull Collection<Long> blocIds) {
        access.requireReadAccessToAll(blocIds, year);
        if (blocIds.isEmpty()) {
            return List.of();
        }
        List<Long> blocs = List.copyOf(new java.util.LinkedHashSet<>(blocIds));
        Query query = em.createNativeQuery("SELECT b.id, b.bloc_id, b.meeting_id, b.title, b.status, b.voting_mode,"
                + " p.unit_id, (SELECT COUNT(*) FROM ballot_participation v WHERE v.ballot_id = b.id"
                + " AND v.unit_id = p.unit_id) FROM ballot b LEFT JOIN ballot_presence p ON p.ballot_id = b.id"
                + " AND b.status = 'OPEN' WHERE b.year = ? AND b.bloc_id IN ("
                + blocs.stream().map(b -> "?").collect(Collectors.joining(", ")) + ") ORDER BY b.id, p.unit_id");
        query.setParameter(1, year);
        for (int i = 0; i < blocs.size(); i++) {
            query.setParameter(i + 2, blocs.get(i));
        }
        List<BallotTurnoutRow> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] t = (Object[]) row;
            rows.add(new BallotTurnoutRow(((Number) t[0]).longValue(), ((Number) t[1]).longValue(),
                    ((Number) t[2]).longValue(), (String) t[3], (String) t[4], "ELECTRONIC".equals(t[5]),
                    t[6] == null ? null : ((Number) t[6]).longValue(), t[7] != null && ((Number) t[7]).longValue() > 0));
        }
        return rows;
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
