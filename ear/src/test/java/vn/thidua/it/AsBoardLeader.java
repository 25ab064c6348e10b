package vn.thidua.it;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test work as a Board leader (not a login account, see {@link AsBoardSpecialist}). */
@Stateless
@PermitAll
@DeclareRoles("board_leader")
@RunAs("board_leader")
@RunAsPrincipal(AsBoardLeader.PRINCIPAL)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsBoardLeader {

    public static final String PRINCIPAL = "it-leader";

    public <T> T call(Work<T> work) throws Exception {
        return work.run();
    }
}
