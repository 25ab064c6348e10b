package vn.thidua.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

import vn.thidua.unit.entity.Unit;

/** A person known to the portal, identified by the login name the identity provider gives. */
@Entity
@Table(name = "portal_user")
@NamedQuery(name = PortalUser.VIEW, query = PortalUser.SELECT_VIEW + " WHERE u.username = :username")
@NamedQuery(name = PortalUser.VIEWS, query = PortalUser.SELECT_VIEW + " ORDER BY u.username")
@NamedQuery(name = PortalUser.UNIT_ID, query = "SELECT u.unit.id FROM PortalUser u WHERE u.username = :username")
public class PortalUser implements Serializable {

    /** The user {@code username} as a view record, with their unit's code and name joined in. */
    public static final String VIEW = "PortalUser.view";
    /** Every user as a view record, by login name. */
    public static final String VIEWS = "PortalUser.views";
    /** The id of the unit {@code username} represents (no row when none). */
    public static final String UNIT_ID = "PortalUser.unitId";

    static final String SELECT_VIEW = "SELECT NEW vn.thidua.account.service.UserView(u.username, u.displayName,"
            + " un.id, un.code, un.name) FROM PortalUser u LEFT JOIN u.unit un";

    private static final long serialVersionUID = 1L;

    @Id
    @Column(length = 100)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @ManyToOne
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected PortalUser() {
    }

    public PortalUser(String username, String displayName, Unit unit, LocalDateTime createdAt) {
        this.username = Objects.requireNonNull(username);
        this.displayName = Objects.requireNonNull(displayName);
        this.unit = unit;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** The unit was succeeded: the person now represents the successor. */
    public void representInstead(Unit successor) {
        this.unit = successor;
    }

    /** The identity provider reports another name or unit for the person. */
    public void update(String displayName, Unit unit) {
        this.displayName = Objects.requireNonNull(displayName);
        this.unit = unit;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Unit getUnit() {
        return unit;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
