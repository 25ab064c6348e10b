package vn.thidua.it;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Runs test work as a Board specialist. The principal is not a login account: Elytron
 * counts run-as switches against a realm account as failed logins (brute-force
 * protection) and would lock it for the browser tests. No transaction of its own:
 * every service call in the work is its own transaction, as from a page.
 */
@Stateless
@PermitAll
@DeclareRoles("board_specialist")
@RunAs("board_specialist")
@RunAsPrincipal(AsBoardSpecialist.PRINCIPAL)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsBoardSpecialist {

    public static final String PRINCIPAL = "it-specialist";

    public <T> T call(Work<T> work) throws Exception {
        return work.run();
    }
}
