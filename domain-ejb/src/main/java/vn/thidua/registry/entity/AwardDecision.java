package vn.thidua.registry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import vn.thidua.file.entity.StoredFile;

/** The Chair's award decision (quyết định khen thưởng): number, date, signer and the signed PDF. */
@Entity
@Table(name = "award_decision")
@NamedQuery(name = AwardDecision.COUNT_BY_NUMBER, query = "SELECT COUNT(d) FROM AwardDecision d WHERE d.number = :number")
public class AwardDecision implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many decisions carry the number {@code number} (at most one). */
    public static final String COUNT_BY_NUMBER = "AwardDecision.countByNumber";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id", nullable = false)
    private Long proposalId;

    @Column(nullable = false, length = 60)
    private String number;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(nullable = false, length = 200)
    private String signer;

    @ManyToOne
    @JoinColumn(name = "file_id")
    private StoredFile file;

    protected AwardDecision() {
    }

    public AwardDecision(Long proposalId, String number, LocalDate decidedOn, String signer, StoredFile file) {
        this.proposalId = Objects.requireNonNull(proposalId);
        this.number = Objects.requireNonNull(number);
        this.decidedOn = Objects.requireNonNull(decidedOn);
        this.signer = Objects.requireNonNull(signer);
        this.file = file;
    }

    public Long getId() {
        return id;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getSigner() {
        return signer;
    }

    public StoredFile getFile() {
        return file;
    }
}
