package vn.thidua.it;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test work as "hlhpn", the demo member representative of the Women's Union. */
@Stateless
@PermitAll
@DeclareRoles("member_representative")
@RunAs("member_representative")
@RunAsPrincipal("hlhpn")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsWomenUnion {

    public <T> T call(Work<T> work) throws Exception {
        return work.run();
    }
}
