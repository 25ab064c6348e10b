package vn.thidua.unit.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Search;
import vn.thidua.unit.entity.Unit;
import vn.thidua.unit.entity.UnitLineage;

/**
 * Reading across unit lineages for the registry: a unit's lineage as a tree (who succeeded
 * whom, for the streak rule) and the unit records a name search reaches across renames,
 * merges and province successions (a search by the old name finds the new records and the
 * other way round), and the record that carries a unit on in a later year.
 */
@Stateless
public class UnitLineageService {

    /** Safety bound on lineage depth (a lineage is a handful of generations). */
    private static final int MAX_GENERATIONS = 50;

    @PersistenceContext
    private EntityManager em;

    /**
     * The record that carries the unit in {@code year}: the record itself while it lasts to the
     * year's end, else the record that succeeded it (a rename, a merge, a province succession),
     * followed forward; the record itself when nothing continues it. A leadership elected at
     * the 2024 conference of a Đắk Nông bloc takes office in 2025 as the Lâm Đồng record.
     */
    @PermitAll
    public Unit recordIn(@NotNull Long unitId, int year) {
        Unit unit = em.find(Unit.class, unitId);
        if (unit == null) {
            throw new NotFoundException("Unit", unitId);
        }
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        for (int hops = 0; unit.getValidTo() != null && unit.getValidTo().isBefore(yearEnd) && hops < MAX_GENERATIONS; hops++) {
            List<Unit> next = em.createNamedQuery(UnitLineage.SUCCESSORS, Unit.class).setParameter("id", unit.getId())
                    .getResultList();
            if (next.isEmpty()) {
                break;
            }
            unit = next.get(0);
        }
        return unit;
    }

    /**
     * The unit's lineage as a tree: each record of it (the unit first) mapped to the records it
     * directly succeeded, in id order. One query per generation.
     */
    @PermitAll
    public Map<Long, List<Long>> predecessorTree(@NotNull Long unitId) {
        Map<Long, List<Long>> tree = new LinkedHashMap<>();
        tree.put(unitId, new ArrayList<>());
        List<Long> generation = List.of(unitId);
        for (int depth = 0; !generation.isEmpty() && depth < MAX_GENERATIONS; depth++) {
            List<Long> older = new ArrayList<>();
            for (Object[] edge : em.createQuery("SELECT l.successor.id, l.predecessor.id FROM UnitLineage l"
                    + " WHERE l.successor.id IN :ids ORDER BY l.predecessor.id", Object[].class)
                    .setParameter("ids", generation).getResultList()) {
                Long predecessor = (Long) edge[1];
                tree.get((Long) edge[0]).add(predecessor);
                if (!tree.containsKey(predecessor)) {
                    tree.put(predecessor, new ArrayList<>());
                    older.add(predecessor);
                }
            }
            generation = older;
        }
        return tree;
    }

    /**
     * The ids of the unit records whose name, short name or code contains {@code text}, or whose
     * province's name does, together with every record linked to them by a lineage in either
     * direction; empty for a blank text.
     */
    @PermitAll
    public Set<Long> idsAcrossLineage(String text) {
        String like = Search.containsPattern(text);
        if (like == null) {
            return Set.of();
        }
        Set<Long> found = new LinkedHashSet<>(em.createQuery("SELECT u.id FROM Unit u JOIN u.province p"
                        + " WHERE LOWER(u.name) LIKE :like OR LOWER(u.shortName) LIKE :like OR LOWER(u.code) LIKE :like"
                        + " OR LOWER(p.name) LIKE :like", Long.class)
                .setParameter("like", like).getResultList());
        Set<Long> generation = new HashSet<>(found);
        for (int depth = 0; !generation.isEmpty() && depth < MAX_GENERATIONS; depth++) {
            Set<Long> next = new HashSet<>();
            for (Object[] edge : em.createQuery("SELECT l.predecessor.id, l.successor.id FROM UnitLineage l"
                    + " WHERE l.predecessor.id IN :ids OR l.successor.id IN :ids", Object[].class)
                    .setParameter("ids", generation).getResultList()) {
                for (Object id : edge) {
                    if (found.add((Long) id)) {
                        next.add((Long) id);
                    }
                }
            }
            generation = next;
        }
        return found;
    }
}
