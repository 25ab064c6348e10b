package vn.thidua.reminder.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import vn.thidua.ballot.service.BallotQueryService;
import vn.thidua.ballot.service.BallotView;
import vn.thidua.ballot.service.VotingService;
import vn.thidua.bloc.service.BlocFilter;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.bloc.service.BlocYearRow;
import vn.thidua.covenant.entity.CovenantStatus;
import vn.thidua.covenant.service.CovenantService;
import vn.thidua.covenant.service.CovenantVersionView;
import vn.thidua.covenant.service.CriterionView;
import vn.thidua.meeting.entity.MeetingKind;
import vn.thidua.meeting.service.MeetingService;
import vn.thidua.meeting.service.MeetingView;
import vn.thidua.reminder.entity.ReminderKind;
import vn.thidua.reminder.entity.ReminderSchedule;
import vn.thidua.scoring.service.AssessmentView;
import vn.thidua.scoring.service.ScoreSheet;
import vn.thidua.scoring.service.ScoringService;
import vn.thidua.shared.Page;
import vn.thidua.shared.PageRequest;
import vn.thidua.shared.PlainDates;
import vn.thidua.unit.entity.Unit;

/**
 * Which reminders are due on a day, read through the other areas' services (the caller
 * holds a Board role): for the blocs of the day's year, members that have not signed a
 * covenant awaiting signatures (weekly, on the leader's weekday), members that have not
 * scored every criterion of the covenant in force (each day from the leader's number of
 * days before the year-end review conference until its day), and members recorded present
 * that have not voted in an open electronic ballot (each day while it is open; from the
 * turnout, which shows exactly that and nothing else), and the filing reminders of
 * {@link DueFilings} (before the province's filing deadline). Ballots, conferences and
 * filing deadlines of the previous year count too (a year-end conference or a filing
 * deadline may fall in January).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DueReminders {

    private static final int PAGE = PageRequest.MAX_SIZE;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BlocService blocs;

    @Inject
    private CovenantService covenants;

    @Inject
    private ScoringService scoring;

    @Inject
    private MeetingService meetings;

    @Inject
    private BallotQueryService ballots;

    @Inject
    private VotingService voting;

    @Inject
    private DueFilings filings;

    /** Every reminder due on {@code day}, not yet claimed or claimed: the claim decides. */
    public List<Due> dueOn(LocalDate day) {
        List<Due> due = new ArrayList<>();
        Map<String, Optional<LocalDate>> deadlines = new HashMap<>();
        for (int year : List.of(day.getYear(), day.getYear() - 1)) {
            for (BlocYearRow row : blocYears(year)) {
                due.addAll(dueIn(row.blocId(), year, row.name(), day, year == day.getYear(), deadlines));
            }
        }
        return due;
    }

    private List<BlocYearRow> blocYears(int year) {
        List<BlocYearRow> rows = new ArrayList<>();
        Page<BlocYearRow> page;
        do {
            page = blocs.findBlocYears(new BlocFilter(year, null, null), PageRequest.of(rows.size(), PAGE));
            rows.addAll(page.rows());
        } while (!page.rows().isEmpty() && rows.size() < page.total());
        return rows;
    }

    private List<Due> dueIn(Long blocId, int year, String blocName, LocalDate day, boolean currentYear,
                            Map<String, Optional<LocalDate>> deadlines) {
        List<ReminderSchedule> set = em.createNamedQuery(ReminderSchedule.OF_YEAR, ReminderSchedule.class)
                .setParameter("bloc", blocId).setParameter("year", year).getResultList();
        int daysBefore = set.isEmpty() ? ReminderSchedule.DEFAULT_DAYS_BEFORE : set.get(0).getDaysBefore();
        var weekday = set.isEmpty() ? ReminderSchedule.DEFAULT_WEEKDAY : set.get(0).getWeekday();
        List<Unit> members = blocs.memberUnits(blocId, year);
        List<MeetingView> conferences = meetings.meetings(blocId, year);
        List<Due> due = new ArrayList<>();
        if (currentYear && ReminderSchedule.weeklyOn(weekday, day)) {
            for (CovenantVersionView v : covenants.versions(blocId, year)) {
                if (v.status() == CovenantStatus.AWAITING_SIGNATURES) {
                    Set<Long> signed = v.signatures().stream().map(CovenantVersionView.Signature::unitId)
                            .collect(Collectors.toSet());
                    members.stream().filter(u -> !signed.contains(u.getId())).forEach(u -> due.add(
                            new Due(u, ReminderKind.COVENANT, v.id(), List.of(u.getName(), String.valueOf(year), blocName))));
                }
            }
        }
        Optional<MeetingView> review = conferences.stream().filter(m -> m.kind() == MeetingKind.YEAR_END)
                .filter(m -> ReminderSchedule.beforeDeadline(daysBefore, m.heldOn(), day)).findFirst();
        if (review.isPresent()) {
            due.addAll(unscored(blocId, year, blocName, members, review.get().heldOn()));
        }
        for (MeetingView conference : conferences) {
            for (BallotView ballot : ballots.ballots(conference.id())) {
                if (ballot.awaitsPortalVotes()) {
                    Set<String> waiting = Set.copyOf(voting.turnout(ballot.id()).notYetVoted());
                    members.stream().filter(u -> waiting.contains(u.getName())).forEach(u -> due.add(
                            new Due(u, ReminderKind.VOTE, ballot.id(), List.of(u.getName(), ballot.title(), blocName))));
                }
            }
        }
        due.addAll(filings.dueIn(blocId, year, blocName, day, daysBefore, members, deadlines));
        return due;
    }

    private List<Due> unscored(Long blocId, int year, String blocName, List<Unit> members, LocalDate deadline) {
        Optional<CovenantVersionView> inForce = covenants.inForce(blocId, year);
        if (inForce.isEmpty()) {
            return List.of();
        }
        ScoreSheet sheet = scoring.scoreSheet(blocId, year);
        Set<Long> items = sheet.selfItems().stream().map(CriterionView::id).collect(Collectors.toSet());
        if (items.isEmpty()) {
            return List.of();
        }
        List<Due> due = new ArrayList<>();
        for (Unit unit : members) {
            Set<Long> scored = sheet.assessments().stream().filter(a -> unit.getId().equals(a.unitId()))
                    .map(AssessmentView::criterionId).collect(Collectors.toSet());
            if (!scored.containsAll(items)) {
                due.add(new Due(unit, ReminderKind.SCORE, inForce.get().id(),
                        List.of(unit.getName(), String.valueOf(year), blocName, PlainDates.day(deadline))));
            }
        }
        return due;
    }
}
