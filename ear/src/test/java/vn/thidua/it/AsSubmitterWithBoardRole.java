package vn.thidua.it;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * The Youth Union's representative acting with the Board leader's role: the person who
 * submitted a proposal, trying to approve it.
 */
@Stateless
@PermitAll
@DeclareRoles("board_leader")
@RunAs("board_leader")
@RunAsPrincipal(AsYouthUnion.PRINCIPAL)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsSubmitterWithBoardRole {

    public static final String PRINCIPAL = AsYouthUnion.PRINCIPAL;

    public <T> T call(Work<T> work) throws Exception {
        return work.run();
    }
}
