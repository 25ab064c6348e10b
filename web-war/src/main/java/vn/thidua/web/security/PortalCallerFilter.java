package vn.thidua.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.security.Principal;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;

import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.OidcSecurityContext;
import org.wildfly.security.http.oidc.RefreshableOidcSecurityContext;

import vn.thidua.account.service.AccountService;
import vn.thidua.account.service.AccountService.SignIn;
import vn.thidua.shared.Roles;
import vn.thidua.web.api.ApiAnswers;

/**
 * Establishes the portal caller of every authenticated request, in both login modes.
 * <ul>
 * <li>Demo mode (FORM login): the roles come from the server's realm.</li>
 * <li>Single sign-on mode (the server's OpenID Connect client verified the tokens): the
 * roles come from the configured claim through the configured mapping, the unit from the
 * configured claim; the first request of a session records the login (first login creates
 * the portal user linked to the unit). The request then runs, down to the EJBs, as an
 * identity holding exactly the mapped roles, so {@code @RolesAllowed} and the data checks
 * see the same roles as the pages.</li>
 * </ul>
 * A new login gets a new session id. Pages are checked against {@link PageAccess}; a person
 * whose unit is unknown, or who holds no portal role, sees only the page that says so.
 */
public class PortalCallerFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PortalCallerFilter.class.getName());

    @Inject
    private AccountService accounts;

    private transient SsoSettings settings;
    private transient ClaimMapping mapping;

    @Override
    public void init() throws ServletException {
        settings = SsoSettings.current();
        mapping = new ClaimMapping(settings);
        LOG.info(() -> "Single sign-on claims (used when the OpenID Connect client secures the portal): roles from '"
                + settings.rolesClaim() + "' mapped " + settings.roleMap() + ", unit from '" + settings.unitClaim()
                + "', name in " + settings.nameOrder().value() + " order (family_name, given_name; full name from '"
                + settings.nameClaim() + "')");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        if (principal == null) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (principal instanceof OidcPrincipal<?> oidc) {
            singleSignOn(request, response, chain, oidc, path);
            return;
        }
        PortalCaller caller = sessionCaller(request, principal.getName());
        if (caller == null) {
            Set<String> roles = new HashSet<>();
            Roles.ALL.stream().filter(request::isUserInRole).forEach(roles::add);
            caller = new PortalCaller(principal.getName(), Set.copyOf(roles), PortalCaller.Access.ADMITTED, null, null);
            remember(request, caller);
        }
        if (!PageAccess.allows(path, caller.roles())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    private void singleSignOn(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                              OidcPrincipal<?> principal, String path) throws IOException, ServletException {
        OidcSecurityContext tokens = principal.getOidcSecurityContext();
        ClaimMapping.Mapped mapped = mapping.map(ClaimMapping.claims(tokens.getTokenString()),
                ClaimMapping.claims(tokens.getIDTokenString()));
        boolean bearer = request.getHeader("Authorization") != null;
        PortalCaller caller = bearer ? null : sessionCaller(request, principal.getName());
        if (caller == null || !caller.roles().equals(effectiveRoles(mapped, caller.access()))) {
            // Board staff and administrators represent no unit, whatever agency code they carry
            String unitCode = isStaffOnly(mapped) ? null : mapped.unitCode();
            // a person without any portal role is not recorded
            boolean anyRole = !mapped.roles().isEmpty() || !settings.defaultRole().isEmpty();
            SignIn signIn = anyRole ? runAs(Set.of(), () -> accounts.signIn(unitCode, mapped.displayName())) : null;
            PortalCaller.Access access = access(mapped, signIn);
            caller = new PortalCaller(principal.getName(), effectiveRoles(mapped, access), access, mapped.unitCode(),
                    providerLogout(tokens));
            if (!bearer) {
                remember(request, caller);
            }
            PortalCaller logged = caller;
            LOG.fine(() -> "Single sign-on: " + logged.username() + " " + logged.access() + " " + logged.roles());
        }
        if (!caller.isAdmitted() && !PageAccess.isOpen(path)) {
            refuse(request, response, path, caller);
            return;
        }
        if (!PageAccess.allows(path, caller.roles())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Set<String> roles = caller.roles();
        HttpServletRequest withRoles = new HttpServletRequestWrapper(request) {
            @Override
            public boolean isUserInRole(String role) {
                return roles.contains(role);
            }
        };
        runAs(roles, () -> {
            chain.doFilter(withRoles, response);
            return null;
        });
    }

    /** The mapped roles, plus the default role for people of a known unit; none when not admitted. */
    private Set<String> effectiveRoles(ClaimMapping.Mapped mapped, PortalCaller.Access access) {
        if (access != PortalCaller.Access.ADMITTED) {
            return Set.of();
        }
        Set<String> roles = new HashSet<>(mapped.roles());
        String fallback = settings.defaultRole();
        if (!fallback.isEmpty() && !isStaffOnly(mapped)) {
            roles.add(fallback);
        }
        return Set.copyOf(roles);
    }

    /**
     * Board staff and administrators need no unit; anyone else needs a unit the registry
     * holds (a member representative acts for it).
     */
    private PortalCaller.Access access(ClaimMapping.Mapped mapped, SignIn signIn) {
        if (isStaffOnly(mapped)) {
            return PortalCaller.Access.ADMITTED;
        }
        boolean member = mapped.roles().contains(Roles.MEMBER_REPRESENTATIVE) || !settings.defaultRole().isEmpty();
        if (!member) {
            return PortalCaller.Access.NO_ROLE;
        }
        return signIn == SignIn.LINKED ? PortalCaller.Access.ADMITTED : PortalCaller.Access.UNKNOWN_UNIT;
    }

    /** Board staff or administrator, and not also a member representative. */
    private static boolean isStaffOnly(ClaimMapping.Mapped mapped) {
        boolean staff = mapped.roles().contains(Roles.BOARD_SPECIALIST) || mapped.roles().contains(Roles.BOARD_LEADER)
                || mapped.roles().contains(Roles.ADMINISTRATOR);
        return staff && !mapped.roles().contains(Roles.MEMBER_REPRESENTATIVE);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String path, PortalCaller caller)
            throws IOException {
        if (ApiAnswers.isApi(path)) {
            String key = caller.access() == PortalCaller.Access.UNKNOWN_UNIT ? "sso.unknownUnit.title" : "sso.noRole.title";
            ApiAnswers.write(request, response, HttpServletResponse.SC_FORBIDDEN, key);
            return;
        }
        response.sendRedirect(request.getContextPath() + "/error/access.xhtml");
    }

    private PortalCaller.ProviderLogout providerLogout(OidcSecurityContext tokens) {
        String endpoint = settings.logoutUrl();
        String clientId = null;
        if (tokens instanceof RefreshableOidcSecurityContext refreshable && refreshable.getOidcClientConfiguration() != null) {
            clientId = refreshable.getOidcClientConfiguration().getResourceName();
            if (endpoint.isEmpty() && refreshable.getOidcClientConfiguration().getLogoutUrl() != null) {
                endpoint = refreshable.getOidcClientConfiguration().getLogoutUrl();
            }
        }
        return endpoint.isEmpty() ? null : new PortalCaller.ProviderLogout(endpoint, tokens.getIDTokenString(), clientId);
    }

    private static PortalCaller sessionCaller(HttpServletRequest request, String username) {
        HttpSession session = request.getSession(false);
        Object caller = session == null ? null : session.getAttribute(PortalCaller.ATTRIBUTE);
        return caller instanceof PortalCaller known && known.username().equals(username) ? known : null;
    }

    /** The first request of a login: a new session id, then the caller in the session. */
    private static void remember(HttpServletRequest request, PortalCaller caller) {
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(PortalCaller.ATTRIBUTE, caller);
    }

    /** Runs {@code work} as the current identity holding exactly {@code roles}. */
    private static <T> T runAs(Set<String> roles, PrivilegedExceptionAction<T> work) throws IOException, ServletException {
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            throw new ServletException("No security domain for the single sign-on identity");
        }
        SecurityIdentity identity = domain.getCurrentSecurityIdentity()
                .withDefaultRoleMapper(RoleMapper.constant(org.wildfly.security.authz.Roles.fromSet(roles)));
        try {
            return identity.runAs(work);
        } catch (PrivilegedActionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof ServletException servlet) {
                throw servlet;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new ServletException(cause);
        }
    }
}
