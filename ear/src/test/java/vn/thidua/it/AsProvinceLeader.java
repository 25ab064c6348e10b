package vn.thidua.it;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Runs test work as the member representative of the unit that leads the bloc of a test
 * province in {@link ProvinceMergerIT} (a portal user the test registers; not a login
 * account, see {@link AsBoardSpecialist}). The province succession passes the user on to the
 * unit's successor record.
 */
@Stateless
@PermitAll
@DeclareRoles("member_representative")
@RunAs("member_representative")
@RunAsPrincipal(AsProvinceLeader.PRINCIPAL)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsProvinceLeader {

    public static final String PRINCIPAL = "it-province-leader";

    public <T> T call(Work<T> work) throws Exception {
        return work.run();
    }
}
