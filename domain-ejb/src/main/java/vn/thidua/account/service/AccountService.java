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

    /** The caller's record, if the portal knows them. */
    @PermitAll
    public Optional<PortalUser> currentUser() {
        String name = context.getCallerPrincipal().getName();
        return Optional.ofNullable(em.find(PortalUser.class, name));
    }

    /** The unit the caller represents, if any (Board staff represent none). */
    @PermitAll
    public Optional<Unit> callerUnit() {
        return currentUser().map(PortalUser::getUnit);
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
    public List<PortalUser> users() {
        return em.createQuery("SELECT u FROM PortalUser u ORDER BY u.username", PortalUser.class).getResultList();
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
