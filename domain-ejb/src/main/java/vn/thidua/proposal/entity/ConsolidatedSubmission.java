package vn.thidua.proposal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

import vn.thidua.unit.entity.Province;

/**
 * The Board's consolidated submission to the Chair (tờ trình tổng hợp của Ban Thi đua - Khen
 * thưởng): the proposals of a province's year that await the Chair, of all its blocs, gathered
 * into one document numbered in the Board's register. The Chair answers it with one decision
 * ({@code decisionId}, the registry's) that grants the awards of all its proposals.
 */
@Entity
@Table(name = "consolidated_submission")
@NamedQuery(name = ConsolidatedSubmission.OF_PROVINCE_YEAR, query = "SELECT s FROM ConsolidatedSubmission s"
        + " JOIN FETCH s.province WHERE s.province.id = :province AND s.year = :year ORDER BY s.id")
public class ConsolidatedSubmission implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The submissions of a province ({@code province}, its id) for a {@code year}, oldest first. */
    public static final String OF_PROVINCE_YEAR = "ConsolidatedSubmission.ofProvinceYear";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "province_id", nullable = false)
    private Province province;

    @Column(nullable = false)
    private int year;

    @Column(nullable = false, length = 60)
    private String number;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "decision_id")
    private Long decisionId;

    @Version
    private int version;

    protected ConsolidatedSubmission() {
    }

    /** A submission being issued; its number is given once the register took it ({@link #numbered}). */
    public ConsolidatedSubmission(Province province, int year, String createdBy, LocalDateTime createdAt) {
        this.province = Objects.requireNonNull(province);
        this.year = year;
        this.number = "";
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public void numbered(String sign) {
        this.number = Objects.requireNonNull(sign);
    }

    /** The Chair's decision answered it; refused when it was answered already. */
    public void decided(Long decision) {
        if (decisionId != null) {
            throw new vn.thidua.shared.InvalidInputException("error.submission.decided", number);
        }
        this.decisionId = Objects.requireNonNull(decision);
    }

    public Long getId() {
        return id;
    }

    public Province getProvince() {
        return province;
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

    public Long getDecisionId() {
        return decisionId;
    }

    public int getVersion() {
        return version;
    }
}
