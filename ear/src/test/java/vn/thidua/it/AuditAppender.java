package vn.thidua.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import vn.thidua.audit.service.AuditService;

/** Appends audit entries, each in a transaction of its own, as concurrent use cases do. */
@Stateless
@PermitAll
public class AuditAppender {

    @Inject
    private AuditService audit;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void append(String writer, int n) {
        audit.record("AuditLoad", writer + "-" + n, "LOAD", "concurrent append " + n + " by writer " + writer);
    }
}
