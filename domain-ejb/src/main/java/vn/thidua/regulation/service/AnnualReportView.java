package vn.thidua.regulation.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A bloc's annual report of a year as its page shows it: the five sections' texts in their
 * order, whether it was issued, with its number and day of issue, and who changed it last.
 */
public record AnnualReportView(Long id, Long blocId, int year, List<String> sections, boolean issued, String sign,
                               LocalDate issuedOn, String updatedBy, LocalDateTime updatedAt) implements Serializable {

    public AnnualReportView {
        sections = List.copyOf(sections);
    }

    public Long getId() {
        return id;
    }

    public List<String> getSections() {
        return sections;
    }

    public boolean isIssued() {
        return issued;
    }

    public String getSign() {
        return sign;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
