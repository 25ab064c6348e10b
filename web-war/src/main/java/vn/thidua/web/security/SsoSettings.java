package vn.thidua.web.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import vn.thidua.shared.Roles;

/**
 * How the portal reads the identity provider's claims in single sign-on mode. The values
 * are system properties that {@code config/oidc.cli} defines from environment variables
 * ({@code THIDUA_SSO_*}), so a province changes them without rebuilding the portal.
 *
 * @param rolesClaim the claim holding the person's groups or roles; dots walk into
 *                   objects, e.g. {@code realm_access.roles}
 * @param roleMap    provider role or group → portal role
 * @param unitClaim  the claim holding the code of the person's unit (agency code)
 * @param nameClaim  the claim holding the person's full name
 * @param nameOrder  how the display name is composed from {@code family_name} and
 *                   {@code given_name} (or taken from the full-name claim)
 * @param defaultRole a portal role for everyone whose unit is known (empty: none)
 * @param logoutUrl  the provider's end-session endpoint when discovery does not give one
 */
public record SsoSettings(String rolesClaim, Map<String, String> roleMap, String unitClaim, String nameClaim,
                          NameOrder nameOrder, String defaultRole, String logoutUrl) {

    static final String PREFIX = "thidua.sso.";

    /** Whether config/oidc.cli configured this server for single sign-on. */
    public static boolean enabled() {
        return System.getProperty(PREFIX + "roles-claim") != null;
    }

    /** The settings of this server. */
    public static SsoSettings current() {
        return parse(property("roles-claim", "groups"), property("role-map", ""), property("unit-claim", "agency_code"),
                property("name-claim", "name"), property("name-order", ""), property("default-role", ""),
                property("logout-url", ""));
    }

    /**
     * Reads a role map written as {@code provider-role=portal_role} pairs separated by
     * commas or semicolons. Portal roles outside {@link Roles#ALL} are refused, so that a
     * typing error in the configuration cannot hand out a role nobody checks. The name order
     * is read by {@link NameOrder#parse} (blank: Vietnamese order).
     */
    public static SsoSettings parse(String rolesClaim, String roleMap, String unitClaim, String nameClaim,
                                    String nameOrder, String defaultRole, String logoutUrl) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : roleMap.split("[,;]")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.lastIndexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new IllegalArgumentException("thidua.sso.role-map: '" + pair.strip()
                        + "' is not provider-role=portal_role");
            }
            String portalRole = requireRole(pair.substring(eq + 1).strip());
            map.put(pair.substring(0, eq).strip(), portalRole);
        }
        String fallback = defaultRole == null || defaultRole.isBlank() ? "" : requireRole(defaultRole.strip());
        return new SsoSettings(rolesClaim.strip(), Collections.unmodifiableMap(map), unitClaim.strip(), nameClaim.strip(),
                NameOrder.parse(nameOrder), fallback, logoutUrl == null ? "" : logoutUrl.strip());
    }

    /** The portal roles this configuration can hand out. */
    public Set<String> portalRoles() {
        return Set.copyOf(roleMap.values());
    }

    private static String requireRole(String role) {
        if (!Roles.ALL.contains(role)) {
            throw new IllegalArgumentException("thidua.sso: '" + role + "' is not a portal role " + Roles.ALL);
        }
        return role;
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(PREFIX + name);
        return value == null ? fallback : value;
    }
}
