package vn.thidua.web.board.submissions;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import vn.thidua.document.service.DocumentFormat;
import vn.thidua.proposal.service.ConsolidatedSubmissionService;
import vn.thidua.proposal.service.ProposalView;
import vn.thidua.proposal.service.SubmissionView;
import vn.thidua.unit.service.ProvinceOption;
import vn.thidua.unit.service.UnitService;
import vn.thidua.web.Messages;

/**
 * /board/submissions/list.xhtml: one decision for many proposals. For a province's year the
 * Board sees the proposals that await the Chair, gathers them into a consolidated submission
 * (numbered in the Board's register, PDF or .docx), and the Board leader records the Chair's
 * one decision on a submission, which decides all its proposals.
 */
@Named
@ViewScoped
public class SubmissionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ConsolidatedSubmissionService submissions;

    @Inject
    private UnitService units;

    private List<ProvinceOption> provinces;
    private Long provinceId;
    private int year = Year.now().getValue() - 1;
    private List<ProposalView> awaiting = List.of();
    private List<SubmissionView> made = List.of();
    private Long decidedSubmission;
    private String decisionNumber;
    private LocalDate decidedOn;
    private String signer;

    @PostConstruct
    void init() {
        provinces = units.provinces();
        provinceId = provinces.isEmpty() ? null : provinces.get(0).getId();
        load();
    }

    public void load() {
        if (provinceId == null) {
            return;
        }
        awaiting = submissions.awaiting(provinceId, year);
        made = submissions.submissions(provinceId, year);
        decidedSubmission = getUndecided().stream().map(SubmissionView::id).findFirst().orElse(null);
    }

    public void consolidate() {
        SubmissionView s = submissions.consolidate(provinceId, year);
        Messages.info("submission.created", s.number(), s.proposals().size());
        load();
    }

    public void decide() {
        SubmissionView s = submissions.recordDecision(decidedSubmission, decisionNumber, decidedOn, signer, null);
        Messages.info("submission.decided", s.number(), decisionNumber.trim(), s.proposals().size());
        decisionNumber = null;
        decidedOn = null;
        signer = null;
        load();
    }

    public StreamedContent document(Long submissionId, String format) {
        DocumentFormat f = DocumentFormat.valueOf(format);
        return DefaultStreamedContent.builder().name("to-trinh-tong-hop-" + submissionId + "." + f.extension())
                .contentType(f.contentType())
                .stream(() -> new ByteArrayInputStream(submissions.document(submissionId, f))).build();
    }

    /** The blocs of a submission, as one line. */
    public String blocsOf(SubmissionView s) {
        return String.join("; ", s.proposals().stream().map(ProposalView::blocName).distinct().toList());
    }

    public List<SubmissionView> getUndecided() {
        return made.stream().filter(s -> !s.isDecided()).toList();
    }

    public List<ProvinceOption> getProvinces() {
        return provinces;
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public void setProvinceId(Long provinceId) {
        this.provinceId = provinceId;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<ProposalView> getAwaiting() {
        return awaiting;
    }

    public List<SubmissionView> getMade() {
        return made;
    }

    public Long getDecidedSubmission() {
        return decidedSubmission;
    }

    public void setDecidedSubmission(Long decidedSubmission) {
        this.decidedSubmission = decidedSubmission;
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
}
