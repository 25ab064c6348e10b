package vn.thidua.document.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

import vn.thidua.document.internal.DocumentText;
import vn.thidua.document.internal.OfficialPdf;
import vn.thidua.document.internal.Workbooks;
import vn.thidua.shared.PlainDates;

/**
 * The one place that renders the portal's documents: PDFs in the layout of Decree
 * 30/2020/NĐ-CP and .xlsx tables, from plain records that the areas fill. Every word comes
 * from the documents bundle ({@code vn/thidua/document/documents_vi.properties}); no area
 * writes document text itself. Rendering needs no transaction and reads no data.
 */
@ApplicationScoped
public class DocumentService {

    /**
     * One phrase of the documents bundle in Vietnamese, for names the domain stores or
     * passes on (a run-off ballot's title, a seat's name in a message).
     */
    public String text(String key, Object... args) {
        return DocumentText.vietnamese().text(key, args);
    }

    /** The ballot-count minutes (biên bản kiểm phiếu). */
    public byte[] countMinutesPdf(CountMinutes m) {
        DocumentText t = DocumentText.vietnamese();
        StringBuilder results = new StringBuilder();
        for (CountMinutes.Seat seat : m.seats()) {
            results.append(t.text("countMinutes.seat", t.text("seat." + seat.code()), seat.quota())).append('\n');
            for (CountMinutes.Candidate c : seat.candidates()) {
                results.append(t.text("countMinutes.candidate", c.unitName(), c.votes(), c.percent().toPlainString(),
                        t.text(outcomeKey(seat.code(), c.outcome())))).append('\n');
            }
        }
        OfficialPdf pdf = heading(t, m.header(), m.number())
                .title(t.text("countMinutes.title"), m.ballotTitle())
                .paragraph(t.text(m.paper() ? "countMinutes.mode.paper" : "countMinutes.mode.electronic"))
                .paragraph(t.text("countMinutes.members", m.entitled(), m.present(),
                        t.text(m.moreThan() ? "countMinutes.threshold.moreThan" : "countMinutes.threshold.atLeast",
                                m.thresholdPercent())))
                .paragraph(m.paper()
                        ? t.text("countMinutes.paperBallots", m.paperIssued(), m.paperReturned(), m.valid(), m.invalid())
                        : t.text("countMinutes.electronicBallots", m.cast(), m.valid()))
                .paragraph(m.paper() ? null : t.text("countMinutes.committee", String.join(", ", m.committee()),
                        m.committeeThreshold(), m.committee().size()))
                .paragraph(t.text("countMinutes.results") + "\n" + results.toString().trim())
                .paragraph(m.recordSha256() == null ? null : t.text("countMinutes.record", m.recordSha256()));
        List<String> members = m.committeeMembers() == null ? List.of() : m.committeeMembers();
        if (members.isEmpty()) {
            return pdf.signatures(t.text("signature.secretary"), m.secretary(), t.text("signature.chair"), m.chair())
                    .toPdf();
        }
        List<String> named = new ArrayList<>(members);
        named.set(0, t.text("countMinutes.committeeHead", members.get(0)));
        pdf.paragraph(t.text("countMinutes.countingCommittee", String.join(", ", named)));
        // the committee signs: its head on the right of the first row, each member beside or below
        pdf.signatures(members.size() > 1 ? t.text("signature.committeeMember") : "", members.size() > 1 ? members.get(1) : "",
                t.text("signature.committeeHead"), members.get(0));
        for (int i = 2; i < members.size(); i += 2) {
            boolean pair = i + 1 < members.size();
            pdf.signatures(t.text("signature.committeeMember"), members.get(i),
                    pair ? t.text("signature.committeeMember") : "", pair ? members.get(i + 1) : "");
        }
        return pdf.toPdf();
    }

    /** A review conference's minutes (biên bản hội nghị). */
    public byte[] conferenceMinutesPdf(ConferenceMinutes m) {
        DocumentText t = DocumentText.vietnamese();
        StringBuilder people = new StringBuilder();
        for (ConferenceMinutes.Attendee a : m.attendees()) {
            people.append("- ").append(a.name());
            if (a.title() != null && !a.title().isBlank()) {
                people.append(", ").append(a.title());
            }
            if (a.unitName() != null) {
                people.append(" (").append(a.unitName()).append(')');
            }
            people.append('\n');
        }
        return heading(t, m.header(), m.number())
                .title(t.text("conferenceMinutes.title"), t.text("conferenceMinutes.subtitle",
                        t.text(m.yearEnd() ? "conferenceMinutes.kind.yearEnd" : "conferenceMinutes.kind.midYear"),
                        m.year(), m.blocName()))
                .paragraph(t.text("conferenceMinutes.timePlace", m.heldOn().getDayOfMonth(), m.heldOn().getMonthValue(),
                        m.heldOn().getYear(), m.place()))
                .paragraph(m.secretary() == null ? t.text("conferenceMinutes.chair", m.chair())
                        : t.text("conferenceMinutes.chairSecretary", m.chair(), m.secretary()))
                .paragraph(t.text("conferenceMinutes.attendees") + "\n" + people.toString().trim())
                .paragraph(m.agenda() == null ? null : t.text("conferenceMinutes.agenda", m.agenda()))
                .paragraph(m.minutes())
                .signatures(t.text("signature.secretary"), m.secretary(), t.text("signature.chair"), m.chair())
                .toPdf();
    }

    /** A bloc's proposal for awards (tờ trình). */
    public byte[] proposalPdf(ProposalLetter p) {
        DocumentText t = DocumentText.vietnamese();
        StringBuilder nominees = new StringBuilder();
        for (ProposalLetter.Nominee n : p.nominees()) {
            nominees.append(t.text("proposal.nominee", t.text("award." + n.awardKind()), n.unitName())).append('\n');
        }
        return heading(t, p.header(), p.number())
                .title(t.text("proposal.title"), t.text("proposal.subtitle", p.year()))
                .paragraph(t.text("proposal.addressee", p.header().province()))
                .paragraph(t.text("proposal.body", p.ballotTitle(), p.blocName()) + "\n" + nominees.toString().trim())
                .signatures("", "", t.text("signature.blocLeader"), p.leaderUnitName())
                .toPdf();
    }

    /** The Board's draft of the Chair's award decision (dự thảo quyết định khen thưởng). */
    public byte[] decisionDraftPdf(DecisionDraft d) {
        DocumentText t = DocumentText.vietnamese();
        StringBuilder awards = new StringBuilder();
        for (DecisionDraft.Nominee n : d.nominees()) {
            awards.append(t.text("proposal.nominee", t.text("award." + n.awardKind()), n.unitName())).append('\n');
        }
        return heading(t, d.header(), null)
                .title(t.text("decisionDraft.title"), t.text("decisionDraft.subtitle", d.year(), d.blocName()))
                .paragraph(t.text("decisionDraft.body", d.proposalNumber(), d.blocName()) + "\n" + awards.toString().trim())
                .signatures("", "", t.text("signature.provincialChair"), "")
                .toPdf();
    }

    /** A nominee's achievement report (báo cáo thành tích). */
    public byte[] achievementReportPdf(AchievementReport r) {
        DocumentText t = DocumentText.vietnamese();
        return heading(t, r.header(), r.number())
                .title(t.text("achievementReport.title"), t.text("achievementReport.subtitle", r.year(), r.unitName()))
                .paragraph(r.text())
                .signatures("", "", t.text("signature.unitHead"), "")
                .toPdf();
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
                    r.decisionNumber(), PlainDates.format(r.decidedOn())));
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
    static String outcomeKey(String seat, String outcome) {
        return ("LEADER".equals(seat) || "DEPUTY".equals(seat) ? "outcome.leadership." : "outcome.") + outcome;
    }

    /**
     * The heading of a document a bloc (or a unit) issues in a province: the province's
     * People's Committee over the issuer's name (a bloc's name up to its dash, "KHỐI THI ĐUA
     * SỐ 03"), in capitals, beside the national title and motto, with the number line
     * ("Số: 05/TTr-KTĐ03", when the document has its number) and place and date.
     */
    private static OfficialPdf heading(DocumentText t, Header h, String number) {
        String issuer = h.issuer().contains("–") ? h.issuer().substring(0, h.issuer().indexOf('–')).trim() : h.issuer();
        return new OfficialPdf().heading(t.upper(t.text("document.parent", h.province())), t.upper(issuer),
                t.text("document.nationalTitle"), t.text("document.motto"),
                number == null ? null : t.text("document.number", number), t.placeAndDate(h.province(), h.date()));
    }
}
