package vn.thidua.proposal.service;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The Board's consolidated submission to the Chair as pages show it: its number from the
 * Board's register, province, year, who issued it and when, the decision that answered it
 * (its registry id; null while it awaits the Chair) and its proposals, bloc by bloc, with
 * their nominees.
 */
public record SubmissionView(Long id, Long provinceId, String provinceName, int year, String number, String createdBy,
                             LocalDateTime createdAt, Long decisionId, List<ProposalView> proposals)
        implements Serializable {

    public SubmissionView {
        proposals = List.copyOf(proposals);
    }

    public boolean isDecided() {
        return decisionId != null;
    }

    public Long getId() {
        return id;
    }

    public String getProvinceName() {
        return provinceName;
    }

    public int getYear() {
        return year;
    }

    public String getNumber() {
        return number;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public List<ProposalView> getProposals() {
        return proposals;
    }
}
