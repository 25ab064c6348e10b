package vn.thidua.document.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import vn.thidua.document.internal.BallotPaperPdf;
import vn.thidua.document.internal.DocumentText;
import vn.thidua.document.internal.Compose;
import vn.thidua.document.internal.DocxRenderer;
import vn.thidua.document.internal.PdfRenderer;
import vn.thidua.document.internal.Workbooks;

/**
 * The one place that renders the portal's documents: PDFs and .docx files in the layout of
 * Decree 30/2020/NĐ-CP (Appendix I), both drawn from one {@code OfficialDocument} per
 * document, and .xlsx tables, from plain records that the areas fill. Every word comes
 * from the documents bundle ({@code vn/thidua/document/documents_vi.properties}); no area
 * writes document text itself. Rendering needs no transaction and reads no data.
 */
@ApplicationScoped
public class DocumentService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * One phrase of the documents bundle in Vietnamese, for names the domain stores or
     * passes on (a run-off ballot's title, a seat's name in a message).
     */
    public String text(String key, Object... args) {
        return DocumentText.vietnamese().text(key, args);
    }

    /** The ballot-count minutes (biên bản kiểm phiếu). */
    public byte[] countMinutesPdf(CountMinutes m) {
        return PdfRenderer.render(compose().countMinutes(m));
    }

    /** The ballot-count minutes as .docx, the same document as {@link #countMinutesPdf}. */
    public byte[] countMinutesDocx(CountMinutes m) {
        return DocxRenderer.render(compose().countMinutes(m));
    }

    /** The papers of a paper ballot (phiếu bầu), one page per paper, all alike; not a Decree 30 document. */
    public byte[] ballotPapersPdf(BallotPaper p) {
        return new BallotPaperPdf(DocumentText.vietnamese()).render(p);
    }

    /** A review conference's minutes (biên bản hội nghị). */
    public byte[] conferenceMinutesPdf(ConferenceMinutes m) {
        return PdfRenderer.render(compose().conferenceMinutes(m));
    }

    public byte[] conferenceMinutesDocx(ConferenceMinutes m) {
        return DocxRenderer.render(compose().conferenceMinutes(m));
    }

    /** A bloc's proposal for awards (tờ trình). */
    public byte[] proposalPdf(ProposalLetter p) {
        return PdfRenderer.render(compose().proposal(p));
    }

    public byte[] proposalDocx(ProposalLetter p) {
        return DocxRenderer.render(compose().proposal(p));
    }

    /** A nominee's achievement report (báo cáo thành tích). */
    public byte[] achievementReportPdf(AchievementReport r) {
        return PdfRenderer.render(compose().achievementReport(r));
    }

    public byte[] achievementReportDocx(AchievementReport r) {
        return DocxRenderer.render(compose().achievementReport(r));
    }

    /** A bloc's emulation covenant (giao ước thi đua). */
    public byte[] covenantPdf(CovenantDocument c) {
        return PdfRenderer.render(compose().covenant(c));
    }

    public byte[] covenantDocx(CovenantDocument c) {
        return DocxRenderer.render(compose().covenant(c));
    }

    /** A bloc's consolidated report of its year (báo cáo tổng kết). */
    public byte[] blocReportPdf(BlocReport r) {
        return PdfRenderer.render(compose().blocReport(r));
    }

    public byte[] blocReportDocx(BlocReport r) {
        return DocxRenderer.render(compose().blocReport(r));
    }

    /** A version of a bloc's regulation (quy chế hoạt động của khối). */
    public byte[] regulationPdf(RegulationDocument r) {
        return PdfRenderer.render(compose().regulation(r));
    }

    public byte[] regulationDocx(RegulationDocument r) {
        return DocxRenderer.render(compose().regulation(r));
    }

    /** A bloc's annual report of a year, edited by its leader (báo cáo tổng kết, issue 15). */
    public byte[] annualReportPdf(AnnualReportDocument r) {
        return PdfRenderer.render(compose().annualReport(r));
    }

    public byte[] annualReportDocx(AnnualReportDocument r) {
        return DocxRenderer.render(compose().annualReport(r));
    }

    /** The Board's draft of the Chair's award decision (dự thảo quyết định). */
    public byte[] draftDecisionPdf(DraftDecision d) {
        return PdfRenderer.render(compose().draftDecision(d));
    }

    public byte[] draftDecisionDocx(DraftDecision d) {
        return DocxRenderer.render(compose().draftDecision(d));
    }

    /** The Board's consolidated submission to the Chair (tờ trình tổng hợp), PDF. */
    public byte[] boardSubmissionPdf(BoardSubmission s) {
        return PdfRenderer.render(compose().boardSubmission(s));
    }

    /** The Board's consolidated submission to the Chair, .docx. */
    public byte[] boardSubmissionDocx(BoardSubmission s) {
        return DocxRenderer.render(compose().boardSubmission(s));
    }

    /** An extract of the award registry (trích lục sổ khen thưởng). */
    public byte[] registryExtractPdf(RegistryExtract r) {
        return PdfRenderer.render(compose().registryExtract(r));
    }

    public byte[] registryExtractDocx(RegistryExtract r) {
        return DocxRenderer.render(compose().registryExtract(r));
    }

    /**
     * The header of a document a bloc issues: the province's People's Committee over the
     * bloc's name up to its dash ("KHỐI THI ĐUA SỐ 03"), the national title and motto, the
     * symbol from the bloc's code ("KTD03" gives "KTĐ03").
     */
    public Header blocHeader(String province, String blocName, String blocCode, LocalDate date) {
        DocumentText t = DocumentText.vietnamese();
        String issuer = blocName.contains("–") ? blocName.substring(0, blocName.indexOf('–')).trim() : blocName;
        String digits = blocCode == null ? "" : blocCode.replaceAll("\\D", "");
        String symbol = digits.isEmpty() ? blocCode : t.text("document.blocSymbol", digits);
        return new Header(province, t.text("document.parent", province), issuer, null, null, symbol, date);
    }

    /**
     * The header of a document a unit issues in its own convention (the values stored on the
     * unit, each null for the default): parent body (default the province's People's
     * Committee), issuer (default the unit's name), title and motto (default national), symbol
     * (default the unit's code).
     */
    public Header unitHeader(String province, String unitName, String unitCode, String parentBody, String issuer,
                             String title, String motto, String symbol, LocalDate date) {
        DocumentText t = DocumentText.vietnamese();
        return new Header(province, parentBody == null ? t.text("document.parent", province) : parentBody,
                issuer == null ? unitName : issuer, title, motto, symbol == null ? unitCode : symbol, date);
    }

    /**
     * The header of a document the provincial Board issues (registry extracts) or drafts for
     * the Chair (award decisions, {@code forChair}).
     */
    public Header boardHeader(String province, boolean forChair, LocalDate date) {
        DocumentText t = DocumentText.vietnamese();
        return forChair
                ? new Header(province, null, t.text("document.peoplesCommittee", province), null, null,
                t.text("document.peoplesCommitteeSymbol"), date)
                : new Header(province, t.text("document.boardParent", province), t.text("document.board"), null, null,
                t.text("document.boardSymbol"), date);
    }

    private static Compose compose() {
        return new Compose(DocumentText.vietnamese());
    }

    /**
     * The first draft of an achievement report that a bloc leader then edits: membership,
     * the score and rank when the year was scored (null otherwise), a line to complete.
     */
    public String achievementReportDraft(String unitName, String blocName, int year, String total, Integer rank) {
        DocumentText t = DocumentText.vietnamese();
        StringBuilder text = new StringBuilder(t.text("achievementReport.draft.member", unitName, blocName, year))
                .append('\n');
        if (total != null && rank != null) {
            text.append(t.text("achievementReport.draft.score", total, rank)).append('\n');
        }
        return text.append(t.text("achievementReport.draft.more")).toString();
    }

    /** A bloc's ranking as an .xlsx table (numbers as numbers). */
    public byte[] rankingXlsx(RankingSheet s) {
        DocumentText t = DocumentText.vietnamese();
        List<List<Object>> rows = new ArrayList<>();
        for (RankingSheet.Row r : s.rows()) {
            rows.add(List.of(r.rank(), r.unitName(), r.criteria(), r.bonus(), r.deduction(), r.total()));
        }
        return Workbooks.write(t.text("ranking.sheet"), t.text("ranking.title", s.year(), s.blocName()),
                List.of(t.text("ranking.rank"), t.text("ranking.unit"), t.text("ranking.criteria"),
                        t.text("ranking.bonus"), t.text("ranking.deduction"), t.text("ranking.total")), rows);
    }

    /** Awards of the registry as an .xlsx table. */
    public byte[] registryXlsx(RegistrySheet s) {
        DocumentText t = DocumentText.vietnamese();
        List<List<Object>> rows = new ArrayList<>();
        for (RegistrySheet.Row r : s.rows()) {
            rows.add(List.of(r.year(), r.unitName(), t.text("award." + r.awardKind()), r.blocName(),
                    r.decisionNumber(), r.decidedOn().format(DAY)));
        }
        return Workbooks.write(t.text("registry.sheet"), null, List.of(t.text("registry.year"), t.text("registry.unit"),
                t.text("registry.kind"), t.text("registry.bloc"), t.text("registry.decision"), t.text("registry.date")),
                rows);
    }

    /**
     * The national export (issue 14, item 5) as .xlsx: a sheet "Khen thưởng" of awards and a
     * sheet "Quyết định" of decisions, headings in Vietnamese; see docs/NATIONAL-EXPORT.md.
     */
    public byte[] nationalXlsx(NationalSheet s) {
        DocumentText t = DocumentText.vietnamese();
        return vn.thidua.document.internal.NationalWorkbook.write(t.text("national.sheet.awards"),
                t.text("national.sheet.decisions"),
                List.of(t.text("national.col.decisionNumber"), t.text("national.col.decisionDate"),
                        t.text("national.col.authority"), t.text("national.col.signer"), t.text("national.col.awardKind"),
                        t.text("national.col.unitCode"), t.text("national.col.unitName"), t.text("national.col.legalBasis"),
                        t.text("national.col.bloc"), t.text("national.col.year")),
                List.of(t.text("national.col.decisionNumber"), t.text("national.col.decisionDate"),
                        t.text("national.col.authority"), t.text("national.col.signer"), t.text("national.col.awardCount")),
                s);
    }

    /**
     * A candidate's outcome: a leadership seat's in the words of an election ("trúng cử",
     * "không trúng cử"), an award's in those of a proposal ("được đề nghị").
     */
    public static String outcomeKey(String seat, String outcome) {
        return ("LEADER".equals(seat) || "DEPUTY".equals(seat) ? "outcome.leadership." : "outcome.") + outcome;
    }
}
