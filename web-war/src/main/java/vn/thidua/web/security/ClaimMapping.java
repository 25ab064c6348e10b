package vn.thidua.web.security;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns the claims of a verified token into what the portal needs: portal roles, the unit
 * code and the display name. The signature, issuer, expiry and audience were checked by the
 * server's OpenID Connect client before the portal sees the token.
 */
public final class ClaimMapping {

    private final SsoSettings settings;

    public ClaimMapping(SsoSettings settings) {
        this.settings = settings;
    }

    /** What the claims say about a person. */
    public record Mapped(Set<String> roles, String unitCode, String displayName) {
    }

    /**
     * Maps the claims of the access token and the ID token (a claim found in the access token
     * wins; WSO2 and Keycloak put groups and custom claims in either, depending on setup).
     */
    public Mapped map(JsonObject accessClaims, JsonObject idClaims) {
        List<JsonObject> sources = new ArrayList<>();
        if (accessClaims != null) {
            sources.add(accessClaims);
        }
        if (idClaims != null) {
            sources.add(idClaims);
        }
        Set<String> roles = new LinkedHashSet<>();
        for (String value : values(first(sources, settings.rolesClaim()))) {
            String portalRole = settings.roleMap().get(value);
            if (portalRole != null) {
                roles.add(portalRole);
            }
        }
        List<String> units = values(first(sources, settings.unitClaim()));
        return new Mapped(Set.copyOf(roles), units.isEmpty() ? null : units.get(0), displayName(sources));
    }

    /**
     * The display name in the configured order from {@code family_name} and {@code given_name}
     * (standard OpenID Connect claims, in Keycloak's and WSO2's {@code profile} scope), with the
     * full-name claim as fallback. The claims are read as a whole: the two parts come from the
     * same token, never family from one and given from the other.
     */
    private String displayName(List<JsonObject> sources) {
        String fullName = text(first(sources, settings.nameClaim()));
        for (JsonObject source : sources) {
            String family = text(source.get("family_name"));
            String given = text(source.get("given_name"));
            if (family != null || given != null) {
                return settings.nameOrder().compose(family, given, fullName);
            }
        }
        return settings.nameOrder().compose(null, null, fullName);
    }

    /** A claim's text: a string as it is (a name may hold commas), or an array's first string. */
    private static String text(JsonValue value) {
        if (value instanceof JsonArray array) {
            return array.stream().map(ClaimMapping::text).filter(Objects::nonNull).findFirst().orElse(null);
        }
        return value instanceof JsonString string && !string.getString().isBlank() ? string.getString() : null;
    }

    /** The claims of a compact JWT (the payload only: the signature was verified already). */
    public static JsonObject claims(String jwt) {
        if (jwt == null) {
            return null;
        }
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            return null;
        }
        String json = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static JsonValue first(List<JsonObject> sources, String path) {
        for (JsonObject source : sources) {
            JsonValue value = at(source, path);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** The value at a dotted path; a claim whose own name contains dots is found too. */
    static JsonValue at(JsonObject object, String path) {
        if (object.containsKey(path)) {
            return object.get(path);
        }
        int dot = path.indexOf('.');
        while (dot > 0) {
            JsonValue head = object.get(path.substring(0, dot));
            if (head instanceof JsonObject inner) {
                JsonValue found = at(inner, path.substring(dot + 1));
                if (found != null) {
                    return found;
                }
            }
            dot = path.indexOf('.', dot + 1);
        }
        return null;
    }

    /**
     * The strings of a claim: an array's strings, or a single string split at commas (a
     * provider may send one group as a plain string and several as a comma-separated list).
     */
    static List<String> values(JsonValue value) {
        List<String> result = new ArrayList<>();
        if (value instanceof JsonArray array) {
            for (JsonValue item : array) {
                if (item instanceof JsonString text && !text.getString().isBlank()) {
                    result.add(text.getString().strip());
                }
            }
        } else if (value instanceof JsonString text) {
            for (String part : text.getString().split(",")) {
                if (!part.isBlank()) {
                    result.add(part.strip());
                }
            }
        } else if (value != null && value.getValueType() == JsonValue.ValueType.NUMBER) {
            result.add(value.toString());
        }
        return result;
    }
}
