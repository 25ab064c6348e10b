package vn.thidua.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * How people log in to this server, for the pages. Demo mode is the server setting
 * {@value #DEMO_PROPERTY}{@code =true}, which {@code config/security.cli} (the demo accounts'
 * realm) defines and {@code config/oidc.cli} (single sign-on) removes; in demo mode every
 * page shows a banner saying the accounts are samples.
 */
@Named
@ApplicationScoped
public class LoginMode {

    public static final String DEMO_PROPERTY = "thidua.demo-mode";

    /** Whether the demo accounts log in on this server (and the demo banner shows). */
    public boolean isDemo() {
        return Boolean.getBoolean(DEMO_PROPERTY) && !SsoSettings.enabled();
    }
}
