package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.thidua.activity.entity.ActivityStatus;
import vn.thidua.activity.service.ActivityService;
import vn.thidua.activity.service.ActivityView;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.bloc.service.BlocYearForm;
import vn.thidua.bloc.service.BlocYearService;
import vn.thidua.covenant.entity.CovenantStatus;
import vn.thidua.covenant.entity.CovenantVersion;
import vn.thidua.covenant.entity.CriterionKind;
import vn.thidua.covenant.service.CovenantForm;
import vn.thidua.covenant.service.CovenantService;
import vn.thidua.covenant.service.CovenantVersionView;
import vn.thidua.covenant.service.CriterionView;
import vn.thidua.file.service.FileRules;
import vn.thidua.file.service.FileTamperedException;
import vn.thidua.file.service.Upload;
import vn.thidua.meeting.entity.Meeting;
import vn.thidua.meeting.entity.MeetingKind;
import vn.thidua.meeting.service.MeetingForm;
import vn.thidua.meeting.service.MeetingService;
import vn.thidua.platform.DemoData;
import vn.thidua.scoring.entity.Assessment;
import vn.thidua.scoring.service.AssessmentView;
import vn.thidua.scoring.service.ScoreForm;
import vn.thidua.scoring.service.ScoreTable;
import vn.thidua.scoring.service.ScoringService;
import vn.thidua.shared.AccessDeniedException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.SeparationOfDutiesException;
import vn.thidua.unit.entity.Unit;
import vn.thidua.unit.service.UnitForm;
import vn.thidua.unit.service.UnitService;

/**
 * The emulation year's services (CovenantService, ScoringService, ActivityService,
 * MeetingService) in the real server and database: who may draft, sign and score;
 * amendments; invalid scores storing nothing; ranking with ties, bonuses and deductions
 * and its .xlsx export; nobody reviewing or awarding points to their own unit (the other
 * leading unit or the Board does); the minutes PDF; a rejected attachment rolling back the
 * whole score; and the demo story. Each test owns one year of Bloc No. 03 (or a bloc of its own).
 */
@ExtendWith(ArquillianExtension.class)
class CovenantScoringActivityMeetingIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(CovenantScoringActivityMeetingIT.class);
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
    private MeetingService meetings;

    @Inject
    private ActivityService activities;

    @Inject
    private BlocService blocs;

    @Inject
    private BlocYearService blocYears;

    @Inject
    private UnitService units;

    @Inject
    private DemoData demoData;

    @Inject
    private vn.thidua.proposal.service.ProposalService proposals;

    @Test
    void onlyTheLeaderDraftsEachUnitSignsForItselfAndAnAmendmentNeedsEverySignatureAgain() throws Exception {
        Long bloc = testData.bloc03With(2067);
        Unit womenUnion = testData.unit("HLHPN");
        Unit youthUnion = testData.unit("TDOAN");

        assertThrows(AccessDeniedException.class, () -> asWomenUnion.call(() -> covenants.draftCovenant(form(bloc, 2067))));
        CovenantVersion v1 = asLeader.call(() -> covenants.draftCovenant(form(bloc, 2067)));
        assertEquals(CovenantStatus.AWAITING_SIGNATURES, v1.getStatus());

        assertThrows(AccessDeniedException.class,
                () -> asWomenUnion.call(() -> covenants.signCovenant(v1.getId(), youthUnion.getId())));
        asWomenUnion.call(() -> covenants.signCovenant(v1.getId(), womenUnion.getId()));
        assertEquals("error.covenant.alreadySigned", assertThrows(InvalidInputException.class,
                () -> asWomenUnion.call(() -> covenants.signCovenant(v1.getId(), womenUnion.getId()))).getMessageKey());
        signAllOnPaper(bloc, 2067, v1.getId());
        assertEquals(CovenantStatus.IN_FORCE, version(bloc, 2067, 1).status());

        assertEquals("error.covenant.signed", assertThrows(InvalidInputException.class,
                () -> asLeader.call(() -> covenants.draftCovenant(form(bloc, 2067)))).getMessageKey());
        assertThrows(AccessDeniedException.class, () -> asWomenUnion.call(() -> covenants.amendCovenant(form(bloc, 2067))));
        CovenantForm amendment = form(bloc, 2067);
        amendment.setContent("Bản sửa đổi: bổ sung tiêu chí chuyển đổi số.");
        CovenantVersion v2 = asLeader.call(() -> covenants.amendCovenant(amendment));

        List<CovenantVersionView> versions = asWomenUnion.call(() -> covenants.versions(bloc, 2067));
        assertEquals(List.of(2, 1), versions.stream().map(CovenantVersionView::number).toList());
        assertEquals(CovenantStatus.AWAITING_SIGNATURES, versions.get(0).status());
        assertEquals(CovenantStatus.SUPERSEDED, versions.get(1).status());
        assertEquals(5, versions.get(1).signatures().size(), "the earlier version keeps its signatures");
        assertTrue(versions.get(0).signatures().isEmpty());
        assertEquals(5, versions.get(0).unsigned().size(), "every member has to sign the amendment");
        assertTrue(versions.get(1).unsigned().isEmpty());
        assertEquals("error.covenant.superseded", assertThrows(InvalidInputException.class,
                () -> asWomenUnion.call(() -> covenants.signCovenant(v1.getId(), womenUnion.getId()))).getMessageKey());
        assertEquals(v2.getId(), versions.get(0).id());
    }

    @Test
    void invalidScoresAndScoringAnotherUnitStoreNothing() throws Exception {
        Long bloc = testData.bloc03With(2026);
        Unit womenUnion = testData.unit("HLHPN");
        Unit youthUnion = testData.unit("TDOAN");
        CovenantVersionView v = inForce(bloc, 2026);
        CriterionView withEvidence = v.criteria().get(0);
        long before = count("assessment");

        assertEquals("error.score.aboveMax", refused(score(withEvidence, womenUnion, "60.5", "Báo cáo tổng kết")));
        assertEquals("error.score.negative", refused(score(withEvidence, womenUnion, "-1", "Báo cáo tổng kết")));
        assertEquals("error.score.evidenceRequired", refused(score(withEvidence, womenUnion, "50", " ")));
        assertThrows(AccessDeniedException.class,
                () -> asWomenUnion.call(() -> scoring.scoreCriterion(score(withEvidence, youthUnion, "50", "x"))));
        assertEquals(before, count("assessment"), "nothing stored");

        Assessment ok = asWomenUnion.call(() -> scoring.scoreCriterion(score(withEvidence, womenUnion, "55", "Báo cáo")));
        assertThrows(AccessDeniedException.class,
                () -> asWomenUnion.call(() -> scoring.reviewScore(ok.getId(), new BigDecimal("50"), "tự sửa")));
        assertEquals("error.score.reasonRequired", assertThrows(InvalidInputException.class,
                () -> asLeader.call(() -> scoring.reviewScore(ok.getId(), new BigDecimal("50"), " "))).getMessageKey());
        assertEquals(before + 1, count("assessment"));
    }

    @Test
    void rejectedAttachmentRollsBackTheWholeScore() throws Exception {
        Long bloc = testData.bloc03With(2027);
        Unit womenUnion = testData.unit("HLHPN");
        CriterionView criterion = inForce(bloc, 2027).criteria().get(1);
        long assessments = count("assessment");
        long files = count("stored_file");

        ScoreForm form = score(criterion, womenUnion, "30", "Có minh chứng");
        form.setFiles(List.of(new Upload("bien-ban.pdf", "%PDF-1.7 minh chung".getBytes(StandardCharsets.US_ASCII)),
                new Upload("anh.png", "MZ giả danh ảnh".getBytes(StandardCharsets.UTF_8))));
        assertEquals("error.file.type", refused(form));
        assertEquals(assessments, count("assessment"), "no score left behind");
        assertEquals(files, count("stored_file"), "no orphan file left behind");

        form.setFiles(List.of(new Upload("bien-ban.pdf", "%PDF-1.7 minh chung".getBytes(StandardCharsets.US_ASCII))));
        asWomenUnion.call(() -> scoring.scoreCriterion(form));
        assertEquals(files + 1, count("stored_file"));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT sha256 FROM stored_file ORDER BY id DESC LIMIT 1")) {
            assertTrue(rs.next());
            assertEquals(FileRules.sha256("%PDF-1.7 minh chung".getBytes(StandardCharsets.US_ASCII)), rs.getString(1));
        }

        // a file swapped behind the portal's back is refused, not served
        AssessmentView stored = asWomenUnion.call(() -> scoring.scoreSheet(bloc, 2027)).assessments().stream()
                .filter(a -> a.unitId().equals(womenUnion.getId())).findFirst().orElseThrow();
        Long fileId = stored.files().get(0).id();
        assertEquals("bien-ban.pdf", stored.files().get(0).fileName());
        assertEquals("%PDF-1.7 minh chung", new String(asWomenUnion.call(() -> scoring.evidenceFile(stored.id(), fileId)),
                StandardCharsets.US_ASCII));
        try (Connection c = dataSource.getConnection();
             PreparedStatement swap = c.prepareStatement("UPDATE stored_file SET content = ? WHERE id = ?")) {
            swap.setBytes(1, "%PDF-1.7 forged".getBytes(StandardCharsets.US_ASCII));
            swap.setLong(2, fileId);
            swap.executeUpdate();
        }
        assertThrows(FileTamperedException.class, () -> asWomenUnion.call(() -> scoring.evidenceFile(stored.id(), fileId)));
    }

    @Test
    void rankingSharesRanksOnTiesCountsBonusesAndDeductionsAndTheXlsxHoldsTheSameNumbers() throws Exception {
        Long bloc = testData.bloc03With(2028);
        Unit womenUnion = testData.unit("HLHPN");
        Unit youthUnion = testData.unit("TDOAN");
        CovenantVersionView v = inForce(bloc, 2028);
        CriterionView c1 = v.criteria().get(0);
        CriterionView c2 = v.criteria().get(1);
        CriterionView bonus = v.criteria().get(2);
        CriterionView deduction = v.criteria().get(3);

        asWomenUnion.call(() -> scoring.scoreCriterion(score(c1, womenUnion, "55", "Báo cáo")));
        asWomenUnion.call(() -> scoring.scoreCriterion(score(c2, womenUnion, "35", null)));
        Assessment y1 = asLeader.call(() -> scoring.scoreCriterion(score(c1, youthUnion, "52", "Báo cáo")));
        asLeader.call(() -> scoring.scoreCriterion(score(c2, youthUnion, "36", null)));
        // the Youth Union leads: its own score, bonus and deduction come from the deputy
        asDeputy.call(() -> scoring.reviewScore(y1.getId(), new BigDecimal("50"), "Thiếu số liệu quý IV"));
        asDeputy.call(() -> scoring.awardItem(bonus.id(), youthUnion.getId(), new BigDecimal("5"), "Mô hình mới"));
        asDeputy.call(() -> scoring.awardItem(deduction.id(), youthUnion.getId(), new BigDecimal("1"), "Báo cáo chậm"));
        // Women's Union 55 + 35 = 90; Youth Union 50 + 36 + 5 - 1 = 90; the other three 0

        List<ScoreTable.Row> ranking = asWomenUnion.call(() -> scoring.ranking(bloc, 2028));
        assertEquals(5, ranking.size());
        assertEquals(List.of(1, 1, 3, 3, 3), ranking.stream().map(ScoreTable.Row::rank).toList());
        ScoreTable.Row youth = ranking.stream().filter(r -> r.unitId().equals(youthUnion.getId())).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("86").compareTo(youth.criteria()));
        assertEquals(0, new BigDecimal("5").compareTo(youth.bonus()));
        assertEquals(0, new BigDecimal("1").compareTo(youth.deduction()));
        assertEquals(0, new BigDecimal("90").compareTo(youth.total()));
        assertTrue(youth.tied());

        byte[] xlsx = asWomenUnion.call(() -> scoring.exportRanking(bloc, 2028));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Tổng điểm", sheet.getRow(2).getCell(5).getStringCellValue());
            for (int i = 0; i < ranking.size(); i++) {
                Row row = sheet.getRow(3 + i);
                ScoreTable.Row expected = ranking.get(i);
                assertEquals(expected.rank(), (int) row.getCell(0).getNumericCellValue());
                assertEquals(expected.unitName(), row.getCell(1).getStringCellValue());
                assertEquals(expected.criteria().doubleValue(), row.getCell(2).getNumericCellValue(), 0.001);
                assertEquals(expected.bonus().doubleValue(), row.getCell(3).getNumericCellValue(), 0.001);
                assertEquals(expected.deduction().doubleValue(), row.getCell(4).getNumericCellValue(), 0.001);
                assertEquals(expected.total().doubleValue(), row.getCell(5).getNumericCellValue(), 0.001);
            }
            assertEquals(null, sheet.getRow(3 + ranking.size()), "no extra rows");
        }
    }

    @Test
    void nobodyReviewsOrAwardsPointsToTheirOwnUnitTheOtherLeadingUnitOrTheBoardDoes() throws Exception {
        Long bloc = testData.bloc03With(2060);
        Unit womenUnion = testData.unit("HLHPN");
        Unit farmers = testData.unit("HND");
        Unit youthUnion = testData.unit("TDOAN");
        CovenantVersionView v = inForce(bloc, 2060);
        CriterionView c1 = v.criteria().get(0);
        CriterionView bonus = v.criteria().get(2);
        Assessment youth = asLeader.call(() -> scoring.scoreCriterion(score(c1, youthUnion, "52", "Báo cáo")));
        Assessment farm = asDeputy.call(() -> scoring.scoreCriterion(score(c1, farmers, "48", "Báo cáo")));
        Assessment women = asWomenUnion.call(() -> scoring.scoreCriterion(score(c1, womenUnion, "55", "Báo cáo")));

        // the leader (Youth Union) neither reviews its own score nor gives itself a bonus: nothing stored
        assertEquals("error.score.ownUnit", assertThrows(SeparationOfDutiesException.class,
                () -> asLeader.call(() -> scoring.reviewScore(youth.getId(), new BigDecimal("60"), "tự nâng"))).getMessageKey());
        assertEquals("error.score.ownUnit", assertThrows(SeparationOfDutiesException.class,
                () -> asLeader.call(() -> scoring.reviewScore(youth.getId(), null, null))).getMessageKey());
        assertEquals("error.score.ownUnit", assertThrows(SeparationOfDutiesException.class,
                () -> asLeader.call(() -> scoring.awardItem(bonus.id(), youthUnion.getId(), new BigDecimal("5"), "x")))
                .getMessageKey());
        assertEquals("52.00 | null | SUBMITTED | null", stored(youth.getId()));
        assertEquals(0, BigDecimal.ZERO.compareTo(rankingRow(bloc, 2060, youthUnion).bonus()));
        // the deputy (Farmers' Association) is refused on its own unit's score too
        assertEquals("error.score.ownUnit", assertThrows(SeparationOfDutiesException.class,
                () -> asDeputy.call(() -> scoring.reviewScore(farm.getId(), null, null))).getMessageKey());
        assertEquals("48.00 | null | SUBMITTED | null", stored(farm.getId()));

        // the deputy reviews the leader's unit, the leader the deputy's, the Board anyone's
        asDeputy.call(() -> scoring.reviewScore(youth.getId(), new BigDecimal("50"), "Thiếu số liệu quý IV"));
        asDeputy.call(() -> scoring.awardItem(bonus.id(), youthUnion.getId(), new BigDecimal("5"), "Mô hình mới"));
        asLeader.call(() -> scoring.reviewScore(farm.getId(), null, null));
        asBoard.call(() -> scoring.reviewScore(women.getId(), new BigDecimal("54"), "Minh chứng thiếu một mục"));
        assertEquals("52.00 | 50.00 | ADJUSTED | " + AsFarmersAssociation.PRINCIPAL, stored(youth.getId()));
        assertEquals("48.00 | null | ACCEPTED | " + AsYouthUnion.PRINCIPAL, stored(farm.getId()));
        assertEquals("55.00 | 54.00 | ADJUSTED | " + AsBoardSpecialist.PRINCIPAL, stored(women.getId()));
        ScoreTable.Row youthRow = rankingRow(bloc, 2060, youthUnion);
        assertEquals(0, new BigDecimal("5").compareTo(youthRow.bonus()));
        assertEquals(0, new BigDecimal("55").compareTo(youthRow.total()));
    }

    @Test
    void minutesPdfCarriesTheOfficialLayoutAndExactVietnameseNames() throws Exception {
        Long bloc = testData.bloc03With(2067);
        MeetingForm form = new MeetingForm();
        form.setBlocId(bloc);
        form.setYear(2067);
        form.setKind(MeetingKind.YEAR_END);
        form.setHeldOn(LocalDate.of(2067, 12, 27));
        form.setPlace("Hội trường Tỉnh đoàn Đắk Nông");
        form.setChair("Y Đoàn Êban, Bí thư Tỉnh đoàn");
        form.setSecretary("Nguyễn Thị Hằng");
        form.addAttendee(null, "Trần Văn Hùng", "Trưởng Ban Thi đua - Khen thưởng tỉnh");
        for (String code : TestData.memberCodes()) {
            Unit unit = testData.unit(code);
            form.addAttendee(unit.getId(), "Đại diện " + unit.getShortName(), "lãnh đạo đơn vị");
        }
        form.setMinutes("Hội nghị thống nhất nhân rộng mô hình đỡ đầu trẻ mồ côi ở xã Quảng Sơn, huyện Đắk Glong.");
        assertThrows(AccessDeniedException.class, () -> asWomenUnion.call(() -> meetings.saveMeeting(form)));
        Meeting meeting = asLeader.call(() -> meetings.saveMeeting(form));

        byte[] pdf = asWomenUnion.call(() -> meetings.minutesPdf(meeting.getId()));
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // lines wrap where the layout needs: compare with whitespace collapsed
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        for (String expected : List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Lâm Đồng, ngày 27 tháng 12 năm 2067", "BIÊN BẢN", "Hội nghị tổng kết công tác thi đua năm 2067",
                "Trần Văn Hùng, Trưởng Ban Thi đua - Khen thưởng tỉnh", "Hội Liên hiệp Phụ nữ tỉnh Đắk Nông",
                "Hội Cựu chiến binh tỉnh Đắk Nông", "Liên đoàn Lao động tỉnh Đắk Nông", "Y Đoàn Êban, Bí thư Tỉnh đoàn",
                "xã Quảng Sơn, huyện Đắk Glong", "CHỦ TRÌ", "THƯ KÝ", "Nguyễn Thị Hằng")) {
            assertTrue(text.contains(expected), "PDF holds \"" + expected + "\":\n" + text);
        }
        // the same minutes as Word: the office edits and signs that file
        try (org.apache.poi.xwpf.usermodel.XWPFDocument docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(asWomenUnion.call(() -> meetings.minutesDocx(meeting.getId()))));
             org.apache.poi.xwpf.extractor.XWPFWordExtractor words = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(docx)) {
            String docxText = words.getText().replaceAll("\\s+", " ");
            for (String expected : List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Lâm Đồng, ngày 27 tháng 12 năm 2067",
                    "BIÊN BẢN", "Y Đoàn Êban, Bí thư Tỉnh đoàn", "CHỦ TRÌ", "THƯ KÝ", "Nguyễn Thị Hằng", "Nơi nhận:")) {
                assertTrue(docxText.contains(expected), ".docx holds \"" + expected + "\":\n" + docxText);
            }
        }
    }

    @Test
    void demoStoryLoadsActivityConferenceAndSignedCovenant() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 5).toUpperCase();
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            UnitForm unit = new UnitForm();
            unit.setProvinceId(testData.unit("HLHPN").getProvince().getId());
            unit.setCode("DS" + s + i);
            unit.setName("Đơn vị câu chuyện " + s + i);
            unit.setShortName("ĐV " + i);
            unit.setValidFrom(LocalDate.of(2010, 1, 1));
            ids.add(asBoard.call(() -> units.createUnit(unit)).getId());
        }
        Long bloc = asBoard.call(() -> {
            BlocYearForm form = new BlocYearForm();
            form.setProvinceId(testData.unit("HLHPN").getProvince().getId());
            form.setCode("DS" + s);
            form.setName("Khối câu chuyện " + s);
            form.setYear(2023);
            form.setMemberUnitIds(ids);
            form.setLeaderUnitId(ids.get(0));
            Long id = blocYears.saveBlocYear(form).getId();
            BlocYearForm next = blocYears.loadBlocYear(id, 2023);
            next.setYear(2024);
            next.setLeaderUnitId(ids.get(4));
            next.setDeputyUnitId(ids.get(1));
            blocYears.saveBlocYear(next);
            return id;
        });

        asBoard.call(() -> {
            demoData.loadStory(bloc);
            return null;
        });

        List<ActivityView> y2023 = asBoard.call(() -> activities.activities(bloc, 2023));
        assertEquals(1, y2023.size());
        assertEquals(12_000_000L, y2023.get(0).totalValue());
        assertEquals(ActivityStatus.COMPLETED, y2023.get(0).status());
        assertTrue(y2023.get(0).commonModel());
        List<ActivityView> y2024 = asBoard.call(() -> activities.activities(bloc, 2024));
        assertEquals(y2023.get(0).id(), y2024.get(0).copiedFromId());
        var conference = asBoard.call(() -> meetings.meetings(bloc, 2023)).get(0);
        assertEquals(LocalDate.of(2023, 12, 27), conference.heldOn());
        assertEquals(6, conference.attendeeCount(), "the Board's head and the five members' leaders");
        CovenantVersionView covenant = asBoard.call(() -> covenants.inForce(bloc, 2024)).orElseThrow();
        assertEquals(5, covenant.signatures().size());

        // the two ballots of the 2023 conference, confirmed: a draft proposal and the 2024 leadership
        List<vn.thidua.proposal.service.ProposalView> drafts = asBoard.call(() -> proposals.proposals(bloc, 2023));
        assertEquals(1, drafts.size());
        assertEquals(List.of("PROVINCIAL_FLAG:" + ids.get(0), "CERTIFICATE_OF_MERIT:" + ids.get(4)),
                drafts.get(0).nominees().stream().map(n -> n.awardKind() + ":" + n.unitId()).toList());
        var leadership2024 = asBoard.call(() -> blocs.viewBlocYear(bloc, 2024));
        assertEquals(ids.get(4), leadership2024.leader().unitId());
        assertEquals(ids.get(1), leadership2024.deputy().unitId());
    }

    // ---- helpers ----

    private CovenantForm form(Long bloc, int year) {
        CovenantForm form = new CovenantForm();
        form.setBlocId(bloc);
        form.setYear(year);
        form.setContent("Các đơn vị cam kết thực hiện tốt nhiệm vụ năm " + year + ".");
        form.addItem(CriterionKind.CRITERION, "Thực hiện nhiệm vụ chính trị", new BigDecimal("60"), true);
        form.addItem(CriterionKind.CRITERION, "Công tác thi đua, khen thưởng", new BigDecimal("40"), false);
        form.addItem(CriterionKind.BONUS, "Mô hình mới", new BigDecimal("5"), false);
        form.addItem(CriterionKind.DEDUCTION, "Báo cáo chậm", new BigDecimal("5"), false);
        return form;
    }

    private CovenantVersionView inForce(Long bloc, int year) throws Exception {
        CovenantVersion v = asLeader.call(() -> covenants.draftCovenant(form(bloc, year)));
        signAllOnPaper(bloc, year, v.getId());
        return version(bloc, year, 1);
    }

    private void signAllOnPaper(Long bloc, int year, Long versionId) throws Exception {
        for (String code : TestData.memberCodes()) {
            Unit unit = testData.unit(code);
            CovenantVersionView current = version(bloc, year, 1);
            if (!current.hasSigned(unit.getId())) {
                asBoard.call(() -> covenants.recordPaperSignature(versionId, unit.getId()));
            }
        }
    }

    private CovenantVersionView version(Long bloc, int year, int number) throws Exception {
        return asBoard.call(() -> covenants.versions(bloc, year)).stream()
                .filter(v -> v.number() == number).findFirst().orElseThrow();
    }

    private static ScoreForm score(CriterionView criterion, Unit unit, String points, String evidence) {
        ScoreForm form = new ScoreForm();
        form.setCriterionId(criterion.id());
        form.setUnitId(unit.getId());
        form.setPoints(new BigDecimal(points));
        form.setEvidence(evidence);
        return form;
    }

    private String refused(ScoreForm form) {
        return assertThrows(InvalidInputException.class,
                () -> asWomenUnion.call(() -> scoring.scoreCriterion(form))).getMessageKey();
    }

    /** An assessment's stored self points, reviewed points, status and reviewer, read from the table. */
    private String stored(Long assessmentId) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT self_points, reviewed_points, status, reviewed_by FROM assessment WHERE id = ?")) {
            s.setLong(1, assessmentId);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                return rs.getBigDecimal(1).toPlainString() + " | "
                        + (rs.getBigDecimal(2) == null ? "null" : rs.getBigDecimal(2).toPlainString()) + " | "
                        + rs.getString(3) + " | " + rs.getString(4);
            }
        }
    }

    private ScoreTable.Row rankingRow(Long bloc, int year, Unit unit) throws Exception {
        return asBoard.call(() -> scoring.ranking(bloc, year)).stream().filter(r -> r.unitId().equals(unit.getId()))
                .findFirst().orElseThrow();
    }

    private long count(String table) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
