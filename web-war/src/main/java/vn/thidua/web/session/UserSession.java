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
import java.util.Locale;

import vn.thidua.account.entity.PortalUser;
import vn.thidua.account.service.AccountService;
import vn.thidua.shared.Roles;

/** The logged-in person's session: language, name, unit and the roles the menu shows. */
@Named
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;

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

    public String getDisplayName() {
        load();
        return displayName;
    }

    public String getUnitName() {
        load();
        return unitName;
    }

    public boolean isBoardSpecialist() {
        return request().isUserInRole(Roles.BOARD_SPECIALIST);
    }

    public boolean isBoardLeader() {
        return request().isUserInRole(Roles.BOARD_LEADER);
    }

    public boolean isBoard() {
        return isBoardSpecialist() || isBoardLeader();
    }

    public boolean isMember() {
        return request().isUserInRole(Roles.MEMBER_REPRESENTATIVE);
    }

    public boolean isAdministrator() {
        return request().isUserInRole(Roles.ADMINISTRATOR);
    }

    public boolean isAuditor() {
        return isBoard() || isAdministrator();
    }

    /** Ends the portal session and returns to the login page. */
    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        request().logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
    }

    private void load() {
        if (!loaded && getUsername() != null) {
            PortalUser user = accounts.currentUser().orElse(null);
            displayName = user == null ? getUsername() : user.getDisplayName();
            unitName = user == null || user.getUnit() == null ? null : user.getUnit().getName();
            loaded = true;
        }
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
