package vn.thidua.web.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the display name of a single sign-on user is composed from the standard OpenID Connect
 * claims {@code family_name} and {@code given_name}, or taken from the full-name claim.
 * Providers differ: Keycloak builds its {@code name} claim as given name then family name
 * ("Hùng Trần Văn"), while a Vietnamese name is written family, middle, given ("Trần Văn
 * Hùng"). The middle name may sit in either claim (family "Trần Văn" + given "Hùng", or
 * family "Trần" + given "Văn Hùng"): both compose to the same name. Chosen by the system
 * property {@code thidua.sso.name-order} ({@code THIDUA_SSO_NAME_ORDER}).
 */
public enum NameOrder {

    /** family_name then given_name (the default): "Trần Văn" + "Hùng" gives "Trần Văn Hùng". */
    VIETNAMESE,
    /** given_name then family_name, as in Western usage. */
    WESTERN,
    /** The full-name claim as the provider composed it. */
    NAME_CLAIM;

    /**
     * The display name. When one of family and given name is missing, the other alone; when
     * both are missing, the full-name claim. In {@link #NAME_CLAIM} order, the full-name claim,
     * and when it is missing the Vietnamese composition. Blank values count as missing; inner
     * runs of spaces become one. Null when no claim gives a name (the portal then shows the
     * login name).
     */
    public String compose(String familyName, String givenName, String fullName) {
        String family = clean(familyName);
        String given = clean(givenName);
        String full = clean(fullName);
        if (this == NAME_CLAIM) {
            return full != null ? full : VIETNAMESE.compose(family, given, null);
        }
        if (family == null && given == null) {
            return full;
        }
        if (family == null) {
            return given;
        }
        if (given == null) {
            return family;
        }
        return this == VIETNAMESE ? family + " " + given : given + " " + family;
    }

    /** The configuration value of this order: {@code vietnamese}, {@code western}, {@code name-claim}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Reads a configuration value (case-insensitive); blank means {@link #VIETNAMESE}. Anything
     * else is refused with a message naming the allowed values, so that a typing error stops
     * the portal instead of silently showing names in another order.
     */
    public static NameOrder parse(String value) {
        if (value == null || value.isBlank()) {
            return VIETNAMESE;
        }
        for (NameOrder order : values()) {
            if (order.value().equalsIgnoreCase(value.strip())) {
                return order;
            }
        }
        throw new IllegalArgumentException("thidua.sso.name-order: '" + value.strip() + "' is not one of "
                + Arrays.stream(values()).map(NameOrder::value).collect(Collectors.joining(", ")));
    }

    private static String clean(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.strip().replaceAll("\\s+", " ");
    }
}
