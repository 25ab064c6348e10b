package vn.thidua.web.board;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.thidua.calendar.service.CalendarService;
import vn.thidua.calendar.service.Holiday;
import vn.thidua.proposal.entity.ProposalStatus;
import vn.thidua.proposal.service.ProposalRow;
import vn.thidua.proposal.service.ProposalService;
import vn.thidua.registry.service.RegistryService;
import vn.thidua.web.Messages;

/** /board/dashboard/view.xhtml: proposals by status, overdue ones, awards and decisions per year; public holidays. */
@Named
@ViewScoped
public class DashboardBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProposalService proposals;

    @Inject
    private CalendarService calendar;

    @Inject
    private RegistryService registry;

    private LocalDate holiday;
    private String holidayName;
    private Map<Integer, Long> decisionsPerYear;

    public List<Map.Entry<ProposalStatus, Long>> getByStatus() {
        return List.copyOf(proposals.countsByStatus().entrySet());
    }

    public List<ProposalRow> getOverdue() {
        return proposals.overdue();
    }

    public List<Map.Entry<Integer, Long>> getAwardsPerYear() {
        Map<Integer, Long> counts = new TreeMap<>();
        registry.search(null, null, null, null, null).forEach(a -> counts.merge(a.year(), 1L, Long::sum));
        return List.copyOf(counts.entrySet());
    }

    /**
     * How many decisions granted a year's awards: one decision of the Chair may cover the
     * awards of many blocs (issue 15), so it counts once (its number and date).
     */
    public Map<Integer, Long> getDecisionsPerYear() {
        if (decisionsPerYear != null) {
            return decisionsPerYear;
        }
        Map<Integer, java.util.Set<String>> decisions = new TreeMap<>();
        registry.search(null, null, null, null, null).forEach(a -> decisions.computeIfAbsent(a.year(),
                y -> new java.util.HashSet<>()).add(a.decisionNumber() + " " + a.decidedOn()));
        Map<Integer, Long> counts = new TreeMap<>();
        decisions.forEach((year, numbers) -> counts.put(year, (long) numbers.size()));
        decisionsPerYear = counts;
        return counts;
    }

    public long getMaxPerYear() {
        return getAwardsPerYear().stream().mapToLong(Map.Entry::getValue).max().orElse(1);
    }

    public List<Holiday> getHolidays() {
        return calendar.holidaysFrom(Year.now().getValue() - 1);
    }

    public void addHoliday() {
        calendar.addHoliday(holiday, holidayName);
        Messages.info("dashboard.holiday.added");
        holiday = null;
        holidayName = null;
    }

    public LocalDate getHoliday() {
        return holiday;
    }

    public void setHoliday(LocalDate holiday) {
        this.holiday = holiday;
    }

    public String getHolidayName() {
        return holidayName;
    }

    public void setHolidayName(String holidayName) {
        this.holidayName = holidayName;
    }
}
