package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.sql.DataSource;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.thidua.document.service.DocumentFormat;
import vn.thidua.proposal.entity.ProposalStatus;
import vn.thidua.proposal.service.ApprovalWorkflowService;
import vn.thidua.proposal.service.ConsolidatedSubmissionService;
import vn.thidua.proposal.service.ProposalService;
import vn.thidua.proposal.service.ProposalView;
import vn.thidua.proposal.service.SubmissionView;
import vn.thidua.registry.service.AwardView;
import vn.thidua.registry.service.RegistryService;
import vn.thidua.shared.InvalidInputException;

/**
 * One decision for many proposals (issue 15, item 1), in the real server and database: the
 * Board gathers the year's proposals of two blocs that await the Chair into one consolidated
 * submission numbered in its own register (its PDF read back), the Chair's one decision
 * decides both and the registry lists the awards of both blocs under that number and date;
 * a decision number is unique per authority and year only (the same number in 2064 and 2065
 * is accepted, a repeat within 2065 is refused with its Vietnamese message and leaves
 * nothing). Bloc No. 03 and a bloc of the Department of Finance's, years 2064 and 2065 only.
 */
@ExtendWith(ArquillianExtension.class)
class OneDecisionManyProposalsIT {

    private static final String PAGE_MESSAGES = "one-decision/messages_vi.properties";

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.portalWithTests(OneDecisionManyProposalsIT.class, OneDecisionFixture.class);
        ear.getAsType(WebArchive.class, "tests.war").addAsResource(new File(System.getProperty("basedir", "."),
                "../web-war/src/main/resources/vn/thidua/web/i18n/messages_vi.properties"), PAGE_MESSAGES);
        return ear;
    }

    @Resource(lookup = "java:jboss/datasources/ThiduaDS")
    private DataSource dataSource;

    @Inject
    private TestData testData;

    @Inject
    private OneDecisionFixture fixture;

    @Inject
    private AsBoardSpecialist asSpecialist;

    @Inject
    private AsBoardLeader asBoardLeader;

    @Inject
    private ProposalService proposals;

    @Inject
    private ApprovalWorkflowService approvals;

    @Inject
    private ConsolidatedSubmissionService submissions;

    @Inject
    private RegistryService registry;

    @Test
    void theBoardConsolidatesTwoBlocsAndOneDecisionDecidesBoth() throws Exception {
        int year = 2064;
        Long bloc03 = testData.bloc03With(year);
        Long blocB = fixture.blocB(year);
        Long province = testData.unit("HLHPN").getProvince().getId();
        Long first = fixture.reviewed03(year);
        Long second = fixture.reviewedB(blocB, year);

        List<Long> awaiting = asSpecialist.call(() -> submissions.awaiting(province, year)).stream()
                .map(ProposalView::id).toList();
        assertTrue(awaiting.containsAll(List.of(first, second)), "both blocs' proposals await the Chair: " + awaiting);

        SubmissionView submission = asSpecialist.call(() -> submissions.consolidate(province, year));
        assertTrue(submission.number().matches("\\d+/TTr-BTĐKT"), "numbered in the Board's register: " + submission.number());
        assertEquals(year, submission.year());
        assertFalse(submission.isDecided());
        List<Long> gathered = submission.proposals().stream().map(ProposalView::id).toList();
        assertTrue(gathered.containsAll(List.of(first, second)), gathered.toString());
        assertEquals(Set.of(year), submission.proposals().stream().map(ProposalView::year).collect(Collectors.toSet()));
        assertEquals(List.of(), asSpecialist.call(() -> submissions.awaiting(province, year)), "nothing left to gather");
        assertEquals("error.submission.nothingAwaits", assertThrows(InvalidInputException.class,
                () -> asSpecialist.call(() -> submissions.consolidate(province, year))).getMessageKey());
        ProposalView.Step gatheredStep = lastStep(first);
        assertEquals(List.of("CONSOLIDATE", submission.number(), ProposalStatus.COUNCIL_REVIEWED),
                List.of(gatheredStep.step(), gatheredStep.comment(), gatheredStep.statusAfter()));

        // the document: the Board's header and number, both blocs, their nominees (PDF and .docx)
        String text = pdfText(asSpecialist.call(() -> submissions.document(submission.id(), DocumentFormat.PDF)));
        String blocName03 = asSpecialist.call(() -> proposals.proposal(first)).blocName();
        String blocNameB = asSpecialist.call(() -> proposals.proposal(second)).blocName();
        for (String expected : List.of("BAN THI ĐUA - KHEN THƯỞNG", "Số: " + submission.number(), "TỜ TRÌNH",
                "Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh " + testData.unit("HLHPN").getProvince().getName(), blocName03, blocNameB,
                testData.unit("HLHPN").getName(), testData.unit("SXD").getName(), "TRƯỞNG BAN")) {
            assertTrue(text.contains(expected), "the PDF shows \"" + expected + "\": " + text);
        }
        String docx = docxText(asSpecialist.call(() -> submissions.document(submission.id(), DocumentFormat.DOCX)));
        assertTrue(docx.contains(submission.number()) && docx.contains(blocNameB), docx);

        // decided alone, a gathered proposal is refused: its decision is the submission's
        String number = "Q" + UUID.randomUUID().toString().substring(0, 6) + "/QĐ-UBND";
        InvalidInputException alone = assertThrows(InvalidInputException.class, () -> asBoardLeader.call(
                () -> approvals.recordDecision(first, number, LocalDate.of(year, 12, 30), "Chủ tịch UBND tỉnh", null)));
        assertEquals("error.proposal.inSubmission", alone.getMessageKey());
        assertEquals(submission.number(), alone.getArguments()[0]);
        assertTrue(refusedByRole(() -> asSpecialist.call(() -> submissions.recordDecision(submission.id(), number,
                LocalDate.of(year, 12, 30), "Chủ tịch UBND tỉnh", null))), "the decision step is the Board leader's");

        LocalDate decidedOn = LocalDate.of(year, 12, 30);
        SubmissionView decided = asBoardLeader.call(() -> submissions.recordDecision(submission.id(), " " + number + " ",
                decidedOn, "Chủ tịch UBND tỉnh", null));
        assertTrue(decided.isDecided());
        for (Long id : List.of(first, second)) {
            ProposalView p = asSpecialist.call(() -> proposals.proposal(id));
            assertEquals(ProposalStatus.DECIDED, p.status(), "proposal " + id);
            assertEquals("DECISION", p.steps().get(p.steps().size() - 1).step());
        }
        List<AwardView> awards = asBoardLeader.call(() -> registry.search(null, null, year, null, number));
        assertEquals(Set.of(bloc03, blocB), awards.stream().map(AwardView::blocId).collect(Collectors.toSet()),
                "the awards of both blocs under one decision");
        assertEquals(Set.of(number + " " + decidedOn), awards.stream().map(a -> a.decisionNumber() + " " + a.decidedOn())
                .collect(Collectors.toSet()));
        assertEquals(Set.of("HLHPN", "TDOAN", "STC", "SXD"), awards.stream().map(AwardView::unitCode).collect(Collectors.toSet()));
        assertEquals(1, countDecisions(number, province), "one decision row");
        assertEquals(2, count("SELECT COUNT(*) FROM award_decision_proposal dp JOIN award_decision d ON d.id = dp.decision_id"
                + " WHERE d.number = ?", number), "answering both proposals");

        assertEquals("error.submission.decided", assertThrows(InvalidInputException.class,
                () -> asBoardLeader.call(() -> submissions.recordDecision(submission.id(), "Q2" + number, decidedOn,
                        "Chủ tịch UBND tỉnh", null))).getMessageKey());
        assertEquals(1, asSpecialist.call(() -> submissions.submissions(province, year)).stream()
                .filter(s -> s.id().equals(submission.id()) && s.isDecided()).count());
    }

    @Test
    void aDecisionNumberRepeatsInAnotherYearButNotInTheSameYearOfTheSameAuthority() throws Exception {
        String number = "Q" + UUID.randomUUID().toString().substring(0, 6) + "/QĐ-UBND";
        Long province = testData.unit("HLHPN").getProvince().getId();

        Long in2064 = fixture.reviewed03(2064);
        asBoardLeader.call(() -> approvals.recordDecision(in2064, number, LocalDate.of(2064, 12, 29), "Chủ tịch UBND tỉnh",
                null));
        Long in2065 = fixture.reviewed03(2065);
        asBoardLeader.call(() -> approvals.recordDecision(in2065, number, LocalDate.of(2065, 12, 29), "Chủ tịch UBND tỉnh",
                null));
        assertEquals(ProposalStatus.DECIDED, asSpecialist.call(() -> proposals.proposal(in2065)).status(),
                "the same number in the next year is accepted");
        assertEquals(2, countDecisions(number, province));
        assertEquals(2, asBoardLeader.call(() -> registry.search(null, null, 2065, null, number)).size());

        // a repeat within 2065 by the same authority: refused, with a message that says why, nothing stored
        Long blocB = fixture.blocB(2065);
        Long repeat = fixture.reviewedB(blocB, 2065);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> asBoardLeader.call(
                () -> approvals.recordDecision(repeat, "  " + number, LocalDate.of(2065, 6, 1), "Chủ tịch UBND tỉnh", null)));
        assertEquals("error.decision.duplicateNumber", refused.getMessageKey());
        assertEquals("Số quyết định \"" + number + "\" đã được Ủy ban nhân dân tỉnh "
                        + testData.unit("HLHPN").getProvince().getName() + " dùng trong năm 2065."
                        + " Mỗi số quyết định chỉ dùng một lần trong một năm của cùng cơ quan ban hành; hãy kiểm tra lại số.",
                vietnamese(refused));
        assertEquals(ProposalStatus.COUNCIL_REVIEWED, asSpecialist.call(() -> proposals.proposal(repeat)).status());
        assertEquals(0, count("SELECT COUNT(*) FROM award_decision_proposal WHERE proposal_id = ?", repeat),
                "no decision stored");
        assertEquals(List.of(), asBoardLeader.call(() -> registry.search(null, blocB, 2065, null, null)), "no award stored");
        assertEquals(2, countDecisions(number, province));

        // the database holds the rule too, whatever a writer does: a second row of the same authority, year and number
        assertThrows(java.sql.SQLException.class, () -> {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement s = c.prepareStatement("INSERT INTO award_decision (province_id, number, decided_on,"
                         + " signer) VALUES (?, ?, ?, 'Chủ tịch UBND tỉnh')")) {
                s.setLong(1, province);
                s.setString(2, number);
                s.setObject(3, LocalDate.of(2065, 3, 3));
                s.executeUpdate();
            }
        });

        // with a number of its own the same step goes through
        String own = "Q" + UUID.randomUUID().toString().substring(0, 6) + "/QĐ-UBND";
        asBoardLeader.call(() -> approvals.recordDecision(repeat, own, LocalDate.of(2065, 6, 1), "Chủ tịch UBND tỉnh", null));
        assertEquals(ProposalStatus.DECIDED, asSpecialist.call(() -> proposals.proposal(repeat)).status());
    }

    // ---- helpers ----

    private ProposalView.Step lastStep(Long id) throws Exception {
        List<ProposalView.Step> steps = asSpecialist.call(() -> proposals.proposal(id)).steps();
        return steps.get(steps.size() - 1);
    }

    /** The refusal as the page shows it in Vietnamese. */
    private static String vietnamese(InvalidInputException e) throws Exception {
        Properties messages = new Properties();
        try (InputStream in = OneDecisionManyProposalsIT.class.getClassLoader().getResourceAsStream(PAGE_MESSAGES)) {
            assertNotNull(in, PAGE_MESSAGES);
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new MessageFormat(messages.getProperty(e.getMessageKey()), Locale.forLanguageTag("vi"))
                .format(e.getArguments());
    }

    private long countDecisions(String number, Long province) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM award_decision WHERE number = ?"
                     + " AND province_id = ?")) {
            s.setString(1, number);
            s.setLong(2, province);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long count(String sql, Object parameter) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** The words of a .docx (its main part without the markup). */
    private static String docxText(byte[] docx) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<[^>]+>", "");
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }

    private static boolean refusedByRole(org.junit.jupiter.api.function.Executable call) {
        jakarta.ejb.EJBException e = assertThrows(jakarta.ejb.EJBException.class, call);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.ejb.EJBAccessException) {
                return true;
            }
        }
        return false;
    }
}
