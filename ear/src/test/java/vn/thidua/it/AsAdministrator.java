package vn.thidua.it;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test work as an administrator (not a login account, see {@link AsBoardSpecialist}). */
@Stateless
@PermitAll
@DeclareRoles("administrator")
@RunAs("administrator")
@RunAsPrincipal(AsAdministrator.PRINCIPAL)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsAdministrator {

    public static final String PRINCIPAL = "it-admin";

    public <T> T call(Work<T> work) throws Exception {
        return work.run();
    }
}
