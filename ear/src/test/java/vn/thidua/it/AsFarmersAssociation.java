package vn.thidua.it;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Runs test work as a member representative of the Farmers' Association, the bloc deputy
 * unit in the tests' years (a portal user the tests register; not a login account, see
 * {@link AsBoardSpecialist}).
 */
@Stateless
@PermitAll
@DeclareRoles("member_representative")
@RunAs("member_representative")
@RunAsPrincipal(AsFarmersAssociation.PRINCIPAL)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsFarmersAssociation {

    public static final String PRINCIPAL = "it-hoinongdan";

    public <T> T call(Work<T> work) throws Exception {
        return work.run();
    }
}
