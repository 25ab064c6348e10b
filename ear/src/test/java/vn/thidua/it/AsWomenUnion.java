package vn.thidua.it;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Runs test work as a member representative of the Women's Union (a portal user the
 * test registers; not a login account, see {@link AsBoardSpecialist}).
 */
@Stateless
@PermitAll
@DeclareRoles("member_representative")
@RunAs("member_representative")
@RunAsPrincipal(AsWomenUnion.PRINCIPAL)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsWomenUnion {

    public static final String PRINCIPAL = "it-hlhpn";

    public <T> T call(Work<T> work) throws Exception {
        return work.run();
    }
}
