package vn.thidua.web.board.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.thidua.audit.service.AuditChain;
import vn.thidua.audit.service.AuditService;

/**
 * /board/audit/verify.xhtml: verifies the audit trail's hash chain when the page opens
 * (each visit verifies again) and names the first entry that breaks it.
 */
@Named
@RequestScoped
public class AuditVerifyBean {

    @Inject
    private AuditService audit;

    private AuditChain.Result result;

    /** The page's view action. */
    public void verify() {
        result = audit.verifyChain();
    }

    public boolean isIntact() {
        return result != null && result.intact();
    }

    public long getChecked() {
        return result == null ? 0 : result.checked();
    }

    public long getLastId() {
        return result == null ? 0 : result.lastId();
    }

    public String getLastHash() {
        return result == null ? null : result.lastHash();
    }

    public Long getFirstBrokenId() {
        return result == null ? null : result.firstBrokenId();
    }

    /** {@code CONTENT_CHANGED}, {@code LINK_BROKEN} or {@code ENTRIES_MISSING_AT_END} (bundle keys AuditBreak.*). */
    public String getReason() {
        return result == null || result.reason() == null ? null : result.reason().name();
    }
}
