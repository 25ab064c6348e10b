package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.sql.DataSource;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.thidua.ballot.entity.BallotKind;
import vn.thidua.ballot.entity.Seat;
import vn.thidua.ballot.entity.VotingMode;
import vn.thidua.ballot.service.BallotPaperService;
import vn.thidua.ballot.service.BallotQueryService;
import vn.thidua.ballot.service.BallotSetupService;
import vn.thidua.ballot.service.BallotView;
import vn.thidua.covenant.entity.CovenantStatus;
import vn.thidua.covenant.entity.CovenantVersion;
import vn.thidua.covenant.entity.CriterionKind;
import vn.thidua.covenant.service.CovenantForm;
import vn.thidua.covenant.service.CovenantService;
import vn.thidua.covenant.service.CovenantVersionView;
import vn.thidua.covenant.service.PaperSignatureService;
import vn.thidua.file.service.Upload;
import vn.thidua.meeting.entity.MeetingFileKind;
import vn.thidua.meeting.entity.MeetingKind;
import vn.thidua.meeting.service.ConferenceFileService;
import vn.thidua.meeting.service.ConferenceFileView;
import vn.thidua.meeting.service.MeetingForm;
import vn.thidua.meeting.service.MeetingService;
import vn.thidua.shared.AccessDeniedException;
import vn.thidua.shared.InvalidInputException;

/**
 * Paper steps in the portal (issue 15, item 5) in the real server and database, on Bloc
 * No. 03's year 2078 (led by the Youth Union, the Farmers' Association deputy): a unit's
 * paper signature of the covenant recorded with the scan of the signed page, and its
 * refusals (no file, a wrong type, already signed, a superseded version) storing nothing;
 * signed minutes and photos of a conference, several at once, read by the bloc's members
 * and refused to another bloc's, removed by the leader, each step audited; and the printed
 * papers of a paper ballot read back with PDFBox: one page per entitled unit, all alike,
 * the candidates in the ballot's order and the instructions. Each test uses its own
 * conference, so the tests do not depend on their order.
 */
@ExtendWith(ArquillianExtension.class)
class PaperStepsIT {

    private static final int YEAR = 2078;
    private static final byte[] PDF = "%PDF-1.4\n% trang giao ước đã ký\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(PaperStepsIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/ThiduaDS")
    private DataSource dataSource;

    @Inject
    private TestData testData;

    @Inject
    private AsYouthUnion asLeader;

    @Inject
    private AsWomenUnion asMember;

    @Inject
    private AsOtherBlocLeader asOtherBloc;

    @Inject
    private CovenantService covenants;

    @Inject
    private PaperSignatureService paper;

    @Inject
    private MeetingService meetings;

    @Inject
    private ConferenceFileService conferenceFiles;

    @Inject
    private BallotSetupService ballotSetup;

    @Inject
    private BallotQueryService ballotQueries;

    @Inject
    private BallotPaperService ballotPapers;

    @Test
    void paperSignatureIsRecordedWithItsScanAndEachRefusalStoresNothing() throws Exception {
        Long bloc = testData.bloc03With(YEAR);
        Long veterans = testData.unit("HCCB").getId();
        Long farmers = testData.unit("HND").getId();
        CovenantVersion drafted = asLeader.call(() -> covenants.draftCovenant(form(bloc)));
        Long version = drafted.getId();
        // the day the version was drafted: a valid day of signing whenever the test runs (around midnight too)
        LocalDate today = drafted.getDraftedAt().toLocalDate();
        long files = count("stored_file");
        long signatures = count("covenant_signature");

        assertEquals("error.paper.scanRequired", refused(() -> paper.recordSignedPage(version, veterans, today,
                "Nguyễn Văn Bình, Chủ tịch", null)));
        assertEquals("error.file.type", refused(() -> paper.recordSignedPage(version, veterans, today,
                "Nguyễn Văn Bình, Chủ tịch", new Upload("trang-ky.png", "MZ không phải ảnh".getBytes(StandardCharsets.UTF_8)))));
        assertEquals("error.paper.scanType", refused(() -> paper.recordSignedPage(version, veterans, today,
                "Nguyễn Văn Bình, Chủ tịch", new Upload("trang-ky.xlsx", workbook()))));
        assertEquals("error.paper.signerRequired", refused(() -> paper.recordSignedPage(version, veterans, today,
                " ", new Upload("trang-ky.pdf", PDF))));
        assertEquals("error.paper.signedOnFuture", refused(() -> paper.recordSignedPage(version, veterans,
                LocalDate.now().plusDays(2), "Nguyễn Văn Bình, Chủ tịch", new Upload("trang-ky.pdf", PDF))));
        assertThrows(AccessDeniedException.class, () -> asMember.call(() -> paper.recordSignedPage(version, veterans,
                today, "Nguyễn Văn Bình, Chủ tịch", new Upload("trang-ky.pdf", PDF))));
        assertEquals(files, count("stored_file"), "no scan stored by a refusal");
        assertEquals(signatures, count("covenant_signature"), "no signature stored by a refusal");

        asLeader.call(() -> paper.recordSignedPage(version, veterans, today, "Nguyễn Văn Bình, Chủ tịch",
                new Upload("trang-ky-hccb.pdf", PDF)));
        CovenantVersionView.Signature signed = asMember.call(() -> covenants.versions(bloc, YEAR)).get(0).signatures()
                .stream().filter(s -> s.unitId().equals(veterans)).findFirst().orElseThrow();
        assertTrue(signed.onPaper() && signed.isScanned(), signed.toString());
        assertEquals("Nguyễn Văn Bình, Chủ tịch", signed.paperSigner());
        assertEquals(today, signed.paperSignedOn());
        assertEquals("trang-ky-hccb.pdf", signed.scanName());
        assertEquals("application/pdf", signed.scanType());
        assertArrayEquals(PDF, asMember.call(() -> paper.signedPage(version, veterans)), "members open the scan");
        assertThrows(AccessDeniedException.class, () -> asOtherBloc.call(() -> paper.signedPage(version, veterans)),
                "another bloc's member may not open the scan");
        assertEquals(1, audits("Covenant", version, "SIGN_PAPER"));

        files = count("stored_file");
        assertEquals("error.covenant.alreadySigned", refused(() -> paper.recordSignedPage(version, veterans, today,
                "Nguyễn Văn Bình, Chủ tịch", new Upload("lan-hai.pdf", PDF))));
        // an amendment supersedes the version: it is no longer open for signing
        asLeader.call(() -> covenants.amendCovenant(form(bloc)));
        assertEquals(CovenantStatus.SUPERSEDED, asMember.call(() -> covenants.versions(bloc, YEAR)).get(1).status());
        assertEquals("error.covenant.superseded", refused(() -> paper.recordSignedPage(version, farmers, today,
                "Trần Văn Cường, Chủ tịch", new Upload("trang-ky-hnd.jpg", JPEG))));
        assertEquals(files, count("stored_file"), "no scan stored by a refusal");
    }

    @Test
    void signedMinutesAndPhotosAreAttachedReadByTheBlocAndRemovedByTheLeader() throws Exception {
        Long bloc = testData.bloc03With(YEAR);
        Long meeting = asLeader.call(() -> meetings.saveMeeting(conference(bloc, MeetingKind.MID_YEAR, 7))).getId();
        long files = count("stored_file");

        assertEquals("error.conferenceFile.none", refused(() -> conferenceFiles.attachFiles(meeting,
                MeetingFileKind.MINUTES, List.of())));
        // all or none: the PDF before the photo is not kept either
        assertEquals("error.conferenceFile.minutesType", refused(() -> conferenceFiles.attachFiles(meeting,
                MeetingFileKind.MINUTES, List.of(new Upload("bien-ban.pdf", PDF), new Upload("anh.png", PNG)))));
        assertEquals("error.conferenceFile.photoType", refused(() -> conferenceFiles.attachFiles(meeting,
                MeetingFileKind.PHOTO, List.of(new Upload("bien-ban.pdf", PDF)))));
        assertThrows(AccessDeniedException.class, () -> asMember.call(() -> conferenceFiles.attachFiles(meeting,
                MeetingFileKind.PHOTO, List.of(new Upload("anh.png", PNG)))));
        assertEquals(files, count("stored_file"), "nothing stored by a refusal");
        assertTrue(asMember.call(() -> conferenceFiles.conferenceFiles(meeting)).isEmpty());

        asLeader.call(() -> conferenceFiles.attachFiles(meeting, MeetingFileKind.PHOTO,
                List.of(new Upload("anh-hoi-truong.jpg", JPEG), new Upload("anh-trao-co.png", PNG))));
        asLeader.call(() -> conferenceFiles.attachFiles(meeting, MeetingFileKind.MINUTES,
                List.of(new Upload("bien-ban-da-ky.pdf", PDF))));
        List<ConferenceFileView> listed = asMember.call(() -> conferenceFiles.conferenceFiles(meeting));
        assertEquals(List.of("bien-ban-da-ky.pdf", "anh-hoi-truong.jpg", "anh-trao-co.png"),
                listed.stream().map(ConferenceFileView::fileName).toList(), "signed minutes first, then the photos");
        assertEquals(List.of(MeetingFileKind.MINUTES, MeetingFileKind.PHOTO, MeetingFileKind.PHOTO),
                listed.stream().map(ConferenceFileView::kind).toList());
        ConferenceFileView minutes = listed.get(0);
        assertArrayEquals(PDF, asMember.call(() -> conferenceFiles.conferenceFile(meeting, minutes.id())));
        assertThrows(AccessDeniedException.class, () -> asOtherBloc.call(() -> conferenceFiles.conferenceFiles(meeting)));
        assertThrows(AccessDeniedException.class,
                () -> asOtherBloc.call(() -> conferenceFiles.conferenceFile(meeting, minutes.id())),
                "another bloc's member may not download the minutes");

        Long photo = listed.get(2).id();
        assertThrows(AccessDeniedException.class, () -> asMember.call(() -> {
            conferenceFiles.removeFile(meeting, photo);
            return null;
        }));
        asLeader.call(() -> {
            conferenceFiles.removeFile(meeting, photo);
            return null;
        });
        assertEquals(List.of("bien-ban-da-ky.pdf", "anh-hoi-truong.jpg"),
                asMember.call(() -> conferenceFiles.conferenceFiles(meeting)).stream().map(ConferenceFileView::fileName).toList());
        assertEquals(2, audits("Meeting", meeting, "ATTACH"));
        assertEquals(1, audits("Meeting", meeting, "DETACH"));
    }

    @Test
    void ballotPapersHaveOnePageForEachEntitledUnitAllAlikeWithTheCandidatesInOrderAndTheInstructions() throws Exception {
        Long bloc = testData.bloc03With(YEAR);
        Long meeting = asLeader.call(() -> meetings.saveMeeting(conference(bloc, MeetingKind.YEAR_END, 27))).getId();
        Long ballot = asLeader.call(() -> ballotSetup.createBallot(meeting, BallotKind.COMMENDATION, VotingMode.PAPER,
                "Bình bầu khen thưởng năm " + YEAR));
        List<Long> certificates = List.of("TDOAN", "HND", "HCCB").stream().map(c -> testData.unit(c).getId()).toList();
        asLeader.call(() -> {
            ballotSetup.setCandidates(ballot, Seat.PROVINCIAL_FLAG, List.of(testData.unit("HLHPN").getId()));
            ballotSetup.setCandidates(ballot, Seat.CERTIFICATE_OF_MERIT, certificates);
            return null;
        });
        BallotView view = asLeader.call(() -> ballotQueries.ballot(ballot));
        List<String> order = new ArrayList<>();
        view.seats().stream().sorted(Comparator.comparing(BallotView.SeatView::seat))
                .forEach(s -> s.candidates().forEach(c -> order.add(c.unitName())));
        int certificateQuota = view.seats().stream().filter(s -> s.seat() == Seat.CERTIFICATE_OF_MERIT).findFirst()
                .orElseThrow().quota();

        byte[] pdf = asLeader.call(() -> ballotPapers.ballotPapers(ballot));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(5, document.getNumberOfPages(), "one paper for each of the five units entitled to vote");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(document).replaceAll("\\s+", " ");
            for (int page = 2; page <= 5; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertEquals(first, stripper.getText(document).replaceAll("\\s+", " "),
                        "every paper alike: nothing tells one from another");
            }
            assertTrue(first.contains("PHIẾU BẦU") && first.contains("Bình bầu khen thưởng năm " + YEAR)
                    && first.contains("Năm thi đua " + YEAR), first);
            assertTrue(first.contains("Cờ thi đua của UBND tỉnh: đánh dấu (X) vào ô của không quá 1 đơn vị"), first);
            assertTrue(first.contains("Bằng khen của Chủ tịch UBND tỉnh: đánh dấu (X) vào ô của không quá "
                    + certificateQuota + " đơn vị"), first);
            int at = -1;
            for (String unit : order) {
                int next = first.indexOf(unit, at + 1);
                assertTrue(next > at, unit + " after the candidate before it: " + first);
                at = next;
            }
            assertEquals(4, order.size());
            assertEquals(testData.unit("HLHPN").getName(), order.get(0), "the flag's seat comes first");
            assertTrue(first.indexOf("Cờ thi đua của UBND tỉnh") < first.indexOf("Bằng khen của Chủ tịch UBND tỉnh"), first);
            assertTrue(first.contains("trên 50% số phiếu của các đơn vị có mặt"), first);
            assertTrue(first.contains("Phiếu không hợp lệ: phiếu không có dấu của Ban kiểm phiếu"), first);
            assertTrue(first.contains("Dấu của Ban kiểm phiếu"), first);
            assertFalse(first.matches(".*(Số|số) phiếu: ?\\d.*"), "no serial number: " + first);
        }

        assertThrows(AccessDeniedException.class, () -> asMember.call(() -> ballotPapers.ballotPapers(ballot)));
        assertThrows(AccessDeniedException.class, () -> asOtherBloc.call(() -> ballotPapers.ballotPapers(ballot)));
        Long electronic = asLeader.call(() -> ballotSetup.createBallot(meeting, BallotKind.LEADERSHIP,
                VotingMode.ELECTRONIC, "Suy tôn khối trưởng năm " + (YEAR + 1)));
        assertEquals("error.ballotPaper.electronic", refused(() -> ballotPapers.ballotPapers(electronic)));
    }

    // ---- helpers ----

    private String refused(Work<?> work) {
        return assertThrows(InvalidInputException.class, () -> asLeader.call(work)).getMessageKey();
    }

    private static CovenantForm form(Long bloc) {
        CovenantForm form = new CovenantForm();
        form.setBlocId(bloc);
        form.setYear(YEAR);
        form.setContent("Các đơn vị cam kết thực hiện tốt nhiệm vụ năm " + YEAR + ".");
        form.addItem(CriterionKind.CRITERION, "Thực hiện nhiệm vụ chính trị", new BigDecimal("60"), true);
        form.addItem(CriterionKind.CRITERION, "Công tác thi đua, khen thưởng", new BigDecimal("40"), false);
        return form;
    }

    private static MeetingForm conference(Long bloc, MeetingKind kind, int day) {
        MeetingForm form = TestData.yearEndMeeting(bloc, YEAR);
        form.setKind(kind);
        form.setHeldOn(LocalDate.of(YEAR, kind == MeetingKind.MID_YEAR ? 7 : 12, day));
        return form;
    }

    private static byte[] workbook() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("Trang ký").createRow(0).createCell(0).setCellValue("không phải bản quét");
            book.write(out);
            return out.toByteArray();
        }
    }

    private long count(String table) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long audits(String entity, Long id, String action) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM audit_entry WHERE entity_type = ? AND entity_id = ? AND action = ?")) {
            s.setString(1, entity);
            s.setString(2, String.valueOf(id));
            s.setString(3, action);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
