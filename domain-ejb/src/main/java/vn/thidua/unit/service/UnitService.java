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
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Pages read units as view records ({@link UnitRow}, {@link UnitOption},
 * {@link ProvinceOption}); other areas get the entities they hold as associations
 * ({@link #unit}, {@link #province}, {@link #currentUnit}, {@link #lineageOf}).
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

    /** Every province, by name, for selection lists. */
    @PermitAll
    public List<ProvinceOption> provinces() {
        return em.createNamedQuery(Province.OPTIONS, ProvinceOption.class).getResultList();
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

    /** The current record with this code, if any (for associations, such as a user's unit at sign-in). */
    @PermitAll
    public Optional<Unit> currentUnit(@NotNull String code) {
        return em.createNamedQuery(Unit.CURRENT_BY_CODE, Unit.class).setParameter("code", code).getResultList()
                .stream().findFirst();
    }

    /**
     * Units valid today in a province (all provinces when {@code provinceId} is null; for an
     * ended province, its units on its last day), by name.
     */
    @PermitAll
    public List<UnitOption> currentUnits(Long provinceId) {
        return em.createNamedQuery(Unit.CURRENT_OPTIONS, UnitOption.class).setParameter("province", provinceId)
                .getResultList();
    }

    /** The units with these ids (current or ended), by name: for a form that keeps earlier choices. */
    @PermitAll
    public List<UnitOption> unitOptions(@NotNull Collection<Long> ids) {
        return ids.isEmpty() ? List.of()
                : em.createNamedQuery(Unit.OPTIONS, UnitOption.class).setParameter("ids", ids).getResultList();
    }

    @RolesAllowed({Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
    public Page<UnitRow> findUnits(String text, Long provinceId, boolean currentOnly, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<UnitRow> query = cb.createQuery(UnitRow.class);
        Root<Unit> root = query.from(Unit.class);
        query.select(cb.construct(UnitRow.class, root.get("id"), root.get("code"), root.get("name"),
                        root.get("shortName"), root.get("validFrom"), root.get("validTo")))
                .where(unitConditions(cb, root, text, provinceId, currentOnly));
        String sort = switch (String.valueOf(page.sortField())) {
            case "code", "shortName", "validFrom" -> page.sortField();
            default -> "name";
        };
        query.orderBy(page.ascending() ? cb.asc(root.get(sort)) : cb.desc(root.get(sort)), cb.asc(root.get("id")));
        List<UnitRow> rows = em.createQuery(query).setFirstResult(page.first()).setMaxResults(page.size())
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

    /** A unit record as a form to start a rename or correction from. */
    @RolesAllowed(Roles.BOARD_SPECIALIST)
    public UnitForm loadUnit(@NotNull Long unitId) {
        Unit unit = unit(unitId);
        UnitForm form = new UnitForm();
        form.setId(unit.getId());
        form.setVersion(unit.getVersion());
        form.setProvinceId(unit.getProvince().getId());
        form.setCode(unit.getCode());
        form.setName(unit.getName());
        form.setShortName(unit.getShortName());
        form.setParentId(unit.getParent() == null ? null : unit.getParent().getId());
        form.setValidFrom(unit.getValidFrom());
        form.setHeaderParent(unit.getHeaderParent());
        form.setHeaderIssuer(unit.getHeaderIssuer());
        form.setHeaderTitle(unit.getHeaderTitle());
        form.setHeaderMotto(unit.getHeaderMotto());
        form.setDocSymbol(unit.getDocSymbol());
        form.setSignerAuthority(unit.getSignerAuthority());
        form.setSignerTitle(unit.getSignerTitle());
        form.setSignerName(unit.getSignerName());
        form.setContactEmail(unit.getContactEmail());
        return form;
    }

    @RolesAllowed(Roles.BOARD_SPECIALIST)
    public Unit createUnit(@NotNull @Valid UnitForm form) {
        Province province = province(form.getProvinceId());
        requireFreeCode(form.getCode(), Set.of());
        Unit unit = new Unit(province, form.getCode(), form.getName(), form.getShortName(),
                parent(form.getParentId()), form.getValidFrom());
        convention(unit, form);
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
        convention(unit, form);
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
        List<Long> ids = lineageIdsOf(unitId);
        Map<Long, Unit> byId = new HashMap<>();
        em.createNamedQuery(Unit.WITH_IDS, Unit.class).setParameter("ids", ids).getResultList()
                .forEach(u -> byId.put(u.getId(), u));
        if (!byId.containsKey(unitId)) {
            throw new NotFoundException("Unit", unitId);
        }
        return ids.stream().map(byId::get).toList();
    }

    /** The ids of the unit record and of every record it succeeded, nearest first: one query per generation. */
    @PermitAll
    public List<Long> lineageIdsOf(@NotNull Long unitId) {
        List<Long> result = new ArrayList<>(List.of(unitId));
        Set<Long> seen = new HashSet<>(result);
        List<Long> generation = List.of(unitId);
        while (!generation.isEmpty()) {
            List<Long> older = new ArrayList<>();
            for (Long id : em.createNamedQuery(UnitLineage.PREDECESSOR_IDS, Long.class)
                    .setParameter("ids", generation).getResultList()) {
                if (seen.add(id)) {
                    older.add(id);
                }
            }
            result.addAll(older);
            generation = older;
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
        convention(successor, form);
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
        List<Unit> clash = em.createNamedQuery(Unit.CURRENT_BY_CODE, Unit.class).setParameter("code", code)
                .getResultList();
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

    private static void convention(Unit unit, UnitForm form) {
        unit.documentConvention(form.getHeaderParent(), form.getHeaderIssuer(), form.getHeaderTitle(),
                form.getHeaderMotto(), form.getDocSymbol(), form.getSignerAuthority(), form.getSignerTitle(),
                form.getSignerName());
        unit.contactEmail(form.getContactEmail());
    }
}
