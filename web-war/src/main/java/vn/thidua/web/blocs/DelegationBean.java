package vn.thidua.web.blocs;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import vn.thidua.bloc.service.BlocAccess;
import vn.thidua.bloc.service.DelegationService;
import vn.thidua.bloc.service.DelegationView;
import vn.thidua.web.Messages;

/**
 * The delegation section of /blocs/view.xhtml (issue 15, item 4): whoever reads the bloc's
 * year sees who was delegated for which period; the leader in person gives a delegation to
 * the deputy (after a confirmation) and may end it early.
 */
@Named
@ViewScoped
public class DelegationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BlocViewBean page;

    @Inject
    private DelegationService delegationService;

    @Inject
    private BlocAccess access;

    private List<DelegationView> delegations = List.of();
    private boolean leader;
    private LocalDate from;
    private LocalDate to;
    private String reason;

    /** f:viewAction after the page's own: the year's delegations, for the members and the Board. */
    public void load() {
        Long blocId = page.getBloc().blocId();
        int year = page.getBloc().year();
        if (!access.isBoard() && access.callerMemberUnit(blocId, year).isEmpty()) {
            return;
        }
        leader = access.callerIsLeaderInPerson(blocId, year);
        delegations = delegationService.delegations(blocId, year);
    }

    public void delegate() {
        delegationService.delegate(page.getBloc().blocId(), page.getBloc().year(), from, to, reason);
        Messages.info("bloc.delegation.given");
        from = null;
        to = null;
        reason = null;
        load();
    }

    public void end(Long delegationId) {
        delegationService.endDelegation(delegationId);
        Messages.info("bloc.delegation.endedNow");
        load();
    }

    /** The state of a delegation, as a message key. */
    public String state(DelegationView d) {
        if (d.endedAt() != null) {
            return "bloc.delegation.ended";
        }
        return d.activeToday() ? "bloc.delegation.active" : "bloc.delegation.notActive";
    }

    public List<DelegationView> getDelegations() {
        return delegations;
    }

    public boolean isLeader() {
        return leader;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
