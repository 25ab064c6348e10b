package vn.thidua.it;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * The Board specialist's account ({@link AsBoardSpecialist#PRINCIPAL}) acting with the
 * Board leader's role: one account holding both Board roles, which checked a dossier and
 * tries to approve it as well.
 */
@Stateless
@PermitAll
@DeclareRoles("board_leader")
@RunAs("board_leader")
@RunAsPrincipal(AsBoardSpecialist.PRINCIPAL)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsCheckerWithLeaderRole {

    public static final String PRINCIPAL = AsBoardSpecialist.PRINCIPAL;

    public <T> T call(Work<T> work) throws Exception {
        return work.run();
    }
}
