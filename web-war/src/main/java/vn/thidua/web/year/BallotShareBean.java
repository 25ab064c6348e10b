package vn.thidua.web.year;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.thidua.ballot.service.CommitteeService;
import vn.thidua.web.Messages;

/**
 * The ballots page's share form, after an electronic ballot closed: one counting committee
 * member at a time enters their share; the service checks it, decrypts the per-candidate
 * sums partially and discards it. The share lives in this request only (request scope, a
 * secret field that is never written back into the page).
 */
@Named
@RequestScoped
public class BallotShareBean {

    @Inject
    private CommitteeService committees;

    @Inject
    private BallotsBean page;

    private String share;

    public String enter() {
        String entered = share;
        share = null;
        int needed = committees.enterShare(page.getBallotId(), entered == null ? "" : entered);
        if (needed > 0) {
            Messages.info("ballot.share.entered.more", needed);
        } else {
            Messages.info("ballot.share.entered.enough");
        }
        return page.reload();
    }

    public String getShare() {
        return share;
    }

    public void setShare(String share) {
        this.share = share;
    }
}
