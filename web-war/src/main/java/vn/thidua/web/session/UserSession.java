package vn.thidua.web.session;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

import vn.thidua.account.service.AccountService;
import vn.thidua.account.service.UserView;
import vn.thidua.shared.Roles;
import vn.thidua.web.security.PortalCaller;
import vn.thidua.web.security.SsoSettings;

/** The logged-in person's session: language, name, unit and the roles the menu shows. */
@Named
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(UserSession.class.getName());

    @Inject
    private AccountService accounts;

    private Locale locale = Locale.forLanguageTag("vi");
    private String displayName;
    private String unitName;
    private boolean loaded;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** Switches between Vietnamese and English and shows the same page again. */
    public void switchLanguage(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }

    public String getUsername() {
        HttpServletRequest request = request();
        return request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
    }

    /** Whether someone is logged in (the error pages are also shown to anonymous visitors). */
    public boolean isLoggedIn() {
        return getUsername() != null;
    }

    public String getDisplayName() {
        load();
        return displayName;
    }

    public String getUnitName() {
        load();
        return unitName;
    }

    public boolean isBoardSpecialist() {
        return inRole(Roles.BOARD_SPECIALIST);
    }

    public boolean isBoardLeader() {
        return inRole(Roles.BOARD_LEADER);
    }

    public boolean isBoard() {
        return isBoardSpecialist() || isBoardLeader();
    }

    public boolean isMember() {
        return inRole(Roles.MEMBER_REPRESENTATIVE);
    }

    public boolean isAdministrator() {
        return inRole(Roles.ADMINISTRATOR);
    }

    /** Whether the server's OpenID Connect client logs people in (config/oidc.cli), not the demo form. */
    public boolean isSingleSignOn() {
        return SsoSettings.enabled();
    }

    /** Why the portal does not admit the person ({@code UNKNOWN_UNIT}, {@code NO_ROLE}), or null. */
    public String getAccessProblem() {
        PortalCaller caller = caller();
        return caller == null || caller.isAdmitted() ? null : caller.access().name();
    }

    /** The unit code the identity provider sent (single sign-on), or null. */
    public String getClaimedUnit() {
        PortalCaller caller = caller();
        return caller == null ? null : caller.claimedUnit();
    }

    public boolean isAuditor() {
        return isBoard() || isAdministrator();
    }

    /**
     * Ends the portal session. After a single sign-on login it also ends the provider's
     * session (RP-initiated logout: the ID token as hint, back to the portal afterwards,
     * which asks the provider for a new login); after a demo login it shows the login page.
     */
    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = request();
        PortalCaller caller = caller();
        String home = request.getScheme() + "://" + request.getServerName()
                + (isDefaultPort(request) ? "" : ":" + request.getServerPort()) + request.getContextPath() + "/";
        try {
            request.logout();
        } catch (ServletException | RuntimeException e) {
            // e.g. a provider refusing the OpenID Connect client's back-channel logout: the
            // session ends anyway below, and the browser still goes to the end-session endpoint
            LOG.log(Level.WARNING, "Logout of " + getUsername() + " at the container failed; ending the session", e);
        }
        external.invalidateSession();
        if (caller != null && caller.logout() != null) {
            PortalCaller.ProviderLogout provider = caller.logout();
            StringBuilder url = new StringBuilder(provider.endpoint())
                    .append(provider.endpoint().contains("?") ? '&' : '?')
                    .append("post_logout_redirect_uri=").append(encode(home));
            if (provider.idToken() != null) {
                url.append("&id_token_hint=").append(encode(provider.idToken()));
            }
            if (provider.clientId() != null) {
                url.append("&client_id=").append(encode(provider.clientId()));
            }
            external.redirect(url.toString());
        } else {
            external.redirect(external.getRequestContextPath() + "/index.xhtml");
        }
    }

    private static boolean isDefaultPort(HttpServletRequest request) {
        return "http".equals(request.getScheme()) && request.getServerPort() == 80
                || "https".equals(request.getScheme()) && request.getServerPort() == 443;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private boolean inRole(String role) {
        PortalCaller caller = caller();
        return caller != null ? caller.has(role) : request().isUserInRole(role);
    }

    private static PortalCaller caller() {
        Object caller = FacesContext.getCurrentInstance().getExternalContext().getSessionMap().get(PortalCaller.ATTRIBUTE);
        return caller instanceof PortalCaller known ? known : null;
    }

    private void load() {
        if (!loaded && getUsername() != null) {
            UserView user = accounts.currentUser().orElse(null);
            displayName = user == null ? getUsername() : user.displayName();
            unitName = user == null ? null : user.unitName();
            loaded = true;
        }
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
