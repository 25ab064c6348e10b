package vn.thidua.document.internal;

import java.util.ArrayList;
import java.util.List;

import vn.thidua.document.internal.OfficialDocument.Signature;
import vn.thidua.document.service.AchievementReport;
import vn.thidua.document.service.AnnualReportDocument;
import vn.thidua.document.service.BlocReport;
import vn.thidua.document.service.BoardSubmission;
import vn.thidua.document.service.ConferenceMinutes;
import vn.thidua.document.service.CountMinutes;
import vn.thidua.document.service.CovenantDocument;
import vn.thidua.document.service.DocumentService;
import vn.thidua.document.service.DraftDecision;
import vn.thidua.document.service.Header;
import vn.thidua.document.service.ProposalLetter;
import vn.thidua.document.service.RegulationDocument;
import vn.thidua.document.service.RegistryExtract;
import vn.thidua.document.service.RegistrySheet;
import vn.thidua.document.service.Signer;

/**
 * Turns the areas' records into {@link OfficialDocument}s: the words from the documents
 * bundle, the data from the record. One method per document; both renderers draw the result.
 */
public final class Compose {

    private final DocumentText t;

    public Compose(DocumentText t) {
        this.t = t;
    }

    public OfficialDocument proposal(ProposalLetter p) {
        List<String> body = new ArrayList<>();
        body.add(t.text("proposal.body", p.ballotTitle(), p.blocName()));
        for (ProposalLetter.Nominee n : p.nominees()) {
            body.add(t.text("proposal.nominee", t.text("award." + n.awardKind()), n.unitName()));
        }
        body.add(t.text("proposal.closing", p.header().place()));
        return document(p.header(), p.number(), t.text("symbol.proposal"), t.text("proposal.title"), t.text("proposal.subtitle", p.year()),
                List.of(t.text("proposal.addressee", p.header().place())), body,
                recipients("recipients.asAbove", "recipients.board", "recipients.members", "recipients.archive"),
                List.of(blocSignature(p.header(), p.signer(), p.delegated())));
    }

    public OfficialDocument conferenceMinutes(ConferenceMinutes m) {
        List<String> body = new ArrayList<>();
        body.add(t.text("conferenceMinutes.timePlace", pad(m.heldOn().getDayOfMonth()), pad(m.heldOn().getMonthValue()),
                String.valueOf(m.heldOn().getYear()), m.place()));
        body.add(t.text("conferenceMinutes.chairSecretary", orDots(m.chair()), orDots(m.secretary())));
        body.add(t.text("conferenceMinutes.attendees"));
        for (ConferenceMinutes.Attendee a : m.attendees()) {
            StringBuilder line = new StringBuilder("- ").append(a.name());
            if (a.title() != null && !a.title().isBlank()) {
                line.append(", ").append(a.title());
            }
            if (a.unitName() != null) {
                line.append(" (").append(a.unitName()).append(')');
            }
            body.add(line.toString());
        }
        if (m.agenda() != null && !m.agenda().isBlank()) {
            body.add(t.text("conferenceMinutes.agenda", m.agenda()));
        }
        if (m.minutes() != null && !m.minutes().isBlank()) {
            body.add(m.minutes());
        }
        body.add(t.text("conferenceMinutes.closing"));
        return document(m.header(), m.number(), t.text("symbol.minutes"), t.text("conferenceMinutes.title"),
                t.text("conferenceMinutes.subtitle",
                        t.text(m.yearEnd() ? "conferenceMinutes.kind.yearEnd" : "conferenceMinutes.kind.midYear"),
                        m.year(), m.blocName()), List.of(), body,
                recipients("recipients.members", "recipients.board", "recipients.archiveBloc"),
                List.of(new Signature(null, t.text("signature.secretary"), personName(m.secretary())),
                        new Signature(null, t.text("signature.chair"), personName(m.chair()))));
    }

    public OfficialDocument countMinutes(CountMinutes m) {
        List<String> body = new ArrayList<>();
        List<String> members = m.committeeMembers() == null ? List.of() : m.committeeMembers();
        if (members.isEmpty()) {
            body.add(t.text("countMinutes.committeeMembers.blank"));
        } else {
            // the head first, named as such
            List<String> named = new java.util.ArrayList<>(members);
            named.set(0, t.text("countMinutes.committeeHead", members.get(0)));
            body.add(t.text("countMinutes.committeeMembers", String.join(", ", named)));
        }
        body.add(t.text(m.paper() ? "countMinutes.mode.paper" : "countMinutes.mode.electronic"));
        body.add(t.text("countMinutes.members", m.entitled(), m.present(),
                t.text(m.moreThan() ? "countMinutes.threshold.moreThan" : "countMinutes.threshold.atLeast",
                        m.thresholdPercent())));
        body.add(m.paper()
                ? t.text("countMinutes.paperBallots", m.paperIssued(), m.paperReturned(), m.valid(), m.invalid())
                : t.text("countMinutes.electronicBallots", m.cast(), m.valid()));
        if (!m.paper()) {
            body.add(t.text("countMinutes.committee", String.join(", ", m.committee()), m.committeeThreshold(),
                    m.committee().size()));
        }
        body.add(t.text("countMinutes.results"));
        for (CountMinutes.Seat seat : m.seats()) {
            body.add(t.text("countMinutes.seat", t.text("seat." + seat.code()), seat.quota()));
            for (CountMinutes.Candidate c : seat.candidates()) {
                body.add(t.text("countMinutes.candidate", c.unitName(), c.votes(), c.percent().toPlainString(),
                        t.text(DocumentService.outcomeKey(seat.code(), c.outcome()))));
            }
        }
        if (m.recordSha256() != null) {
            body.add(t.text("countMinutes.record", m.recordSha256()));
        }
        body.add(t.text("countMinutes.closing"));
        List<Signature> signatures = new ArrayList<>();
        if (members.isEmpty()) {
            signatures.add(new Signature(null, t.text("signature.countHead"), null));
            signatures.add(new Signature(null, t.text("signature.countMember"), null));
        } else {
            for (int i = 0; i < members.size(); i++) {
                signatures.add(new Signature(null, t.text(i == 0 ? "signature.countHead" : "signature.countMember"),
                        members.get(i)));
            }
        }
        return document(m.header(), m.number(), t.text("symbol.minutes"), t.text("countMinutes.title"), m.ballotTitle(), List.of(), body,
                recipients("recipients.members", "recipients.archiveBloc"), signatures);
    }

    public OfficialDocument achievementReport(AchievementReport r) {
        return document(r.header(), r.number(), t.text("symbol.report"), t.text("achievementReport.title"),
                t.text("achievementReport.subtitle", r.year(), r.unitName()), List.of(), List.of(r.text()),
                recipients("recipients.blocLeader", "recipients.board", "recipients.archive"),
                List.of(signature(r.signer(), t.text("signature.unitHead"))));
    }

    public OfficialDocument covenant(CovenantDocument c) {
        List<String> body = new ArrayList<>();
        body.add(t.text("covenant.intro", c.blocName(), c.year(), c.version()));
        if (c.content() != null && !c.content().isBlank()) {
            body.add(t.text("covenant.content"));
            body.add(c.content());
        }
        if (c.targets() != null && !c.targets().isBlank()) {
            body.add(t.text("covenant.targets"));
            body.add(c.targets());
        }
        if (!c.criteria().isEmpty()) {
            body.add(t.text("covenant.criteria"));
            for (CovenantDocument.Criterion k : c.criteria()) {
                body.add(t.text("covenant.criterion", k.name(), k.maxPoints().stripTrailingZeros().toPlainString()));
            }
        }
        body.add(t.text("covenant.closing"));
        List<Signature> signatures = c.parties().stream()
                .map(p -> signature(new Signer(t.upper(t.text("signature.for", p.unitName())),
                        p.signer() == null ? null : p.signer().title(), p.signer() == null ? null : p.signer().name()),
                        t.text("signature.unitHead")))
                .toList();
        return document(c.header(), c.number(), t.text("symbol.covenant"), t.text("covenant.title"),
                t.text("covenant.subtitle", c.year(), c.blocName()), List.of(), body,
                recipients("recipients.members", "recipients.board", "recipients.archiveBloc"), signatures);
    }

    public OfficialDocument blocReport(BlocReport r) {
        List<String> body = new ArrayList<>();
        body.add(t.text("blocReport.intro", r.blocName(), r.year(), r.leaderUnitName()));
        body.add(t.text("blocReport.ranking"));
        if (r.ranking().isEmpty()) {
            body.add(t.text("blocReport.ranking.none"));
        }
        for (BlocReport.Row row : r.ranking()) {
            body.add(t.text("blocReport.rankRow", row.rank(), row.unitName(),
                    row.total().stripTrailingZeros().toPlainString()));
        }
        body.add(t.text("blocReport.activities"));
        if (r.activities().isEmpty()) {
            body.add(t.text("blocReport.activities.none"));
        }
        r.activities().forEach(a -> body.add("- " + a));
        body.add(t.text("blocReport.nominees"));
        if (r.nominees().isEmpty()) {
            body.add(t.text("blocReport.nominees.none"));
        }
        for (ProposalLetter.Nominee n : r.nominees()) {
            body.add(t.text("proposal.nominee", t.text("award." + n.awardKind()), n.unitName()));
        }
        return document(r.header(), r.number(), t.text("symbol.report"), t.text("blocReport.title"),
                t.text("blocReport.subtitle", r.year(), r.blocName()), List.of(t.text("blocReport.addressee")), body,
                recipients("recipients.board", "recipients.members", "recipients.archiveBloc"),
                List.of(blocSignature(r.header(), r.signer(), r.delegated())));
    }

    public OfficialDocument regulation(RegulationDocument r) {
        List<String> body = new ArrayList<>();
        body.add(r.adoptedOn() == null ? t.text("regulation.draft", r.version())
                : t.text("regulation.adopted", r.version(), t.text(r.conferenceKind().equals("YEAR_END")
                        ? "conferenceMinutes.kind.yearEnd" : "conferenceMinutes.kind.midYear"), r.conferenceYear(),
                        longDate(r.adoptedOn())));
        int n = 1;
        for (RegulationDocument.Article a : r.articles()) {
            body.add(t.text("regulation.article", n++, a.heading()));
            lines(a.text(), body);
        }
        return document(r.header(), r.number(), t.text("symbol.regulation"), t.text("regulation.title"),
                r.title(), List.of(), body, recipients("recipients.board", "recipients.members", "recipients.archiveBloc"),
                List.of(new Signature(t.upper(t.text("signature.onBehalf", blocIssuer(r.header()))),
                        t.text("signature.blocLeader"), r.signer())));
    }

    public OfficialDocument annualReport(AnnualReportDocument r) {
        List<String> body = new ArrayList<>();
        body.add(t.text("annualReport.intro", r.blocName(), r.year()));
        for (int i = 0; i < r.sections().size(); i++) {
            body.add(t.text("annualReport.section." + (i + 1), r.year(), r.year() + 1));
            lines(r.sections().get(i), body);
        }
        return document(r.header(), r.number(), t.text("symbol.report"), t.text("annualReport.title"),
                t.text("annualReport.subtitle", r.year(), r.blocName()), List.of(t.text("blocReport.addressee")), body,
                recipients("recipients.board", "recipients.members", "recipients.archiveBloc"),
                List.of(new Signature(t.upper(t.text("signature.onBehalf", blocIssuer(r.header()))),
                        t.text("signature.blocLeader"), r.signer())));
    }

    /** A text's non-blank lines as paragraphs. */
    private static void lines(String text, List<String> body) {
        for (String line : text == null ? new String[0] : text.split("\\R")) {
            if (!line.isBlank()) {
                body.add(line.strip());
            }
        }
    }

    public OfficialDocument draftDecision(DraftDecision d) {
        List<String> body = new ArrayList<>();
        body.add(t.text("decision.basis.law"));
        body.add(t.text("decision.basis.decree"));
        body.add(t.text("decision.basis.proposal", orDots(d.proposalNumber()),
                d.proposalDate() == null ? "…" : longDate(d.proposalDate()), d.blocName()));
        body.add(t.text("decision.decides"));
        body.add(t.text("decision.article1", d.year()));
        for (ProposalLetter.Nominee n : d.awards()) {
            body.add(t.text("proposal.nominee", t.text("award." + n.awardKind()), n.unitName()));
        }
        body.add(t.text("decision.article2"));
        body.add(t.text("decision.article3", d.header().place()));
        return document(d.header(), d.number(), t.text("symbol.decision"), t.text("decision.title"), t.text("decision.subtitle", d.year()),
                List.of(), body, recipients("recipients.asArticle3", "recipients.board", "recipients.archive"),
                List.of(signature(d.signer() == null
                        ? new Signer(t.text("signature.deputyChairAuthority"), t.text("signature.deputyChair"), null)
                        : d.signer(), t.text("signature.deputyChair"))));
    }

    /** The Board's consolidated submission to the Chair: every bloc's proposal and nominees. */
    public OfficialDocument boardSubmission(BoardSubmission s) {
        List<String> body = new ArrayList<>();
        int nominees = s.blocs().stream().mapToInt(b -> b.nominees().size()).sum();
        body.add(t.text("boardSubmission.body", s.year(), nominees, s.blocs().size()));
        int i = 0;
        for (BoardSubmission.Bloc b : s.blocs()) {
            body.add(t.text("boardSubmission.bloc", ++i, b.blocName(), orDots(b.proposalNumber())));
            for (ProposalLetter.Nominee n : b.nominees()) {
                body.add(t.text("proposal.nominee", t.text("award." + n.awardKind()), n.unitName()));
            }
        }
        body.add(t.text("boardSubmission.closing", s.header().place()));
        return document(s.header(), s.number(), t.text("symbol.proposal"), t.text("proposal.title"),
                t.text("boardSubmission.subtitle", s.year()),
                List.of(t.text("proposal.addressee", s.header().place())), body,
                recipients("recipients.asAbove", "recipients.blocs", "recipients.archive"),
                List.of(signature(s.signer(), t.text("signature.boardHead"))));
    }

    public OfficialDocument registryExtract(RegistryExtract r) {
        List<String> body = new ArrayList<>();
        body.add(r.unitName() == null ? t.text("registryExtract.intro.all")
                : t.text("registryExtract.intro", r.unitName()));
        if (r.awards().isEmpty()) {
            body.add(t.text("registryExtract.none"));
        }
        for (RegistrySheet.Row a : r.awards()) {
            body.add(t.text("registryExtract.row", a.year(), t.text("award." + a.awardKind()), a.unitName(),
                    a.blocName(), a.decisionNumber(), longDate(a.decidedOn())));
        }
        body.add(t.text("registryExtract.closing"));
        return document(r.header(), r.number(), t.text("symbol.extract"), t.text("registryExtract.title"),
                r.unitName() == null ? t.text("registryExtract.subtitle.all")
                        : t.text("registryExtract.subtitle", r.unitName()), List.of(), body,
                recipients("recipients.requester", "recipients.archive"),
                List.of(signature(r.signer(), t.text("signature.boardHead"))));
    }

    // ---- the common parts ----

    private OfficialDocument document(Header h, String number, String kindSymbol, String kind, String summary,
                                      List<String> addressees, List<String> body, List<String> recipients,
                                      List<Signature> signatures) {
        String symbol = h.symbol() == null || h.symbol().isBlank() ? kindSymbol : kindSymbol + "-" + h.symbol();
        String numberLine = number == null || number.isBlank()
                ? t.text("document.numberBlank", symbol) : t.text("document.number", number);
        String title = h.title() == null || h.title().isBlank() ? t.text("document.nationalTitle") : h.title();
        String motto = h.title() == null || h.title().isBlank() ? t.text("document.motto") : h.motto();
        return new OfficialDocument(h.parentBody() == null ? null : t.upper(h.parentBody()), t.upper(h.issuer()), title,
                motto, numberLine, t.placeAndDate(h.place(), h.date()), t.upper(kind), summary, addressees, body,
                t.text("recipients.heading"), recipients, signatures);
    }

    private List<String> recipients(String... keys) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            lines.add(t.text(keys[i]) + (i == keys.length - 1 ? "." : ";"));
        }
        return lines;
    }

    private Signature signature(Signer s, String defaultTitle) {
        if (s == null) {
            return new Signature(null, t.upper(defaultTitle), null);
        }
        return new Signature(s.authority() == null || s.authority().isBlank() ? null : t.upper(s.authority()),
                t.upper(s.title() == null || s.title().isBlank() ? defaultTitle : s.title()), s.name());
    }

    /**
     * The bloc's signature: "TM. KHỐI …" over "KHỐI TRƯỞNG", or, signed under the leader's
     * delegation, "KT. KHỐI TRƯỞNG" over "KHỐI PHÓ" (Decree 30: the deputy signs for the head).
     */
    private Signature blocSignature(Header header, String signer, boolean delegated) {
        if (delegated) {
            return new Signature(t.upper(t.text("signature.onBehalfOfLeader")), t.text("signature.blocDeputy"), signer);
        }
        return new Signature(t.upper(t.text("signature.onBehalf", blocIssuer(header))), t.text("signature.blocLeader"),
                signer);
    }

    /** The bloc's short name for "TM. …": the issuer's line up to its dash. */
    private static String blocIssuer(Header h) {
        String issuer = h.issuer();
        return issuer.contains("–") ? issuer.substring(0, issuer.indexOf('–')).trim() : issuer;
    }

    /** A person's name from "Name, title" (the conference form stores both in one field). */
    private static String personName(String nameAndTitle) {
        if (nameAndTitle == null) {
            return null;
        }
        int comma = nameAndTitle.indexOf(',');
        return (comma > 0 ? nameAndTitle.substring(0, comma) : nameAndTitle).trim();
    }

    /** "ngày 05 tháng 01 năm 2037": the date as documents write it (Decree 30 padding). */
    private String longDate(java.time.LocalDate date) {
        return t.text("document.date", pad(date.getDayOfMonth()),
                date.getMonthValue() < 3 ? pad(date.getMonthValue()) : String.valueOf(date.getMonthValue()),
                String.valueOf(date.getYear()));
    }

    private static String orDots(String value) {
        return value == null || value.isBlank() ? "…" : value;
    }

    private static String pad(int dayOrMonth) {
        return dayOrMonth < 10 ? "0" + dayOrMonth : String.valueOf(dayOrMonth);
    }
}
