package vn.thidua.registry.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;


import vn.thidua.document.service.DocumentService;
import vn.thidua.document.service.RegistrySheet;
import vn.thidua.registry.entity.AwardKind;
import vn.thidua.registry.entity.Award;
import vn.thidua.shared.Roles;
import vn.thidua.shared.Search;
import vn.thidua.unit.entity.Unit;
import vn.thidua.unit.service.UnitService;

/** The award registry: search, a unit's history across its lineage, streaks, .xlsx export. */
@Stateless
@RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
public class RegistryService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UnitService units;

    @Inject
    private DocumentService documents;

    /** Awards matching every filter given (null filters nothing), newest year first. */
    public List<Award> search(String unitText, Long blocId, Integer year, AwardKind kind, String decisionNumber) {
        String like = Search.containsPattern(unitText);
        return em.createQuery("SELECT a FROM Award a WHERE (:like IS NULL OR LOWER(a.unit.name) LIKE :like)"
                        + " AND (:bloc IS NULL OR a.bloc.id = :bloc) AND (:year IS NULL OR a.year = :year)"
                        + " AND (:kind IS NULL OR a.kind = :kind) AND (:number IS NULL OR a.decision.number = :number)"
                        + " ORDER BY a.year DESC, a.kind, a.unit.name", Award.class)
                .setParameter("like", like).setParameter("bloc", blocId).setParameter("year", year)
                .setParameter("kind", kind)
                .setParameter("number", decisionNumber == null || decisionNumber.isBlank() ? null : decisionNumber.trim())
                .setMaxResults(500).getResultList();
    }

    /** A unit's awards, including those of every unit record it succeeded (renames, merges). */
    public List<Award> history(@NotNull Long unitId) {
        List<Long> lineage = units.lineageOf(unitId).stream().map(Unit::getId).toList();
        return em.createQuery("SELECT a FROM Award a WHERE a.unit.id IN :ids ORDER BY a.year DESC, a.kind", Award.class)
                .setParameter("ids", lineage).getResultList();
    }

    /** How many consecutive years up to the latest one the unit's lineage received {@code kind}. */
    public int streak(@NotNull Long unitId, @NotNull AwardKind kind) {
        Set<Integer> years = history(unitId).stream().filter(a -> a.getKind() == kind).map(Award::getYear)
                .collect(Collectors.toCollection(TreeSet::new));
        if (years.isEmpty()) {
            return 0;
        }
        int year = ((TreeSet<Integer>) years).last();
        int streak = 0;
        while (years.contains(year - streak)) {
            streak++;
        }
        return streak;
    }

    /** The awards as an .xlsx table. */
    public byte[] export(List<Award> awards) {
        return documents.registryXlsx(new RegistrySheet(awards.stream().map(a -> new RegistrySheet.Row(a.getYear(),
                a.getUnit().getName(), a.getKind().name(), a.getBloc().getName(), a.getDecision().getNumber(),
                a.getDecision().getDecidedOn())).toList()));
    }
}
