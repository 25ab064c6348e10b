package vn.thidua.web.proposals;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;

import org.omnifaces.util.Faces;

import vn.thidua.notification.service.NotificationService;
import vn.thidua.notification.service.NotificationView;
import vn.thidua.proposal.entity.ProposalStatus;
import vn.thidua.proposal.service.ProposalRow;
import vn.thidua.proposal.service.ProposalService;
import vn.thidua.shared.Roles;

/** /proposals/inbox.xhtml: what waits for the caller, with counts; the Board's dashboard figures. */
@Named
@RequestScoped
public class InboxBean {

    @Inject
    private ProposalService proposals;

    @Inject
    private NotificationService notifications;

    private List<ProposalRow> inbox;

    public List<ProposalRow> getInbox() {
        if (inbox == null) {
            inbox = proposals.inbox();
        }
        return inbox;
    }

    public long getOverdueCount() {
        return getInbox().stream().filter(ProposalRow::overdue).count();
    }

    public List<NotificationView> getNotifications() {
        return notifications.notifications();
    }

    public boolean isBoard() {
        return Faces.isUserInRole(Roles.BOARD_SPECIALIST) || Faces.isUserInRole(Roles.BOARD_LEADER);
    }

    public Map<ProposalStatus, Long> getCounts() {
        return proposals.countsByStatus();
    }

    public List<Map.Entry<ProposalStatus, Long>> getCountList() {
        return List.copyOf(getCounts().entrySet());
    }
}
