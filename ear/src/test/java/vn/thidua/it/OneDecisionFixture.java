package vn.thidua.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.util.List;

import vn.thidua.bloc.service.BlocFilter;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.bloc.service.BlocYearForm;
import vn.thidua.bloc.service.BlocYearRow;
import vn.thidua.bloc.service.BlocYearService;
import vn.thidua.file.service.Upload;
import vn.thidua.proposal.service.ApprovalWorkflowService;
import vn.thidua.proposal.service.DossierService;
import vn.thidua.shared.PageRequest;

/**
 * Proposals that await the Chair, for the tests of one decision for many proposals (issue 15,
 * item 1): one of Bloc No. 03 and one of a second bloc of five departments led by the
 * Department of Finance, each through the whole chain up to the Council's review.
 */
@Singleton
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OneDecisionFixture {

    static final List<String> MEMBERS_B = List.of("STC", "SXD", "SGTVT", "SCT", "STNMT");
    private static final byte[] PDF = "%PDF-1.4 báo cáo thành tích".getBytes(StandardCharsets.UTF_8);

    @Inject
    private TestData testData;
    @Inject
    private PaperCount paperCount;
    @Inject
    private AsYouthUnion asLeader03;
    @Inject
    private AsOtherBlocLeader asLeaderB;
    @Inject
    private AsBoardSpecialist asSpecialist;
    @Inject
    private AsBoardLeader asBoardLeader;
    @Inject
    private BlocService blocs;
    @Inject
    private BlocYearService blocYears;
    @Inject
    private DossierService dossiers;
    @Inject
    private ApprovalWorkflowService approvals;

    /** A proposal of Bloc No. 03 (flag to the Women's Union, certificate to the Youth Union) reviewed by the Council. */
    public Long reviewed03(int year) throws Exception {
        Long bloc = testData.bloc03With(year);
        List<Long> present = TestData.memberCodes().stream().map(c -> testData.unit(c).getId()).toList();
        Long id = asLeader03.call(() -> paperCount.unanimousCommendation(bloc, year, testData.unit("HLHPN").getId(),
                testData.unit("TDOAN").getId(), present));
        asLeader03.call(() -> {
            dossiers.generateDossier(id);
            dossiers.addAchievementReport(id, testData.unit("HLHPN").getId(), new Upload("bao-cao-hlhpn.pdf", PDF));
            dossiers.addAchievementReport(id, testData.unit("TDOAN").getId(), new Upload("bao-cao-td.pdf", PDF));
            return approvals.submit(id);
        });
        return review(id);
    }

    /** A proposal of the second bloc (flag to the Department of Finance, certificate to Construction), reviewed. */
    public Long reviewedB(Long bloc, int year) throws Exception {
        List<Long> present = MEMBERS_B.stream().map(c -> testData.unit(c).getId()).toList();
        Long id = asLeaderB.call(() -> paperCount.unanimousCommendation(bloc, year, testData.unit("STC").getId(),
                testData.unit("SXD").getId(), present));
        asLeaderB.call(() -> {
            dossiers.generateDossier(id);
            dossiers.addAchievementReport(id, testData.unit("STC").getId(), new Upload("bao-cao-stc.pdf", PDF));
            dossiers.addAchievementReport(id, testData.unit("SXD").getId(), new Upload("bao-cao-sxd.pdf", PDF));
            return approvals.submit(id);
        });
        return review(id);
    }

    /** The second bloc in {@code year}: five departments led by Finance (its own code per year). */
    public Long blocB(int year) throws Exception {
        String code = "IT15B" + year;
        List<BlocYearRow> found = asSpecialist.call(() -> blocs.findBlocYears(new BlocFilter(year, null, code),
                PageRequest.of(0, 1))).rows();
        if (!found.isEmpty()) {
            return found.get(0).blocId();
        }
        testData.registerTestUsers();
        BlocYearForm form = new BlocYearForm();
        form.setProvinceId(testData.unit("STC").getProvince().getId());
        form.setCode(code);
        form.setName(blocBName(year));
        form.setYear(year);
        form.setMemberUnitIds(MEMBERS_B.stream().map(c -> testData.unit(c).getId()).toList());
        form.setLeaderUnitId(testData.unit("STC").getId());
        form.setDeputyUnitId(testData.unit("SXD").getId());
        return asSpecialist.call(() -> blocYears.saveBlocYear(form)).getId();
    }

    static String blocBName(int year) {
        return "Khối kiểm thử quyết định chung " + year + " – các sở";
    }

    private Long review(Long id) throws Exception {
        asSpecialist.call(() -> approvals.checkDossier(id, "Hồ sơ đầy đủ"));
        asBoardLeader.call(() -> approvals.approve(id, "Đồng ý trình Hội đồng"));
        asBoardLeader.call(() -> approvals.recordCouncil(id, 9, 0, 0, List.of(), null));
        return id;
    }
}
