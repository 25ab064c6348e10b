package vn.thidua.it;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Runs test work as the member representative of a unit that {@link EncryptedBallotIT}
 * creates and merges during a ballot (a portal user the test registers; not a login
 * account, see {@link AsBoardSpecialist}).
 */
@Stateless
@PermitAll
@DeclareRoles("member_representative")
@RunAs("member_representative")
@RunAsPrincipal(AsMergedUnitA.PRINCIPAL)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsMergedUnitA {

    public static final String PRINCIPAL = "it-merge-a";

    public <T> T call(Work<T> work) throws Exception {
        return work.run();
    }
}
