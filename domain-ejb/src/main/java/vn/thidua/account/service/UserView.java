package vn.thidua.account.service;

import java.io.Serializable;

/**
 * A person known to the portal as pages and the API show them: login name, display name
 * and the unit they represent ({@code unitId}, {@code unitCode}, {@code unitName} null for
 * Board staff and administrators).
 */
public record UserView(String username, String displayName, Long unitId, String unitCode, String unitName)
        implements Serializable {

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getUnitName() {
        return unitName;
    }
}
