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

import vn.thidua.proposal.entity.Proposal;
import vn.thidua.proposal.entity.ProposalStatus;
import vn.thidua.proposal.service.ApprovalService;
import vn.thidua.registry.service.RegistryService;
import vn.thidua.web.Messages;

/** /board/dashboard/view.xhtml: proposals by status, overdue ones, awards per year; public holidays. */
@Named
@ViewScoped
public class DashboardBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApprovalService approvals;

    @Inject
    private RegistryService registry;

    private LocalDate holiday;
    private String holidayName;

    public List<Map.Entry<ProposalStatus, Long>> getByStatus() {
        return List.copyOf(approvals.countsByStatus().entrySet());
    }

    public List<Proposal> getOverdue() {
        return approvals.overdue();
    }

    public List<Map.Entry<Integer, Long>> getAwardsPerYear() {
        Map<Integer, Long> counts = new TreeMap<>();
        registry.search(null, null, null, null, null).forEach(a -> counts.merge(a.getYear(), 1L, Long::sum));
        return List.copyOf(counts.entrySet());
    }

    public long getMaxPerYear() {
        return getAwardsPerYear().stream().mapToLong(Map.Entry::getValue).max().orElse(1);
    }

    public List<Object[]> getHolidays() {
        return approvals.holidaysFrom(Year.now().getValue() - 1);
    }

    public void addHoliday() {
        approvals.addHoliday(holiday, holidayName);
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
