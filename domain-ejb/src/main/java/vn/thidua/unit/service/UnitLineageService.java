package vn.thidua.unit.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.thidua.shared.Search;

/**
 * Reading across unit lineages for the registry: a unit's lineage as a tree (who succeeded
 * whom, for the streak rule) and the unit records a name search reaches across renames,
 * merges and province successions (a search by the old name finds the new records and the
 * other way round).
 */
@Stateless
public class UnitLineageService {

    /** Safety bound on lineage depth (a lineage is a handful of generations). */
    private static final int MAX_GENERATIONS = 50;

    @PersistenceContext
    private EntityManager em;

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
