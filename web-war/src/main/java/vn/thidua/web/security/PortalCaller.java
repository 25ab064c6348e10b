package vn.thidua.web.security;

import java.io.Serializable;
import java.util.Set;

import vn.thidua.shared.Roles;

/**
 * The logged-in person as the portal's pages see them, kept in the HTTP session: the same in
 * demo mode (roles from the server's realm) and single sign-on mode (roles mapped from the
 * identity provider's claims).
 *
 * @param username the login name
 * @param roles    the portal roles (empty when {@link #access} is not {@link Access#ADMITTED})
 * @param access   whether the person may use the portal
 * @param claimedUnit the unit code the identity provider sent (null in demo mode)
 * @param logout   how to end the provider's session too (null in demo mode)
 */
public record PortalCaller(String username, Set<String> roles, Access access, String claimedUnit,
                           ProviderLogout logout) implements Serializable {

    /** The session attribute holding the caller. */
    public static final String ATTRIBUTE = PortalCaller.class.getName();

    /** Whether a person may use the portal. */
    public enum Access {
        ADMITTED,
        /** The identity provider named no unit, or one the unit registry does not hold. */
        UNKNOWN_UNIT,
        /** None of the person's groups or roles gives a portal role. */
        NO_ROLE
    }

    /**
     * The provider's end-session endpoint and what RP-initiated logout sends to it.
     *
     * @param endpoint the end-session endpoint
     * @param idToken  the ID token, sent as {@code id_token_hint}
     * @param clientId the portal's client id at the provider
     */
    public record ProviderLogout(String endpoint, String idToken, String clientId) implements Serializable {
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean isBoard() {
        return has(Roles.BOARD_SPECIALIST) || has(Roles.BOARD_LEADER);
    }

    public boolean isAdmitted() {
        return access == Access.ADMITTED;
    }
}
