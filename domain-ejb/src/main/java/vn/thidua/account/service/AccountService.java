package vn.thidua.account.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import vn.thidua.account.entity.PortalUser;
import vn.thidua.audit.service.AuditService;
import vn.thidua.shared.AccessDeniedException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.Roles;
import vn.thidua.unit.entity.Unit;
import vn.thidua.unit.service.UnitService;
import vn.thidua.unit.service.UnitSuccession;

/** The portal's users: who the caller is and which unit they represent. */
@Stateless
public class AccountService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private UnitService units;

    @Inject
    private AuditService audit;

    /** The caller as the portal knows them (name and unit), if it does. */
    @PermitAll
    public Optional<UserView> currentUser() {
        return em.createNamedQuery(PortalUser.VIEW, UserView.class)
                .setParameter("username", context.getCallerPrincipal().getName()).getResultList().stream().findFirst();
    }

    /** The id of the unit the caller represents, if any (Board staff represent none): one small query. */
    @PermitAll
    public Optional<Long> callerUnitId() {
        return em.createNamedQuery(PortalUser.UNIT_ID, Long.class)
                .setParameter("username", context.getCallerPrincipal().getName()).getResultList().stream().findFirst();
    }

    /** The unit the caller represents, if any, as an entity for another area's association. */
    @PermitAll
    public Optional<Unit> callerUnit() {
        return Optional.ofNullable(em.find(PortalUser.class, context.getCallerPrincipal().getName()))
                .map(PortalUser::getUnit);
    }

    /** The portal roles the caller holds, as the business layer sees them. */
    @PermitAll
    public List<String> callerRoles() {
        return Roles.ALL.stream().filter(context::isCallerInRole).toList();
    }

    /**
     * Records a login through single sign-on: the first login creates the caller's record,
     * linked to the unit whose current record has {@code unitCode}; later logins follow
     * changes of name or unit that the identity provider reports. A code that matches no
     * current unit stores nothing. Without a code the record has no unit (Board staff).
     */
    @PermitAll
    public SignIn signIn(String unitCode, String displayName) {
        String username = context.getCallerPrincipal().getName();
        if ("anonymous".equals(username) || username.length() > 100) {
            throw new AccessDeniedException();
        }
        Unit unit = null;
        if (unitCode != null && !unitCode.isBlank()) {
            if (unitCode.strip().length() > 30) {
                return SignIn.UNKNOWN_UNIT;
            }
            Optional<Unit> found = units.currentUnit(unitCode.strip());
            if (found.isEmpty()) {
                return SignIn.UNKNOWN_UNIT;
            }
            unit = found.get();
        }
        String name = displayName == null || displayName.isBlank() ? username : displayName.strip();
        name = name.length() > 200 ? name.substring(0, 200) : name;
        PortalUser user = em.find(PortalUser.class, username);
        if (user == null) {
            em.persist(new PortalUser(username, name, unit, LocalDateTime.now()));
            audit.record("PortalUser", username, "SSO_FIRST_LOGIN", name + (unit == null ? "" : " | " + unit.getCode() + " " + unit.getName()));
            return unit == null ? SignIn.NO_UNIT : SignIn.LINKED;
        }
        Unit before = user.getUnit();
        boolean unitChanged = unit != null && (before == null || !before.getId().equals(unit.getId()));
        if (unitChanged || !name.equals(user.getDisplayName())) {
            user.update(name, unit == null ? before : unit);
            audit.record("PortalUser", username, "SSO_UPDATE", name
                    + (unitChanged ? " | " + (before == null ? "–" : before.getCode()) + " → " + unit.getCode() : ""));
        }
        return user.getUnit() == null ? SignIn.NO_UNIT : SignIn.LINKED;
    }

    /** What a single sign-on login found out about the caller's unit. */
    public enum SignIn {
        /** Linked to a unit of the registry. */
        LINKED,
        /** No unit (the identity provider sent none). */
        NO_UNIT,
        /** The identity provider named a unit the registry does not hold. */
        UNKNOWN_UNIT
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.BOARD_SPECIALIST})
    public PortalUser registerUser(@NotBlank @Size(max = 100) String username,
                                   @NotBlank @Size(max = 200) String displayName, Long unitId) {
        if (em.find(PortalUser.class, username) != null) {
            throw new InvalidInputException("error.user.exists", username);
        }
        Unit unit = unitId == null ? null : units.unit(unitId);
        PortalUser user = new PortalUser(username, displayName, unit, LocalDateTime.now());
        em.persist(user);
        audit.record("PortalUser", username, "CREATE",
                displayName + (unit == null ? "" : " | " + unit.getCode() + " " + unit.getName()));
        return user;
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
    public List<UserView> users() {
        return em.createNamedQuery(PortalUser.VIEWS, UserView.class).getResultList();
    }

    /** People who represented a succeeded unit now represent its successor. */
    @PermitAll
    public void onSuccession(@Observes UnitSuccession succession) {
        Unit successor = units.unit(succession.successorId());
        List<PortalUser> moved = em.createQuery("SELECT u FROM PortalUser u WHERE u.unit.id IN :ids", PortalUser.class)
                .setParameter("ids", succession.predecessorIds()).getResultList();
        for (PortalUser user : moved) {
            Unit before = user.getUnit();
            user.representInstead(successor);
            audit.record("PortalUser", user.getUsername(), "UNIT_SUCCEEDED",
                    before.getCode() + " → " + successor.getCode());
        }
    }
}
