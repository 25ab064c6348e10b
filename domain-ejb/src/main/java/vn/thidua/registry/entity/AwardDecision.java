package vn.thidua.registry.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import vn.thidua.file.entity.StoredFile;
import vn.thidua.unit.entity.Province;

/**
 * The Chair's award decision (quyết định khen thưởng): its authority (the province's People's
 * Committee), number, date, signer, the signed PDF, and the proposals it answers (one, or the
 * many of a consolidated submission). The number is unique per authority and calendar year
 * of the decision (unique key {@code uk_decision_number} on the province, the year the
 * database computes from the date, and the number).
 */
@Entity
@Table(name = "award_decision")
@NamedQuery(name = AwardDecision.COUNT_BY_NUMBER, query = "SELECT COUNT(d) FROM AwardDecision d WHERE d.number = :number"
        + " AND d.province.id = :province AND d.decidedOn >= :from AND d.decidedOn < :to")
public class AwardDecision implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * How many decisions of the authority {@code province} dated in [{@code from}, {@code to})
     * carry the number {@code number} (at most one).
     */
    public static final String COUNT_BY_NUMBER = "AwardDecision.countByNumber";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "province_id", nullable = false)
    private Province province;

    @ElementCollection
    @CollectionTable(name = "award_decision_proposal", joinColumns = @JoinColumn(name = "decision_id"))
    @Column(name = "proposal_id")
    private Set<Long> proposalIds = new LinkedHashSet<>();

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

    public AwardDecision(Province province, Collection<Long> proposalIds, String number, LocalDate decidedOn, String signer,
                         StoredFile file) {
        this.province = Objects.requireNonNull(province);
        if (proposalIds.isEmpty()) {
            throw new IllegalArgumentException("a decision answers at least one proposal");
        }
        this.proposalIds.addAll(proposalIds);
        this.number = Objects.requireNonNull(number);
        this.decidedOn = Objects.requireNonNull(decidedOn);
        this.signer = Objects.requireNonNull(signer);
        this.file = file;
    }

    public Long getId() {
        return id;
    }

    public Province getProvince() {
        return province;
    }

    public Set<Long> getProposalIds() {
        return Set.copyOf(proposalIds);
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
