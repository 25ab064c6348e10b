package vn.thidua.proposal.service;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.logging.Logger;

import vn.thidua.shared.Roles;

/** Every morning: marks appraisals past their due date and notifies the Board (in the portal). */
@Singleton
@DeclareRoles(Roles.BOARD_LEADER)
@RunAs(Roles.BOARD_LEADER)
public class OverdueTimer {

    private static final Logger LOG = Logger.getLogger(OverdueTimer.class.getName());

    @Inject
    private ApprovalWorkflowService approvals;

    @Schedule(hour = "6", minute = "0", persistent = false)
    void daily() {
        int marked = approvals.markOverdue(LocalDate.now());
        LOG.info(() -> "Overdue appraisals marked: " + marked);
    }
}
