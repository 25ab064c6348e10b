package vn.thidua.unit.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import vn.thidua.audit.service.AuditService;
import vn.thidua.shared.ConcurrentEditException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Page;
import vn.thidua.shared.PageRequest;
import vn.thidua.shared.Roles;
import vn.thidua.shared.Search;
import vn.thidua.unit.entity.LineageKind;
import vn.thidua.unit.entity.Province;
import vn.thidua.unit.entity.Unit;
import vn.thidua.unit.entity.UnitLineage;

/**
 * Units and provinces: creating and correcting units, renaming and merging them. A
 * rename or merge ends the old records and starts a successor; {@link UnitSuccession}
 * observers (memberships, users) then pass what belongs to later years to the successor.
 */
@Stateless
public class UnitService {

    private static final Logger LOG = Logger.getLogger(UnitService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditService audit;

    @Inject
    private Event<UnitSuccession> successions;

    @PermitAll
    public List<Province> provinces() {
        return em.createQuery("SELECT p FROM Province p ORDER BY p.name", Province.class).getResultList();
    }

    @RolesAllowed({Roles.BOARD_SPECIALIST})
    public Province createProvince(@NotNull String code, @NotNull String name) {
        if (!em.createQuery("SELECT p FROM Province p WHERE p.code = :code", Province.class)
                .setParameter("code", code).getResultList().isEmpty()) {
            throw new InvalidInputException("error.province.duplicateCode", code);
        }
        Province province = new Province(code, name);
        em.persist(province);
        em.flush();
        audit.record("Province", province.getId(), "CREATE", code + " " + name);
        return province;
    }

    @PermitAll
    public Unit unit(@NotNull Long id) {
        Unit unit = em.find(Unit.class, id);
        if (unit == null) {
            throw new NotFoundException("Unit", id);
        }
        return unit;
    }

    /** Units valid today in a province (all provinces when {@code provinceId} is null), by name. */
    @PermitAll
    public List<Unit> currentUnits(Long provinceId) {
        return em.createQuery("SELECT u FROM Unit u WHERE u.validTo IS NULL"
                        + " AND (:province IS NULL OR u.province.id = :province) ORDER BY u.name", Unit.class)
                .setParameter("province", provinceId).getResultList();
    }

    @RolesAllowed({Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
    public Page<Unit> findUnits(String text, Long provinceId, boolean currentOnly, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Unit> query = cb.createQuery(Unit.class);
        Root<Unit> root = query.from(Unit.class);
        query.where(unitConditions(cb, root, text, provinceId, currentOnly));
        String sort = switch (String.valueOf(page.sortField())) {
            case "code", "shortName", "validFrom" -> page.sortField();
            default -> "name";
        };
        query.orderBy(page.ascending() ? cb.asc(root.get(sort)) : cb.desc(root.get(sort)), cb.asc(root.get("id")));
        List<Unit> rows = em.createQuery(query).setFirstResult(page.first()).setMaxResults(page.size())
                .getResultList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Unit> countRoot = count.from(Unit.class);
        count.select(cb.count(countRoot)).where(unitConditions(cb, countRoot, text, provinceId, currentOnly));
        return new Page<>(rows, em.createQuery(count).getSingleResult());
    }

    private static Predicate[] unitConditions(CriteriaBuilder cb, Root<Unit> root, String text, Long provinceId,
                                              boolean currentOnly) {
        List<Predicate> where = new ArrayList<>();
        if (provinceId != null) {
            where.add(cb.equal(root.get("province").get("id"), provinceId));
        }
        if (currentOnly) {
            where.add(cb.isNull(root.get("validTo")));
        }
        String like = Search.containsPattern(text);
        if (like != null) {
            where.add(cb.or(cb.like(cb.lower(root.get("name")), like), cb.like(cb.lower(root.get("code")), like),
                    cb.like(cb.lower(root.get("shortName")), like)));
        }
        return where.toArray(Predicate[]::new);
    }

    @RolesAllowed(Roles.BOARD_SPECIALIST)
    public Unit createUnit(@NotNull @Valid UnitForm form) {
        Province province = province(form.getProvinceId());
        requireFreeCode(form.getCode(), Set.of());
        Unit unit = new Unit(province, form.getCode(), form.getName(), form.getShortName(),
                parent(form.getParentId()), form.getValidFrom());
        em.persist(unit);
        em.flush();
        audit.record("Unit", unit.getId(), "CREATE", describe(unit));
        LOG.info(() -> "Unit created: " + unit.getId() + " " + unit.getCode());
        return unit;
    }

    /** Corrects code, short name or parent of a unit record (not its name: see {@link #renameUnit}). */
    @RolesAllowed(Roles.BOARD_SPECIALIST)
    public Unit correctUnit(@NotNull @Valid UnitForm form) {
        Unit unit = unit(form.getId());
        if (unit.getVersion() != form.getVersion()) {
            throw new ConcurrentEditException(unit.getName());
        }
        requireFreeCode(form.getCode(), Set.of(unit.getId()));
        String before = describe(unit);
        unit.correct(form.getCode(), form.getShortName(), parent(form.getParentId()));
        em.flush();
        audit.record("Unit", unit.getId(), "UPDATE", before + " → " + describe(unit));
        return unit;
    }

    /**
     * Renames a unit from a date on: the current record ends the day before and a new
     * record with the new name starts; records of earlier years keep the old name.
     */
    @RolesAllowed(Roles.BOARD_SPECIALIST)
    public Unit renameUnit(@NotNull Long unitId, @NotNull @Valid UnitForm newName) {
        Unit old = unit(unitId);
        if (old.getVersion() != newName.getVersion()) {
            throw new ConcurrentEditException(old.getName());
        }
        return succeed(List.of(old), newName, LineageKind.RENAME);
    }

    /**
     * Merges units into one new unit from a date on. Each merged unit ends the day
     * before; memberships and leadership of that year and later pass to the new unit.
     */
    @RolesAllowed(Roles.BOARD_SPECIALIST)
    public Unit mergeUnits(@NotEmpty List<Long> unitIds, @NotNull @Valid UnitForm successor) {
        Set<Long> distinct = new LinkedHashSet<>(unitIds);
        if (distinct.size() < 2) {
            throw new InvalidInputException("error.unit.mergeNeedsTwo");
        }
        List<Unit> merged = new ArrayList<>();
        for (Long id : distinct) {
            merged.add(unit(id));
        }
        return succeed(merged, successor, LineageKind.MERGE);
    }

    /** The unit record and every record it succeeded, nearest first. */
    @PermitAll
    public List<Unit> lineageOf(@NotNull Long unitId) {
        List<Unit> result = new ArrayList<>();
        Deque<Unit> todo = new ArrayDeque<>(List.of(unit(unitId)));
        Set<Long> seen = new LinkedHashSet<>();
        while (!todo.isEmpty()) {
            Unit next = todo.poll();
            if (seen.add(next.getId())) {
                result.add(next);
                todo.addAll(em.createQuery("SELECT l.predecessor FROM UnitLineage l WHERE l.successor = :u", Unit.class)
                        .setParameter("u", next).getResultList());
            }
        }
        return result;
    }

    private Unit succeed(List<Unit> predecessors, UnitForm form, LineageKind kind) {
        LocalDate from = form.getValidFrom();
        for (Unit old : predecessors) {
            old.endBefore(from);
        }
        Set<Long> oldIds = new LinkedHashSet<>();
        predecessors.forEach(u -> oldIds.add(u.getId()));
        requireFreeCode(form.getCode(), oldIds);
        Unit first = predecessors.get(0);
        Province province = form.getProvinceId() == null ? first.getProvince() : province(form.getProvinceId());
        Unit parent = form.getParentId() == null ? null : parent(form.getParentId());
        Unit successor = new Unit(province, form.getCode(), form.getName(), form.getShortName(), parent, from);
        em.persist(successor);
        em.flush();
        for (Unit old : predecessors) {
            em.persist(new UnitLineage(old, successor, kind, from));
            audit.record("Unit", old.getId(), "END",
                    describe(old) + " → " + kind + " " + successor.getCode() + " " + successor.getName()
                            + " (" + from + ")");
        }
        audit.record("Unit", successor.getId(), kind.name(),
                oldIds + " → " + describe(successor) + " (" + from + ")");
        successions.fire(new UnitSuccession(List.copyOf(oldIds), successor.getId(), from));
        LOG.info(() -> "Units " + oldIds + " succeeded by " + successor.getId() + " (" + kind + ", " + from + ")");
        return successor;
    }

    /** Refuses a code that a current unit other than {@code allowedIds} already uses. */
    private void requireFreeCode(String code, Set<Long> allowedIds) {
        List<Unit> clash = em.createQuery("SELECT u FROM Unit u WHERE u.code = :code AND u.validTo IS NULL", Unit.class)
                .setParameter("code", code).getResultList();
        if (clash.stream().anyMatch(u -> !allowedIds.contains(u.getId()))) {
            throw new InvalidInputException("error.unit.duplicateCode", code);
        }
    }

    @PermitAll
    public Province province(Long id) {
        Province province = id == null ? null : em.find(Province.class, id);
        if (province == null) {
            throw new NotFoundException("Province", id);
        }
        return province;
    }

    private Unit parent(Long id) {
        if (id == null) {
            return null;
        }
        Unit parent = unit(id);
        if (!parent.isCurrent()) {
            throw new InvalidInputException("error.unit.parentEnded", parent.getName());
        }
        return parent;
    }

    private static String describe(Unit u) {
        return u.getCode() + " | " + u.getName() + " | " + u.getShortName()
                + " | " + (u.getParent() == null ? "-" : u.getParent().getCode())
                + " | " + u.getValidFrom() + "…" + (u.getValidTo() == null ? "" : u.getValidTo());
    }
}
