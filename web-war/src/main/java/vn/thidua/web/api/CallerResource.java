package vn.thidua.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

import vn.thidua.account.service.AccountService;
import vn.thidua.account.service.UserView;

/** Who the business layer takes the caller for: name, portal roles and unit. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CallerResource {

    @Inject
    private AccountService accounts;

    /** The caller as the EJBs see them; {@code unitCode} and {@code unitName} are null for Board staff. */
    public record Caller(String username, String displayName, List<String> roles, String unitCode, String unitName) {
    }

    @GET
    public Caller me() {
        UserView user = accounts.currentUser().orElse(null);
        List<String> roles = accounts.callerRoles();
        if (user == null) {
            return new Caller(null, null, roles, null, null);
        }
        return new Caller(user.username(), user.displayName(), roles, user.unitCode(), user.unitName());
    }
}
