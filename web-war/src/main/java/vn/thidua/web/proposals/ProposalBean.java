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
import vn.thidua.proposal.entity.DossierDocument;
import vn.thidua.proposal.entity.Proposal;
import vn.thidua.proposal.entity.ProposalStatus;
import vn.thidua.proposal.service.ApprovalService;
import vn.thidua.shared.Roles;
import vn.thidua.web.Messages;

/**
 * /proposals/view.xhtml?id=…: one proposal with its nominees, dossier and history, and the
 * next step the caller may take (the service checks role and data again).
 */
@Named
@ViewScoped
public class ProposalBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApprovalService approvals;

    private Long id;
    private Proposal proposal;
    private List<DossierDocument> documents;
    private List<String> missing;

    private String number;
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
        proposal = approvals.proposal(id);
        documents = approvals.documents(id);
        missing = approvals.missingDocuments(id);
        if (number == null) {
            number = proposal.getNumber();
        }
    }

    public String generate() {
        approvals.generateDossier(id);
        Messages.info("proposal.generated");
        return reload();
    }

    public String addReport() {
        if (reportFile == null || reportFile.getSize() == 0) {
            Messages.error("proposal.report.choose");
            return null;
        }
        approvals.addAchievementReport(id, reportUnitId, new Upload(reportFile.getFileName(), reportFile.getContent()));
        Messages.info("proposal.report.added");
        return reload();
    }

    /** Fills the report text from the year's data for the chosen nominee, to be edited. */
    public void draftReport() {
        reportText = approvals.draftAchievementReport(id, reportUnitId);
    }

    public String generateReport() {
        approvals.generateAchievementReport(id, reportUnitId, reportText);
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
        approvals.submit(id, number);
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
        Upload signed = decisionFile == null || decisionFile.getSize() == 0 ? null
                : new Upload(decisionFile.getFileName(), decisionFile.getContent());
        approvals.recordDecision(id, decisionNumber, decidedOn, signer, signed);
        Messages.info("proposal.decided");
        return reload();
    }

    public StreamedContent download(DossierDocument doc) {
        return DefaultStreamedContent.builder().name(doc.getFile().getFileName()).contentType(doc.getFile().getContentType())
                .stream(() -> new ByteArrayInputStream(approvals.documentContent(id, doc.getId()))).build();
    }

    private String reload() {
        Faces.getFlash().setKeepMessages(true);
        return "/proposals/view.xhtml?faces-redirect=true&id=" + id;
    }

    public boolean is(String status) {
        return proposal.statusValue() == ProposalStatus.valueOf(status);
    }

    public boolean isSpecialist() {
        return Faces.isUserInRole(Roles.BOARD_SPECIALIST);
    }

    public boolean isBoardLeader() {
        return Faces.isUserInRole(Roles.BOARD_LEADER);
    }

    public boolean isMember() {
        return Faces.isUserInRole(Roles.MEMBER_REPRESENTATIVE);
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

    public Proposal getProposal() {
        return proposal;
    }

    public List<DossierDocument> getDocuments() {
        return documents;
    }

    public List<String> getMissing() {
        return missing;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
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
