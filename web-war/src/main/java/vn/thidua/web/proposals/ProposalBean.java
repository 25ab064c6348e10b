package vn.thidua.web.proposals;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.omnifaces.util.Faces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

import vn.thidua.file.service.Upload;
import vn.thidua.proposal.entity.DocumentKind;
import vn.thidua.proposal.entity.ProposalStatus;
import vn.thidua.proposal.service.ApprovalWorkflowService;
import vn.thidua.proposal.service.DocumentView;
import vn.thidua.proposal.service.DossierService;
import vn.thidua.proposal.service.ProposalService;
import vn.thidua.proposal.service.ProposalView;
import vn.thidua.web.Messages;
import vn.thidua.web.Uploads;

/**
 * /proposals/view.xhtml?id=…: one proposal with its nominees, dossier and history, and the
 * next step the caller may take (the services check role and data again; the page asks
 * {@code userSession} for the caller's roles).
 */
@Named
@ViewScoped
public class ProposalBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProposalService proposals;

    @Inject
    private DossierService dossiers;

    @Inject
    private ApprovalWorkflowService approvals;

    private Long id;
    private ProposalView proposal;
    private List<DocumentView> documents;
    private List<String> missing;

    private Long reportUnitId;
    private String reportText;
    private transient UploadedFile reportFile;
    private final Map<DocumentKind, String> reasons = new EnumMap<>(DocumentKind.class);
    private String comment;
    private int votesFor;
    private int votesAgainst;
    private int abstentions;
    private List<Long> removed = new ArrayList<>();
    private String decisionNumber;
    private LocalDate decidedOn = LocalDate.now();
    private String signer;
    private transient UploadedFile decisionFile;

    public void load() {
        if (id == null) {
            throw new vn.thidua.shared.NotFoundException("Proposal", null);
        }
        proposal = proposals.proposal(id);
        documents = dossiers.documents(id);
        missing = dossiers.missingDocuments(id);
    }

    public String generate() {
        dossiers.generateDossier(id);
        Messages.info("proposal.generated");
        return reload();
    }

    public String addReport() {
        if (reportFile == null || reportFile.getSize() == 0) {
            Messages.error("proposal.report.choose");
            return null;
        }
        dossiers.addAchievementReport(id, reportUnitId, Uploads.of(reportFile));
        Messages.info("proposal.report.added");
        return reload();
    }

    /** Fills the report text from the year's data for the chosen nominee, to be edited. */
    public void draftReport() {
        reportText = dossiers.draftAchievementReport(id, reportUnitId);
    }

    public String generateReport() {
        dossiers.generateAchievementReport(id, reportUnitId, reportText);
        Messages.info("proposal.report.added");
        return reload();
    }

    public String getReportText() {
        return reportText;
    }

    public void setReportText(String reportText) {
        this.reportText = reportText;
    }

    public String submit() {
        approvals.submit(id);
        Messages.info("proposal.submitted");
        return reload();
    }

    public String check() {
        approvals.checkDossier(id, comment);
        Messages.info("proposal.checked");
        return reload();
    }

    public String giveBack() {
        approvals.returnProposal(id, reasons);
        Messages.info("proposal.returned");
        return reload();
    }

    public String approve() {
        approvals.approve(id, comment);
        Messages.info("proposal.approved");
        return reload();
    }

    public String reject() {
        approvals.reject(id, comment);
        Messages.info("proposal.rejected");
        return reload();
    }

    public String council() {
        approvals.recordCouncil(id, votesFor, votesAgainst, abstentions, removed, comment);
        Messages.info("proposal.councilRecorded");
        return reload();
    }

    public String decide() {
        Upload signed = Uploads.of(decisionFile);
        approvals.recordDecision(id, decisionNumber, decidedOn, signer, signed);
        Messages.info("proposal.decided");
        return reload();
    }

    public StreamedContent download(DocumentView doc) {
        return DefaultStreamedContent.builder().name(doc.fileName()).contentType(doc.contentType())
                .stream(() -> new ByteArrayInputStream(dossiers.documentContent(id, doc.id()))).build();
    }

    private String reload() {
        Faces.getFlash().setKeepMessages(true);
        return "/proposals/view.xhtml?faces-redirect=true&id=" + id;
    }

    public boolean is(String status) {
        return proposal.status() == ProposalStatus.valueOf(status);
    }

    public DocumentKind[] getKinds() {
        return DocumentKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProposalView getProposal() {
        return proposal;
    }

    public List<DocumentView> getDocuments() {
        return documents;
    }

    public List<String> getMissing() {
        return missing;
    }

    public Long getReportUnitId() {
        return reportUnitId;
    }

    public void setReportUnitId(Long reportUnitId) {
        this.reportUnitId = reportUnitId;
    }

    public UploadedFile getReportFile() {
        return reportFile;
    }

    public void setReportFile(UploadedFile reportFile) {
        this.reportFile = reportFile;
    }

    public Map<DocumentKind, String> getReasons() {
        return reasons;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public int getVotesFor() {
        return votesFor;
    }

    public void setVotesFor(int votesFor) {
        this.votesFor = votesFor;
    }

    public int getVotesAgainst() {
        return votesAgainst;
    }

    public void setVotesAgainst(int votesAgainst) {
        this.votesAgainst = votesAgainst;
    }

    public int getAbstentions() {
        return abstentions;
    }

    public void setAbstentions(int abstentions) {
        this.abstentions = abstentions;
    }

    public List<Long> getRemoved() {
        return removed;
    }

    public void setRemoved(List<Long> removed) {
        this.removed = removed;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public void setDecisionNumber(String decisionNumber) {
        this.decisionNumber = decisionNumber;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getSigner() {
        return signer;
    }

    public void setSigner(String signer) {
        this.signer = signer;
    }

    public UploadedFile getDecisionFile() {
        return decisionFile;
    }

    public void setDecisionFile(UploadedFile decisionFile) {
        this.decisionFile = decisionFile;
    }
}
