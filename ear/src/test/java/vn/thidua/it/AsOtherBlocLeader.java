package vn.thidua.it;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test work as the representative of the Department of Finance, leader of Bloc No. 01 (not of Bloc No. 03). */
@Stateless
@PermitAll
@DeclareRoles("member_representative")
@RunAs("member_representative")
@RunAsPrincipal(AsOtherBlocLeader.PRINCIPAL)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsOtherBlocLeader {

    public static final String PRINCIPAL = "it-stc";

    public <T> T call(Work<T> work) throws Exception {
        return work.run();
    }
}
