package vn.thidua.ballot.internal;

import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.thidua.ballot.entity.Ballot;
import vn.thidua.ballot.entity.BallotKind;
import vn.thidua.ballot.entity.BallotSeat;
import vn.thidua.ballot.entity.BallotStatus;
import vn.thidua.ballot.entity.Seat;
import vn.thidua.ballot.entity.ThresholdMode;
import vn.thidua.ballot.entity.VotingMode;
import vn.thidua.ballot.service.BallotView;

/**
 * Builds {@link BallotView}s with three queries whatever the number of ballots: the
 * ballots' columns, their seats and candidates in one flat select, and the count of
 * units present per ballot. No entity is loaded, so nothing is lazily fetched.
 */
public final class BallotReader {

    private final EntityManager em;
    private final CastTables tables;

    public BallotReader(EntityManager em, CastTables tables) {
        this.em = em;
        this.tables = tables;
    }

    /** The ballots of the ids given, by id. */
    public List<BallotView> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return views(em.createNamedQuery(Ballot.VIEWS_BY_ID, Object[].class).setParameter("ids", ids).getResultList());
    }

    /** The ballots of a conference, by id. */
    public List<BallotView> ofMeeting(Long meetingId) {
        return views(em.createNamedQuery(Ballot.VIEWS_OF_MEETING, Object[].class).setParameter("meeting", meetingId)
                .getResultList());
    }

    private List<BallotView> views(List<Object[]> ballots) {
        if (ballots.isEmpty()) {
            return List.of();
        }
        List<Long> ids = ballots.stream().map(b -> (Long) b[0]).toList();
        Map<Long, Integer> present = tables.presentCounts(ids);
        Map<Long, Map<Seat, SeatRows>> seats = new LinkedHashMap<>();
        for (Object[] r : em.createNamedQuery(BallotSeat.VIEW_ROWS, Object[].class).setParameter("ids", ids)
                .getResultList()) {
            SeatRows seat = seats.computeIfAbsent((Long) r[0], id -> new LinkedHashMap<>())
                    .computeIfAbsent((Seat) r[1], s -> new SeatRows(((Number) r[2]).intValue(), new ArrayList<>()));
            if (r[3] != null) {
                seat.candidates().add(r);
            }
        }
        List<BallotView> views = new ArrayList<>();
        for (Object[] b : ballots) {
            Long id = (Long) b[0];
            int presentCount = present.getOrDefault(id, 0);
            List<BallotView.SeatView> seatViews = seats.getOrDefault(id, Map.of()).entrySet().stream()
                    .map(e -> new BallotView.SeatView(e.getKey(), e.getValue().quota(), e.getValue().candidates().stream()
                            .map(c -> candidate(c, presentCount)).toList()))
                    .toList();
            views.add(new BallotView(id, (Long) b[1], (Long) b[2], ((Number) b[3]).intValue(), (String) b[4],
                    (BallotKind) b[5], (VotingMode) b[6], (BallotStatus) b[7], (Long) b[8], (String) b[9], presentCount,
                    (Integer) b[10], (ThresholdMode) b[11], (Integer) b[12], (Integer) b[13], (Integer) b[14],
                    (Integer) b[15], (Integer) b[16], seatViews));
        }
        return views;
    }

    private static BallotView.CandidateView candidate(Object[] c, int present) {
        Integer votes = (Integer) c[9];
        return new BallotView.CandidateView(((Number) c[3]).longValue(), ((Number) c[4]).longValue(), (String) c[5],
                (String) c[6], (Integer) c[7], (BigDecimal) c[8], votes,
                votes == null ? null : BallotCount.percent(votes, present), (Boolean) c[10], (Boolean) c[11],
                (String) c[12]);
    }

    private record SeatRows(int quota, List<Object[]> candidates) {
    }
}
