package vn.thidua.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.thidua.bloc.service.BlocYearForm;
import vn.thidua.bloc.service.BlocYearService;
import vn.thidua.covenant.entity.CriterionKind;
import vn.thidua.covenant.service.CovenantForm;
import vn.thidua.covenant.service.CovenantService;
import vn.thidua.covenant.service.CovenantVersionView;
import vn.thidua.scoring.service.CrossCheckService;
import vn.thidua.scoring.service.ScoreForm;
import vn.thidua.scoring.service.ScoringService;

/**
 * The data of {@link CrossCheckBrowserIT} (issue 15, item 3), made in the server: a bloc of
 * its own in 2069 of Bloc No. 03's five units (the Youth Union leading, the Farmers'
 * Association deputy), its covenant in force (signed on paper), the Youth Union's and the
 * Women's Union's self-scores, and the leader's cross-check assignment, a five-member cycle
 * in which the Women's Union checks the Youth Union. Answers "bloc=id".
 */
@WebServlet("/xcheck-fixture")
public class CrossCheckBrowserFixture extends HttpServlet {

    static final int YEAR = 2069;
    private static final long serialVersionUID = 1L;
    private static final List<String> MEMBERS = List.of("HLHPN", "HND", "HCCB", "LDLD", "TDOAN");

    @Inject
    private TestData testData;
    @Inject
    private AsBoardSpecialist asSpecialist;
    @Inject
    private AsYouthUnion asLeader;
    @Inject
    private AsWomenUnion asWomenUnion;
    @Inject
    private BlocYearService blocYears;
    @Inject
    private CovenantService covenants;
    @Inject
    private ScoringService scoring;
    @Inject
    private CrossCheckService crossChecks;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long bloc;
        try {
            bloc = create();
        } catch (Exception e) {
            throw new IOException("the cross-check fixture", e);
        }
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("bloc=" + bloc + "\n");
    }

    private Long create() throws Exception {
        testData.registerTestUsers();
        BlocYearForm form = new BlocYearForm();
        form.setProvinceId(testData.unit("HLHPN").getProvince().getId());
        form.setCode("KCC69");
        form.setName("Khối kiểm thử chấm chéo");
        form.setYear(YEAR);
        form.setMemberUnitIds(MEMBERS.stream().map(c -> testData.unit(c).getId()).toList());
        form.setLeaderUnitId(testData.unit("TDOAN").getId());
        form.setDeputyUnitId(testData.unit("HND").getId());
        Long bloc = asSpecialist.call(() -> blocYears.saveBlocYear(form)).getId();

        CovenantForm covenant = new CovenantForm();
        covenant.setBlocId(bloc);
        covenant.setYear(YEAR);
        covenant.setContent("Các đơn vị cam kết thực hiện tốt nhiệm vụ năm " + YEAR + ".");
        covenant.addItem(CriterionKind.CRITERION, "Thực hiện nhiệm vụ chính trị", new BigDecimal("60"), false);
        Long version = asLeader.call(() -> covenants.draftCovenant(covenant)).getId();
        for (String code : MEMBERS) {
            Long unit = testData.unit(code).getId();
            asSpecialist.call(() -> covenants.recordPaperSignature(version, unit));
        }
        CovenantVersionView inForce = asSpecialist.call(() -> covenants.inForce(bloc, YEAR)).orElseThrow();
        Long criterion = inForce.criteria().get(0).id();
        asLeader.call(() -> scoring.scoreCriterion(score(criterion, "TDOAN", "52")));
        asWomenUnion.call(() -> scoring.scoreCriterion(score(criterion, "HLHPN", "55")));

        // checked ← checker: TDOAN ← HLHPN ← HCCB ← LDLD ← HND ← TDOAN
        Map<Long, Long> checkerOf = new LinkedHashMap<>();
        checkerOf.put(id("TDOAN"), id("HLHPN"));
        checkerOf.put(id("HLHPN"), id("HCCB"));
        checkerOf.put(id("HCCB"), id("LDLD"));
        checkerOf.put(id("LDLD"), id("HND"));
        checkerOf.put(id("HND"), id("TDOAN"));
        asLeader.call(() -> crossChecks.assignCrossChecks(bloc, YEAR, checkerOf));
        return bloc;
    }

    private Long id(String code) {
        return testData.unit(code).getId();
    }

    private ScoreForm score(Long criterion, String unit, String points) {
        ScoreForm form = new ScoreForm();
        form.setCriterionId(criterion);
        form.setUnitId(id(unit));
        form.setPoints(new BigDecimal(points));
        form.setEvidence("Báo cáo tổng kết năm");
        return form;
    }
}
