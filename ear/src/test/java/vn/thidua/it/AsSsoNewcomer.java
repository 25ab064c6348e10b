package vn.thidua.it;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Runs test work as a member representative the portal has never seen: a first login
 * through single sign-on (not a login account, see {@link AsBoardSpecialist}).
 */
@Stateless
@PermitAll
@DeclareRoles("member_representative")
@RunAs("member_representative")
@RunAsPrincipal(AsSsoNewcomer.PRINCIPAL)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsSsoNewcomer {

    public static final String PRINCIPAL = "it-sso-newcomer";

    public <T> T call(Work<T> work) throws Exception {
        return work.run();
    }
}
