package vn.thidua.reminder.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.thidua.bloc.service.BlocService;
import vn.thidua.calendar.service.CalendarService;
import vn.thidua.proposal.service.ProposalProgressRow;
import vn.thidua.proposal.service.ProposalService;
import vn.thidua.reminder.entity.ReminderKind;
import vn.thidua.reminder.entity.ReminderSchedule;
import vn.thidua.shared.PlainDates;
import vn.thidua.unit.entity.Unit;
import vn.thidua.unit.service.UnitService;

/**
 * The filing reminders of a bloc's year (issue 15, item 6): when the bloc's province set a
 * filing deadline for the year (ProvinceSettings, the Board's settings page), each day from
 * the leader's number of days before it until its day, while the year's proposal is still
 * with the bloc (none yet, a draft, or returned by the Board and not refiled): the leader
 * unit of the year is reminded to file it (subject: the bloc), and each nominee whose
 * achievement report is not in the dossier to provide it (subject: the proposal). Read
 * through the other areas' services by a caller holding a Board role.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DueFilings {

    /** The proposal statuses in which the proposal is still with the bloc (not filed). */
    private static final Set<String> WITH_BLOC = Set.of("DRAFT", "RETURNED");

    @Inject
    private BlocService blocs;

    @Inject
    private CalendarService calendar;

    @Inject
    private ProposalService proposals;

    @Inject
    private UnitService units;

    /**
     * The filing reminders of the bloc's year due on {@code day}; {@code deadlines} caches
     * the province's deadline per province and year for one run.
     */
    public List<Due> dueIn(Long blocId, int year, String blocName, LocalDate day, int daysBefore, List<Unit> members,
                           Map<String, Optional<LocalDate>> deadlines) {
        Long provinceId = blocs.blocOf(blocId).provinceIn(year).getId();
        Optional<LocalDate> deadline = deadlines.computeIfAbsent(provinceId + "/" + year,
                k -> Optional.ofNullable(calendar.filingDeadline(provinceId, year)));
        if (deadline.isEmpty() || !ReminderSchedule.beforeDeadline(daysBefore, deadline.get(), day)) {
            return List.of();
        }
        String due = PlainDates.day(deadline.get());
        List<ProposalProgressRow> rows = proposals.proposalsOfYear(year, List.of(blocId));
        Long latest = rows.stream().map(ProposalProgressRow::proposalId).max(Long::compare).orElse(null);
        List<ProposalProgressRow> proposal = rows.stream().filter(r -> r.proposalId().equals(latest)).toList();
        if (!proposal.isEmpty() && !WITH_BLOC.contains(proposal.get(0).status())) {
            return List.of();
        }
        List<Due> result = new ArrayList<>();
        blocs.leaderUnit(blocId, year).ifPresent(leader -> result.add(new Due(leader, ReminderKind.PROPOSAL, blocId,
                List.of(leader.getName(), String.valueOf(year), blocName, due))));
        for (ProposalProgressRow nominee : proposal) {
            if (nominee.nomineeUnitId() != null && !nominee.reportFiled()) {
                Unit unit = members.stream().filter(u -> u.getId().equals(nominee.nomineeUnitId())).findFirst()
                        .orElseGet(() -> units.unit(nominee.nomineeUnitId()));
                result.add(new Due(unit, ReminderKind.REPORT, nominee.proposalId(),
                        List.of(unit.getName(), String.valueOf(year), blocName, due)));
            }
        }
        return result;
    }
}
