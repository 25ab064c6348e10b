package vn.thidua.web.proposals;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;

import org.omnifaces.util.Faces;

import vn.thidua.notification.Notification;
import vn.thidua.proposal.entity.Proposal;
import vn.thidua.proposal.entity.ProposalStatus;
import vn.thidua.proposal.service.ApprovalService;
import vn.thidua.shared.Roles;

/** /proposals/inbox.xhtml: what waits for the caller, with counts; the Board's dashboard figures. */
@Named
@RequestScoped
public class InboxBean {

    @Inject
    private ApprovalService approvals;

    private List<Proposal> inbox;

    public List<Proposal> getInbox() {
        if (inbox == null) {
            inbox = approvals.inbox();
        }
        return inbox;
    }

    public long getOverdueCount() {
        return getInbox().stream().filter(Proposal::isOverdue).count();
    }

    public List<Notification> getNotifications() {
        return approvals.notifications();
    }

    public boolean isBoard() {
        return Faces.isUserInRole(Roles.BOARD_SPECIALIST) || Faces.isUserInRole(Roles.BOARD_LEADER);
    }

    public Map<ProposalStatus, Long> getCounts() {
        return approvals.countsByStatus();
    }

    public List<Map.Entry<ProposalStatus, Long>> getCountList() {
        return List.copyOf(getCounts().entrySet());
    }
}
