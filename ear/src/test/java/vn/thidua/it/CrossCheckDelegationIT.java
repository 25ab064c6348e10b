package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.thidua.bloc.service.DelegationService;
import vn.thidua.bloc.service.DelegationView;
import vn.thidua.covenant.entity.CovenantVersion;
import vn.thidua.covenant.entity.CriterionKind;
import vn.thidua.covenant.service.CovenantForm;
import vn.thidua.covenant.service.CovenantService;
import vn.thidua.covenant.service.CovenantVersionView;
import vn.thidua.covenant.service.CriterionView;
import vn.thidua.scoring.entity.Assessment;
import vn.thidua.scoring.service.AssessmentView;
import vn.thidua.scoring.service.CrossCheckItem;
import vn.thidua.scoring.service.CrossCheckService;
import vn.thidua.scoring.service.CrossCheckView;
import vn.thidua.scoring.service.ScoreForm;
import vn.thidua.scoring.service.ScoreTable;
import vn.thidua.scoring.service.ScoringService;
import vn.thidua.shared.AccessDeniedException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.SeparationOfDutiesException;
import vn.thidua.unit.entity.Unit;

/**
 * Issue 15, items 3 and 4 in the real server and database: the peer cross-check end to end
 * (self-score, assignment without reciprocal pairs, cross-check with a reason for every change,
 * finalisation by the leader, the leader refused on its own unit which the deputy finalises, the
 * ranking on the final points, the audit trail), and the leader's delegation to the deputy (the
 * deputy refused as leader before the period, acting as leader within it with the delegation
 * named on the step and in its audit entry, finalising a member's points as leader but never
 * its own unit's, refused again once it is ended). Years 2068, 2069.
 */
@ExtendWith(ArquillianExtension.class)
class CrossCheckDelegationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(CrossCheckDelegationIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/ThiduaDS")
    private DataSource dataSource;

    @Inject
    private TestData testData;

    @Inject
    private AsBoardSpecialist asBoard;

    @Inject
    private AsWomenUnion asWomenUnion;

    @Inject
    private AsYouthUnion asLeader;

    @Inject
    private AsFarmersAssociation asDeputy;

    @Inject
    private CovenantService covenants;

    @Inject
    private ScoringService scoring;

    @Inject
    private CrossCheckService crossChecks;

    @Inject
    private DelegationService delegations;

    @Test
    void selfScoresAreCrossCheckedWithReasonsFinalisedAndTheRankingUsesTheFinalPoints() throws Exception {
        Long bloc = testData.bloc03With(2068);
        Unit women = testData.unit("HLHPN");
        Unit farmers = testData.unit("HND");
        Unit youth = testData.unit("TDOAN");
        Unit veterans = testData.unit("HCCB");
        Unit labour = testData.unit("LDLD");
        CovenantVersionView v = inForce(bloc, 2068);
        CriterionView c1 = v.criteria().get(0);
        CriterionView c2 = v.criteria().get(1);
        Assessment youth1 = asLeader.call(() -> scoring.scoreCriterion(score(c1, youth, "52")));
        Assessment youth2 = asLeader.call(() -> scoring.scoreCriterion(score(c2, youth, "30")));
        Assessment women1 = asWomenUnion.call(() -> scoring.scoreCriterion(score(c1, women, "55")));
        Assessment farmers1 = asDeputy.call(() -> scoring.scoreCriterion(score(c1, farmers, "48")));

        // the proposed rotation: everyone checked once, by another member, no two members checking each other
        Map<Long, Long> proposed = asLeader.call(() -> crossChecks.proposeAssignment(bloc, 2068));
        assertEquals(5, proposed.size());
        proposed.forEach((checked, checker) -> {
            assertTrue(!checked.equals(checker) && !checked.equals(proposed.get(checker)), proposed.toString());
        });
        // the deputy does not assign (no delegation), a reciprocal pair is refused, nothing is stored
        assertThrows(AccessDeniedException.class, () -> asDeputy.call(() -> crossChecks.proposeAssignment(bloc, 2068)));
        Map<Long, Long> reciprocal = assignment(youth, women, women, youth, farmers, veterans, veterans, labour,
                labour, farmers);
        InvalidInputException pair = assertThrows(InvalidInputException.class,
                () -> asLeader.call(() -> crossChecks.assignCrossChecks(bloc, 2068, reciprocal)));
        assertEquals("error.crossCheck.reciprocal", pair.getMessageKey());
        assertTrue(asBoard.call(() -> crossChecks.crossChecks(bloc, 2068)).isEmpty());

        // the leader adjusts the proposal: TDOAN ← HLHPN ← HND ← TDOAN, HCCB ← LDLD ← HLHPN (checked ← checker)
        Map<Long, Long> chosen = assignment(youth, women, women, farmers, farmers, youth, veterans, labour,
                labour, women);
        asLeader.call(() -> crossChecks.assignCrossChecks(bloc, 2068, chosen));

        // the Women's Union checks the Youth Union: a change without a reason is refused whole
        InvalidInputException noReason = assertThrows(InvalidInputException.class, () -> asWomenUnion.call(() ->
                crossChecks.submitCrossCheck(bloc, 2068, youth.getId(), List.of(
                        new CrossCheckItem(youth1.getId(), new BigDecimal("50"), " "),
                        new CrossCheckItem(youth2.getId(), new BigDecimal("30"), null)))));
        assertEquals("error.crossCheck.reasonRequired", noReason.getMessageKey());
        assertNull(view(bloc, 2068, youth1.getId()).proposedPoints());
        // only the assigned checker checks
        assertThrows(AccessDeniedException.class, () -> asDeputy.call(() -> crossChecks.submitCrossCheck(bloc, 2068,
                youth.getId(), List.of(new CrossCheckItem(youth1.getId(), new BigDecimal("50"), "x")))));
        asWomenUnion.call(() -> crossChecks.submitCrossCheck(bloc, 2068, youth.getId(), List.of(
                new CrossCheckItem(youth1.getId(), new BigDecimal("50"), "Thiếu số liệu quý IV"),
                new CrossCheckItem(youth2.getId(), new BigDecimal("30"), null))));
        asDeputy.call(() -> crossChecks.submitCrossCheck(bloc, 2068, women.getId(), List.of(
                new CrossCheckItem(women1.getId(), new BigDecimal("53"), "Minh chứng thiếu một mục"))));
        asLeader.call(() -> crossChecks.submitCrossCheck(bloc, 2068, farmers.getId(), List.of(
                new CrossCheckItem(farmers1.getId(), new BigDecimal("48"), null))));
        AssessmentView checked = view(bloc, 2068, youth1.getId());
        assertEquals(0, new BigDecimal("50").compareTo(checked.proposedPoints()));
        assertEquals("Thiếu số liệu quý IV", checked.proposalReason());
        // proposed points do not count before they are final
        assertEquals(0, new BigDecimal("82").compareTo(rankingRow(bloc, 2068, youth).total()));

        // the leader is refused on its own unit, the deputy only finalises the leader's unit
        SeparationOfDutiesException own = assertThrows(SeparationOfDutiesException.class,
                () -> asLeader.call(() -> crossChecks.finaliseCrossCheck(bloc, 2068, youth.getId())));
        assertEquals("error.crossCheck.leaderOwnUnit", own.getMessageKey());
        SeparationOfDutiesException deputyElsewhere = assertThrows(SeparationOfDutiesException.class,
                () -> asDeputy.call(() -> crossChecks.finaliseCrossCheck(bloc, 2068, women.getId())));
        assertEquals("error.crossCheck.deputyLeaderUnitOnly", deputyElsewhere.getMessageKey());
        asDeputy.call(() -> crossChecks.finaliseCrossCheck(bloc, 2068, youth.getId()));
        asLeader.call(() -> crossChecks.finaliseCrossCheck(bloc, 2068, women.getId()));
        asLeader.call(() -> crossChecks.finaliseCrossCheck(bloc, 2068, farmers.getId()));
        // a member nobody has cross-checked yet cannot be finalised
        assertEquals("error.crossCheck.notChecked", assertThrows(InvalidInputException.class,
                () -> asLeader.call(() -> crossChecks.finaliseCrossCheck(bloc, 2068, veterans.getId()))).getMessageKey());

        // the ranking counts the final points: 50 + 30, 53, 48
        assertEquals(0, new BigDecimal("80").compareTo(rankingRow(bloc, 2068, youth).total()));
        assertEquals(0, new BigDecimal("53").compareTo(rankingRow(bloc, 2068, women).total()));
        assertEquals(0, new BigDecimal("48").compareTo(rankingRow(bloc, 2068, farmers).total()));
        assertEquals("Thiếu số liệu quý IV", view(bloc, 2068, youth1.getId()).reviewReason());

        // every step is shown per member: the checker, who checked and who finalised
        CrossCheckView youthCheck = asBoard.call(() -> crossChecks.crossChecks(bloc, 2068)).stream()
                .filter(x -> x.unitId().equals(youth.getId())).findFirst().orElseThrow();
        assertEquals(women.getName(), youthCheck.checkerUnitName());
        assertEquals(AsWomenUnion.PRINCIPAL, youthCheck.checkedBy());
        assertEquals(AsFarmersAssociation.PRINCIPAL, youthCheck.finalisedBy());
        assertNull(youthCheck.finalisedDelegationId());
        // and audited: the assignment, the cross-check with its reason, the finalisation
        assertTrue(audit("CrossCheck", "ASSIGN").stream().anyMatch(d -> d.equals("2068 | TDOAN ← HLHPN")),
                audit("CrossCheck", "ASSIGN").toString());
        assertTrue(audit("Assessment", "CROSS_CHECK").stream().anyMatch(d -> d.startsWith("HLHPN → TDOAN")
                && d.endsWith("52.00 → 50 | Thiếu số liệu quý IV")), audit("Assessment", "CROSS_CHECK").toString());
        assertTrue(audit("CrossCheck", "FINALISE").contains("2068 | TDOAN"));
        assertTrue(audit("Assessment", "FINALISE").stream().anyMatch(d -> d.startsWith("TDOAN | ") && d.endsWith(" | 50.00")),
                audit("Assessment", "FINALISE").toString());
    }

    @Test
    void theDeputyActsAsLeaderOnlyWithinTheDelegationAndTheStepNamesIt() throws Exception {
        Long bloc = testData.bloc03With(2069);
        Unit women = testData.unit("HLHPN");
        Unit farmers = testData.unit("HND");
        Unit youth = testData.unit("TDOAN");
        Unit veterans = testData.unit("HCCB");
        Unit labour = testData.unit("LDLD");
        LocalDate today = LocalDate.now();
        CovenantVersionView v = inForce(bloc, 2069);
        Assessment women1 = asWomenUnion.call(() -> scoring.scoreCriterion(score(v.criteria().get(0), women, "55")));
        Map<Long, Long> rotation = assignment(youth, women, women, farmers, farmers, youth, veterans, labour,
                labour, women);

        // before any delegation the deputy is no leader, and the deputy cannot delegate
        assertThrows(AccessDeniedException.class, () -> asDeputy.call(() -> crossChecks.assignCrossChecks(bloc, 2069, rotation)));
        assertThrows(AccessDeniedException.class, () -> asDeputy.call(() ->
                delegations.delegate(bloc, 2069, today, today.plusDays(3), "Tự ủy quyền")));
        assertEquals("error.delegation.reasonRequired", assertThrows(InvalidInputException.class, () -> asLeader.call(() ->
                delegations.delegate(bloc, 2069, today, today.plusDays(3), " "))).getMessageKey());

        // before the period: still refused
        DelegationView later = asLeader.call(() -> delegations.delegate(bloc, 2069, today.plusDays(1), today.plusDays(10),
                "Khối trưởng đi công tác"));
        assertThrows(AccessDeniedException.class, () -> asDeputy.call(() -> crossChecks.assignCrossChecks(bloc, 2069, rotation)));
        assertEquals("error.delegation.overlap", assertThrows(InvalidInputException.class, () -> asLeader.call(() ->
                delegations.delegate(bloc, 2069, today, today.plusDays(5), "Đi học"))).getMessageKey());
        asLeader.call(() -> delegations.endDelegation(later.id()));

        // within the period the deputy acts as leader; the step and its audit entry name the delegation
        DelegationView now = asLeader.call(() -> delegations.delegate(bloc, 2069, today, today.plusDays(5),
                "Khối trưởng nghỉ ốm"));
        asDeputy.call(() -> crossChecks.assignCrossChecks(bloc, 2069, rotation));
        CrossCheckView assigned = asBoard.call(() -> crossChecks.crossChecks(bloc, 2069)).get(0);
        assertEquals(now.id(), assigned.assignedDelegationId());
        assertEquals(AsFarmersAssociation.PRINCIPAL, assigned.assignedBy());
        String named = "delegation #" + now.id() + " (HND)";
        assertTrue(audit("CrossCheck", "ASSIGN").stream().anyMatch(d -> d.startsWith("2069 | ") && d.endsWith(named)),
                audit("CrossCheck", "ASSIGN").toString());
        assertTrue(audit("Delegation", "DELEGATE").stream().anyMatch(d -> d.contains("TDOAN → HND") && d.endsWith("Khối trưởng nghỉ ốm")));
        // the deputy, as the Women's Union's checker, checks it, then finalises it as leader under the delegation
        asDeputy.call(() -> crossChecks.submitCrossCheck(bloc, 2069, women.getId(), List.of(
                new CrossCheckItem(women1.getId(), new BigDecimal("54"), "Thiếu minh chứng một mục"))));
        CrossCheckView finalised = asDeputy.call(() -> crossChecks.finaliseCrossCheck(bloc, 2069, women.getId()));
        assertEquals(now.id(), finalised.finalisedDelegationId());
        assertEquals(AsFarmersAssociation.PRINCIPAL, finalised.finalisedBy());
        assertTrue(audit("Assessment", "FINALISE").stream().anyMatch(d -> d.startsWith("HLHPN | ")
                && d.endsWith(" | 54.00 | " + named)), audit("Assessment", "FINALISE").toString());
        assertEquals(0, new BigDecimal("54").compareTo(rankingRow(bloc, 2069, women).total()));
        // even as leader the deputy never finalises its own unit
        assertEquals("error.crossCheck.ownUnit", assertThrows(SeparationOfDutiesException.class,
                () -> asDeputy.call(() -> crossChecks.finaliseCrossCheck(bloc, 2069, farmers.getId()))).getMessageKey());

        // ended early: refused again
        asLeader.call(() -> delegations.endDelegation(now.id()));
        assertThrows(AccessDeniedException.class, () -> asDeputy.call(() -> crossChecks.proposeAssignment(bloc, 2069)));
        List<DelegationView> shown = asWomenUnion.call(() -> delegations.delegations(bloc, 2069));
        assertEquals(2, shown.size());
        assertTrue(shown.stream().allMatch(d -> d.endedAt() != null && !d.activeToday()
                && d.deputyUnitName().equals(farmers.getName())));
        assertTrue(audit("Delegation", "END_DELEGATION").size() >= 2);
    }

    // ---- helpers ----

    /** checked → checker, given as pairs of units. */
    private static Map<Long, Long> assignment(Unit... pairs) {
        Map<Long, Long> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i].getId(), pairs[i + 1].getId());
        }
        return map;
    }

    private CovenantVersionView inForce(Long bloc, int year) throws Exception {
        CovenantForm form = new CovenantForm();
        form.setBlocId(bloc);
        form.setYear(year);
        form.setContent("Các đơn vị cam kết thực hiện tốt nhiệm vụ năm " + year + ".");
        form.addItem(CriterionKind.CRITERION, "Thực hiện nhiệm vụ chính trị", new BigDecimal("60"), false);
        form.addItem(CriterionKind.CRITERION, "Công tác thi đua, khen thưởng", new BigDecimal("40"), false);
        CovenantVersion v = asLeader.call(() -> covenants.draftCovenant(form));
        for (String code : TestData.memberCodes()) {
            Unit unit = testData.unit(code);
            asBoard.call(() -> covenants.recordPaperSignature(v.getId(), unit.getId()));
        }
        return asBoard.call(() -> covenants.versions(bloc, year)).stream().filter(x -> x.number() == 1)
                .findFirst().orElseThrow();
    }

    private static ScoreForm score(CriterionView criterion, Unit unit, String points) {
        ScoreForm form = new ScoreForm();
        form.setCriterionId(criterion.id());
        form.setUnitId(unit.getId());
        form.setPoints(new BigDecimal(points));
        form.setEvidence("Báo cáo năm");
        return form;
    }

    private AssessmentView view(Long bloc, int year, Long assessmentId) throws Exception {
        return asBoard.call(() -> scoring.scoreSheet(bloc, year)).assessments().stream()
                .filter(a -> a.id().equals(assessmentId)).findFirst().orElseThrow();
    }

    private ScoreTable.Row rankingRow(Long bloc, int year, Unit unit) throws Exception {
        return asBoard.call(() -> scoring.ranking(bloc, year)).stream().filter(r -> r.unitId().equals(unit.getId()))
                .findFirst().orElseThrow();
    }

    /** The details of the audit entries of a kind of record and action, oldest first. */
    private List<String> audit(String entityType, String action) throws Exception {
        List<String> details = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT details FROM audit_entry WHERE entity_type = ? AND action = ? ORDER BY id")) {
            s.setString(1, entityType);
            s.setString(2, action);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    details.add(rs.getString(1));
                }
            }
        }
        return details;
    }
}
