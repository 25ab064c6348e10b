package vn.thidua.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

import vn.thidua.unit.entity.Unit;

/** A person known to the portal, identified by the login name the identity provider gives. */
@Entity
@Table(name = "portal_user")
public class PortalUser implements Serializable {

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
