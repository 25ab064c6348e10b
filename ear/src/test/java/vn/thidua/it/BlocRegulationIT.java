package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.thidua.bloc.service.BlocFilter;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.document.service.DocumentFormat;
import vn.thidua.meeting.entity.MeetingKind;
import vn.thidua.meeting.service.MeetingForm;
import vn.thidua.meeting.service.MeetingService;
import vn.thidua.regulation.entity.RegulationStatus;
import vn.thidua.regulation.service.RegulationForm;
import vn.thidua.regulation.service.RegulationService;
import vn.thidua.regulation.service.RegulationView;
import vn.thidua.shared.AccessDeniedException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.PageRequest;

/**
 * The bloc's regulation (issue 15, item 8) in the real server and database, on Bloc No. 03 in
 * 2096 (led by the Youth Union, the Farmers' Association deputy): the leader drafts a version;
 * a member may not; a conference not yet held (no attendance recorded) and another bloc's
 * conference do not adopt it; the year-end conference does, and the version is in force with
 * its number from the leader unit's register (QC), which its PDF carries; an adopted version
 * never changes; a second version adopted later replaces it, and the first stays readable in
 * the history. Each step is audited; a unit of another bloc reads nothing.
 */
@ExtendWith(ArquillianExtension.class)
class BlocRegulationIT {

    private static final int YEAR = 2096;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(BlocRegulationIT.class);
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
    private AsBoardSpecialist asSpecialist;

    @Inject
    private MeetingService meetings;

    @Inject
    private BlocService blocs;

    @Inject
    private RegulationService regulations;

    @Test
    void draftedAdoptedAtAHeldConferenceInForceThenReplacedByASecondVersion() throws Exception {
        Long bloc = testData.bloc03With(YEAR);
        // the year-end conference with its attendance recorded; a mid-year one only planned
        MeetingForm yearEnd = TestData.yearEndMeeting(bloc, YEAR);
        yearEnd.addAttendee(testData.unit("HLHPN").getId(), "Nguyễn Thị Lan", "Chủ tịch Hội");
        yearEnd.addAttendee(testData.unit("TDOAN").getId(), "Y Đoàn Êban", "Bí thư Tỉnh đoàn");
        Long held = asLeader.call(() -> meetings.saveMeeting(yearEnd)).getId();
        MeetingForm midYear = TestData.yearEndMeeting(bloc, YEAR);
        midYear.setKind(MeetingKind.MID_YEAR);
        midYear.setHeldOn(LocalDate.of(YEAR, 6, 30));
        Long planned = asLeader.call(() -> meetings.saveMeeting(midYear)).getId();
        // a conference of another bloc (No. 01) in the same year, held
        Long bloc01 = asSpecialist.call(() -> blocs.findBlocYears(new BlocFilter(2024, null, "KTD01"),
                PageRequest.of(0, 1))).rows().get(0).blocId();
        MeetingForm otherForm = TestData.yearEndMeeting(bloc01, YEAR);
        otherForm.addAttendee(null, "Trần Văn Bình", "Giám đốc Sở Tài chính");
        Long otherBlocConference = asSpecialist.call(() -> meetings.saveMeeting(otherForm)).getId();

        // a member may not draft; the leader drafts version 1
        assertThrows(AccessDeniedException.class, () -> asMember.call(() -> regulations.draftRegulation(
                form(bloc, null, "Quy chế của Hội LHPN"))));
        assertEquals("error.regulation.noArticle", assertThrows(InvalidInputException.class, () -> asLeader.call(
                () -> regulations.draftRegulation(empty(bloc)))).getMessageKey());
        Long v1 = asLeader.call(() -> regulations.draftRegulation(form(bloc, null, "Quy chế hoạt động Khối thi đua số 03")));
        assertTrue(asMember.call(() -> regulations.inForce(bloc, YEAR)).isEmpty(), "a draft is not in force");

        // refusals: a member adopting, a conference not held, another bloc's conference
        assertThrows(AccessDeniedException.class, () -> asMember.call(() -> regulations.adoptRegulation(v1, held)));
        assertEquals("error.regulation.notHeld", assertThrows(InvalidInputException.class,
                () -> asLeader.call(() -> regulations.adoptRegulation(v1, planned))).getMessageKey());
        assertEquals("error.regulation.otherConference", assertThrows(InvalidInputException.class,
                () -> asLeader.call(() -> regulations.adoptRegulation(v1, otherBlocConference))).getMessageKey());
        assertEquals(RegulationStatus.DRAFT, version(bloc, v1).status(), "nothing half-written by a refusal");

        // adopted at the held year-end conference: in force, numbered, on its conference's day
        RegulationView adopted = asLeader.call(() -> regulations.adoptRegulation(v1, held));
        assertEquals(RegulationStatus.ADOPTED, adopted.status());
        assertEquals(LocalDate.of(YEAR, 12, 27), adopted.adoptedOn());
        assertTrue(adopted.sign().matches("\\d{2,}/QC-KTĐ03"), adopted.sign());
        RegulationView inForce = asMember.call(() -> regulations.inForce(bloc, YEAR)).orElseThrow();
        assertEquals(v1, inForce.id());
        assertEquals(List.of("Tổ chức của khối", "Chế độ họp"),
                inForce.articles().stream().map(RegulationView.Article::heading).toList());
        String pdf = text(asMember.call(() -> regulations.regulationDocument(v1, DocumentFormat.PDF)));
        for (String expected : List.of("QUY CHẾ", "Số: " + adopted.sign(), "Quy chế hoạt động Khối thi đua số 03",
                "Điều 1. Tổ chức của khối", "Điều 2. Chế độ họp", "Hội nghị tổng kết năm 2096", "KHỐI TRƯỞNG")) {
            assertTrue(pdf.contains(expected), "the regulation's PDF holds \"" + expected + "\":\n" + pdf);
        }
        byte[] docx = asMember.call(() -> regulations.regulationDocument(v1, DocumentFormat.DOCX));
        assertEquals("PK", new String(docx, 0, 2, java.nio.charset.StandardCharsets.US_ASCII), "a .docx (zip) file");

        // an adopted version never changes, nor is adopted again
        assertEquals("error.regulation.adopted", assertThrows(InvalidInputException.class,
                () -> asLeader.call(() -> regulations.draftRegulation(form(bloc, v1, "Sửa sau khi thông qua"))))
                .getMessageKey());
        assertEquals("error.regulation.adopted", assertThrows(InvalidInputException.class,
                () -> asLeader.call(() -> regulations.adoptRegulation(v1, held))).getMessageKey());

        // a second version, adopted at the same conference, replaces it; the first stays readable
        Long v2 = asLeader.call(() -> regulations.draftRegulation(form(bloc, null,
                "Quy chế hoạt động Khối thi đua số 03 (sửa đổi)")));
        RegulationView second = asLeader.call(() -> regulations.adoptRegulation(v2, held));
        assertEquals(v2, asMember.call(() -> regulations.inForce(bloc, YEAR)).orElseThrow().id());
        assertEquals(RegulationStatus.SUPERSEDED, version(bloc, v1).status());
        assertTrue(second.sign().matches("\\d{2,}/QC-KTĐ03") && !second.sign().equals(adopted.sign()), second.sign());
        assertTrue(text(asMember.call(() -> regulations.regulationDocument(v1, DocumentFormat.PDF)))
                .contains("Số: " + adopted.sign()), "the replaced version keeps its number");

        // audited; another bloc's unit reads nothing
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Regulation' AND action = 'DRAFT'"
                + " AND entity_id = ?", String.valueOf(v1)));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Regulation' AND action = 'ADOPT'"
                + " AND entity_id = ?", String.valueOf(v2)));
        assertThrows(AccessDeniedException.class, () -> asOtherBloc.call(() -> regulations.versions(bloc, YEAR)));
    }

    private RegulationView version(Long bloc, Long id) throws Exception {
        return asMember.call(() -> regulations.versions(bloc, YEAR)).stream().filter(v -> v.id().equals(id))
                .findFirst().orElseThrow();
    }

    private static RegulationForm form(Long bloc, Long id, String title) {
        RegulationForm form = new RegulationForm();
        form.setId(id);
        form.setBlocId(bloc);
        form.setYear(YEAR);
        form.setTitle(title);
        form.addArticle("Tổ chức của khối", "Khối gồm các đơn vị thành viên.\nKhối trưởng, khối phó do hội nghị suy tôn.");
        form.addArticle("Chế độ họp", "Khối họp sơ kết giữa năm và tổng kết cuối năm.");
        return form;
    }

    private static RegulationForm empty(Long bloc) {
        RegulationForm form = new RegulationForm();
        form.setBlocId(bloc);
        form.setYear(YEAR);
        form.setTitle("Quy chế không có điều nào");
        return form;
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private int count(String sql, Object parameter) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
