package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.thidua.account.service.AccountService;
import vn.thidua.ballot.entity.BallotKind;
import vn.thidua.ballot.entity.Seat;
import vn.thidua.ballot.entity.ThresholdMode;
import vn.thidua.ballot.entity.TieResolution;
import vn.thidua.ballot.entity.VotingMode;
import vn.thidua.ballot.service.BallotSetupService;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.bloc.service.BlocYearForm;
import vn.thidua.bloc.service.BlocYearService;
import vn.thidua.bloc.service.BlocYearView;
import vn.thidua.document.service.DocumentFormat;
import vn.thidua.meeting.entity.Meeting;
import vn.thidua.meeting.service.MeetingService;
import vn.thidua.proposal.service.ProposalDocumentService;
import vn.thidua.registry.entity.AwardKind;
import vn.thidua.registry.service.AwardView;
import vn.thidua.registry.service.RegistryService;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.unit.entity.Province;
import vn.thidua.unit.entity.Unit;
import vn.thidua.unit.service.ProvinceRow;
import vn.thidua.unit.service.ProvinceSuccessionService;
import vn.thidua.unit.service.SuccessionItem;
import vn.thidua.unit.service.SuccessionReport;
import vn.thidua.unit.service.UnitForm;
import vn.thidua.unit.service.UnitService;

/**
 * Issue 15, item 2: provinces as dated records with a lineage. On test provinces of its own
 * (years 2066 and 2067), a Board leader previews a province succession (counts and names of
 * what would move; nothing changes) and applies it in one audited transaction: the units
 * continue as successor records (users and memberships follow), the bloc continues under the
 * successor from the merger's year while 2066 stays under the old province, the ballot rules
 * and the open proposal pass on; a refusal mid-way leaves nothing moved. Documents take the
 * province valid on their date (the demo's Bloc No. 03 after the 2025 merger: Lâm Đồng), and
 * the registry finds the awards of both records by either province's name, with the streak
 * running across.
 */
@ExtendWith(ArquillianExtension.class)
class ProvinceMergerIT {

    private static final LocalDate MERGER = LocalDate.of(2067, 1, 1);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(ProvinceMergerIT.class, AsProvinceLeader.class);
    }

    @Resource(lookup = "java:jboss/datasources/ThiduaDS")
    private DataSource dataSource;

    @Inject
    private AsBoardSpecialist asSpecialist;

    @Inject
    private AsBoardLeader asBoardLeader;

    @Inject
    private AsProvinceLeader asProvinceLeader;

    @Inject
    private AsYouthUnion asYouthUnion;

    @Inject
    private TestData testData;

    @Inject
    private PaperCount paperCount;

    @Inject
    private UnitService units;

    @Inject
    private ProvinceSuccessionService provinces;

    @Inject
    private BlocService blocs;

    @Inject
    private BlocYearService blocYears;

    @Inject
    private BallotSetupService ballotSetup;

    @Inject
    private AccountService accounts;

    @Inject
    private MeetingService meetings;

    @Inject
    private ProposalDocumentService proposalDocuments;

    @Inject
    private RegistryService registry;

    @Test
    void previewChangesNothingAndApplyMovesEverythingInOneAuditedTransaction() throws Exception {
        String s = suffix();
        Province old = asSpecialist.call(() -> units.createProvince("MA" + s, "Tỉnh cũ " + s));
        Province next = asSpecialist.call(() -> units.createProvince("MB" + s, "Tỉnh mới " + s));
        List<Unit> members = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            members.add(unit(old, "MA" + s + i));
        }
        List<Long> memberIds = members.stream().map(Unit::getId).toList();
        Long bloc = asSpecialist.call(() -> blocYears.saveBlocYear(blocForm(null, old.getId(), "KM" + s, 2066, memberIds,
                memberIds.get(0), memberIds.get(1)))).getId();
        asSpecialist.call(() -> ballotSetup.saveRules(old.getId(), 2067, 1, 2, 60, ThresholdMode.MORE_THAN, 1, 30,
                false, TieResolution.RUNOFF, 2, 3, 2));
        asSpecialist.call(() -> accounts.registerUser(AsProvinceLeader.PRINCIPAL, "Tài khoản kiểm thử tỉnh " + s,
                memberIds.get(0)));
        // the 2066 year-end conference (27/12/2066, before the merger) and its open proposal
        Long proposal = asProvinceLeader.call(() -> paperCount.unanimousCommendation(bloc, 2066, memberIds.get(0),
                memberIds.get(1), memberIds));
        Long meeting2066 = asSpecialist.call(() -> meetings.meetings(bloc, 2066)).get(0).id();
        // and its leadership election, opened before the merger and confirmed after it
        Long election = asProvinceLeader.call(() -> ballotSetup.createBallot(meeting2066, BallotKind.LEADERSHIP,
                VotingMode.PAPER, "Suy tôn khối trưởng, khối phó năm 2067"));
        asProvinceLeader.call(() -> {
            ballotSetup.setCandidates(election, Seat.LEADER, List.of(memberIds.get(2)));
            ballotSetup.setCandidates(election, Seat.DEPUTY, List.of(memberIds.get(3)));
            ballotSetup.recordPresence(election, memberIds);
            ballotSetup.openBallot(election);
            return null;
        });

        SuccessionReport preview = asBoardLeader.call(() -> provinces.previewSuccession(old.getId(), next.getId(), MERGER));
        assertEquals(false, preview.applied());
        assertEquals(5, preview.count(SuccessionItem.UNITS), preview.toString());
        assertTrue(preview.names(SuccessionItem.UNITS).contains(members.get(0).getName()), preview.toString());
        assertEquals(List.of("Khối " + s), preview.names(SuccessionItem.BLOCS));
        assertEquals(List.of(old.getName() + " 2067"), preview.names(SuccessionItem.BALLOT_RULES));
        assertEquals(1, preview.count(SuccessionItem.PROPOSALS), preview.toString());
        // nothing changed
        assertNull(row(old.getId()).validTo(), "the preview leaves the province current");
        Unit stillOld = asSpecialist.call(() -> units.currentUnit(members.get(0).getCode())).orElseThrow();
        assertEquals(members.get(0).getId(), stillOld.getId());
        assertEquals(old.getId(), asSpecialist.call(() -> ballotSetup.rules(old.getId(), 2067)).getProvince().getId());
        assertNull(asSpecialist.call(() -> ballotSetup.rules(next.getId(), 2067)).getId(), "the successor has no rules yet");
        assertEquals(0, audited("Province", old.getId(), "PROVINCE_SUCCESSION"), "the preview leaves no audit entry");
        assertThrows(Exception.class, () -> asSpecialist.call(() -> provinces.applySuccession(old.getId(), next.getId(),
                MERGER)), "the Board leader applies a succession, not the specialist");

        SuccessionReport applied = asBoardLeader.call(() -> provinces.applySuccession(old.getId(), next.getId(), MERGER));
        assertTrue(applied.applied());
        assertEquals(preview.lines(), applied.lines(), "the apply moved what the preview showed");
        assertEquals(LocalDate.of(2066, 12, 31), row(old.getId()).validTo());
        assertEquals(next.getName(), row(old.getId()).successorName());
        Unit successor = asSpecialist.call(() -> units.currentUnit(members.get(0).getCode())).orElseThrow();
        assertNotEquals(members.get(0).getId(), successor.getId());
        assertEquals(next.getId(), successor.getProvince().getId());
        assertEquals(members.get(0).getName(), successor.getName(), "the same body under the same name");
        assertEquals(LocalDate.of(2066, 12, 31), asSpecialist.call(() -> units.unit(memberIds.get(0))).getValidTo());
        assertTrue(asSpecialist.call(() -> units.lineageIdsOf(successor.getId())).contains(memberIds.get(0)));
        assertEquals(next.getId(), asSpecialist.call(() -> ballotSetup.rules(next.getId(), 2067)).getProvince().getId());
        assertEquals(60, asSpecialist.call(() -> ballotSetup.rules(next.getId(), 2067)).getThresholdPercent());
        assertEquals(1, audited("Province", old.getId(), "PROVINCE_SUCCESSION"));
        assertEquals(1, audited("Province", next.getId(), "PROVINCE_SUCCESSION"));
        assertEquals(1, audited("Bloc", bloc, "PROVINCE_SUCCESSION"));
        assertEquals(1, audited("Proposal", proposal, "PROVINCE_SUCCESSION"));
        assertEquals(1, audited("Unit", memberIds.get(0), "END"));

        // the bloc: 2066 stays under the old province, 2067 is the successor's, with the successor records
        List<Long> successors = new ArrayList<>();
        for (Unit m : members) {
            successors.add(asSpecialist.call(() -> units.currentUnit(m.getCode())).orElseThrow().getId());
        }
        // the election of 27/12/2066 confirmed after the merger: 2067's members, leader and deputy are the
        // successor records of the units of 2066 and of the units elected
        asProvinceLeader.call(() -> {
            paperCount.countUnanimous(election, memberIds.size());
            return null;
        });
        BlocYearForm elected = asSpecialist.call(() -> blocYears.loadBlocYear(bloc, 2067));
        assertEquals(successors.stream().sorted().toList(), elected.getMemberUnitIds().stream().sorted().toList());
        assertEquals(List.of(successors.get(2), successors.get(3)), List.of(elected.getLeaderUnitId(),
                elected.getDeputyUnitId()), "the elected units take office as their successor records");
        BlocYearForm year2067 = asSpecialist.call(() -> blocYears.loadBlocYear(bloc, 2067));
        assertEquals(next.getId(), year2067.getProvinceId());
        year2067.setMemberUnitIds(successors);
        year2067.setLeaderUnitId(successors.get(0));
        year2067.setDeputyUnitId(successors.get(1));
        asSpecialist.call(() -> blocYears.saveBlocYear(year2067));
        BlocYearView view2067 = asSpecialist.call(() -> blocs.viewBlocYear(bloc, 2067));
        assertEquals(next.getName(), view2067.provinceName());
        assertEquals(Map.of(2066, old.getName(), 2067, next.getName()), view2067.yearProvinces());
        assertEquals(old.getName(), asSpecialist.call(() -> blocs.viewBlocYear(bloc, 2066)).provinceName());
        // outside a succession a membership never crosses provinces: a successor record in the old province's year
        BlocYearForm crossing = asSpecialist.call(() -> blocYears.loadBlocYear(bloc, 2066));
        List<Long> mixed = new ArrayList<>(crossing.getMemberUnitIds());
        mixed.add(successors.get(2));
        crossing.setMemberUnitIds(mixed);
        assertEquals("error.bloc.unitOtherProvince", assertThrows(InvalidInputException.class,
                () -> asSpecialist.call(() -> blocYears.saveBlocYear(crossing))).getMessageKey());

        // documents take the province valid on their date
        Meeting meeting2067 = asProvinceLeader.call(() -> meetings.saveMeeting(TestData.yearEndMeeting(bloc, 2067)));
        String minutes2066 = pdfText(asSpecialist.call(() -> meetings.minutesPdf(meeting2066)));
        assertTrue(minutes2066.contains(old.getName() + ", ngày 27 tháng 12 năm 2066"), minutes2066);
        String minutes2067 = pdfText(asSpecialist.call(() -> meetings.minutesPdf(meeting2067.getId())));
        assertTrue(minutes2067.contains(next.getName() + ", ngày 27 tháng 12 năm 2067"), minutes2067);

        // the registry: the old record's 2066 flag and the successor record's 2067 flag
        try (Connection c = dataSource.getConnection()) {
            long decision = AwardRows.decision(c, next.getId(), proposal, "QM-" + s, LocalDate.of(2068, 1, 15),
                    "Chủ tịch UBND tỉnh");
            AwardRows.award(c, decision, memberIds.get(0), bloc, 2066, "PROVINCIAL_FLAG");
            AwardRows.award(c, decision, successor.getId(), bloc, 2067, "PROVINCIAL_FLAG");
        }
        for (String name : List.of(old.getName(), next.getName())) {
            List<Integer> years = asSpecialist.call(() -> registry.search(name, null, null, null, null)).stream()
                    .filter(a -> a.unitCode().equals(members.get(0).getCode())).map(AwardView::year).toList();
            assertEquals(List.of(2067, 2066), years, "searching \"" + name + "\" finds both records' awards");
        }
        assertEquals(List.of(2067, 2066), asSpecialist.call(() -> registry.history(successor.getId())).stream()
                .map(AwardView::year).toList());
        assertEquals(2, (int) asSpecialist.call(() -> registry.streak(successor.getId(), AwardKind.PROVINCIAL_FLAG)),
                "the flag two years running, across the province succession");
    }

    @Test
    void aRefusalMidWayLeavesNothingMoved() throws Exception {
        String s = suffix();
        Province old = asSpecialist.call(() -> units.createProvince("MC" + s, "Tỉnh gộp " + s));
        Province next = asSpecialist.call(() -> units.createProvince("MD" + s, "Tỉnh nhận " + s));
        List<Long> oldUnits = new ArrayList<>();
        List<Long> nextUnits = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            oldUnits.add(unit(old, "MC" + s + i).getId());
            nextUnits.add(unit(next, "MD" + s + i).getId());
        }
        // both provinces have a bloc with the same code: found only after the units have moved
        asSpecialist.call(() -> blocYears.saveBlocYear(blocForm(null, old.getId(), "KX" + s, 2066, oldUnits, null, null)));
        asSpecialist.call(() -> blocYears.saveBlocYear(blocForm(null, next.getId(), "KX" + s, 2066, nextUnits, null, null)));

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> asBoardLeader.call(() -> provinces.applySuccession(old.getId(), next.getId(), MERGER)));
        assertEquals("error.province.blocCodeTaken", refused.getMessageKey());
        assertNull(row(old.getId()).validTo(), "the province is still current");
        Unit unit = asSpecialist.call(() -> units.unit(oldUnits.get(0)));
        assertNull(unit.getValidTo(), "its units are still current");
        assertEquals(old.getId(), unit.getProvince().getId());
        assertEquals(oldUnits.get(0), asSpecialist.call(() -> units.currentUnit("MC" + s + "1")).orElseThrow().getId());
        assertEquals(List.of(oldUnits.get(0)), asSpecialist.call(() -> units.lineageIdsOf(oldUnits.get(0))));
        assertEquals(0, audited("Province", old.getId(), "PROVINCE_SUCCESSION"));
        assertEquals(0, audited("Unit", oldUnits.get(0), "END"));
    }

    @Test
    void aProposalOfTheDemosBlocAfterThe2025MergerIsAddressedToLamDong() throws Exception {
        Long bloc = testData.bloc03With(2066);
        List<Long> present = TestData.memberCodes().stream().map(c -> testData.unit(c).getId()).toList();
        Long proposal = asYouthUnion.call(() -> paperCount.unanimousCommendation(bloc, 2066,
                testData.unit("HLHPN").getId(), testData.unit("TDOAN").getId(), present));
        String letter = pdfText(asYouthUnion.call(() -> proposalDocuments.proposalDocument(proposal, DocumentFormat.PDF)));
        assertTrue(letter.contains("Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng"), letter);
        assertTrue(letter.contains("Lâm Đồng, ngày"), letter);
        assertTrue(!letter.contains("Đắk Nông, ngày"), letter);
        assertEquals("Lâm Đồng", asSpecialist.call(() -> blocs.viewBlocYear(bloc, 2066)).provinceName());
        assertEquals("Đắk Nông", asSpecialist.call(() -> blocs.viewBlocYear(bloc, 2024)).provinceName());
    }

    private ProvinceRow row(Long provinceId) throws Exception {
        return asSpecialist.call(() -> provinces.provinceRows()).stream().filter(p -> p.id().equals(provinceId))
                .findFirst().orElseThrow();
    }

    private Unit unit(Province province, String code) throws Exception {
        UnitForm form = new UnitForm();
        form.setProvinceId(province.getId());
        form.setCode(code);
        form.setName("Đơn vị sáp nhập " + code);
        form.setShortName(code);
        form.setValidFrom(LocalDate.of(2010, 1, 1));
        return asSpecialist.call(() -> units.createUnit(form));
    }

    private static BlocYearForm blocForm(Long id, Long provinceId, String code, int year, List<Long> members,
                                         Long leader, Long deputy) {
        BlocYearForm form = new BlocYearForm();
        form.setBlocId(id);
        form.setProvinceId(provinceId);
        form.setCode(code);
        form.setName("Khối " + code.substring(2));
        form.setYear(year);
        form.setMemberUnitIds(members);
        form.setLeaderUnitId(leader);
        form.setDeputyUnitId(deputy);
        return form;
    }

    private int audited(String entity, Long id, String action) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM audit_entry WHERE entity_type = ?"
                     + " AND entity_id = ? AND action = ?")) {
            q.setString(1, entity);
            q.setString(2, String.valueOf(id));
            q.setString(3, action);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 5).toUpperCase();
    }
}
