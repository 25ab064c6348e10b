package vn.thidua.it;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Runs test work as a member representative of the unit ReminderIT makes to lead its own bloc
 * in 2059 (a unit with a contact e-mail, so its filing reminders are mailed); the test
 * registers the portal user behind it.
 */
@Stateless
@PermitAll
@DeclareRoles("member_representative")
@RunAs("member_representative")
@RunAsPrincipal(AsFilingLeader.PRINCIPAL)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsFilingLeader {

    public static final String PRINCIPAL = "it-nhac-hoso";

    public <T> T call(Work<T> work) throws Exception {
        return work.run();
    }
}
