package vn.thidua.covenant.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import vn.thidua.bloc.entity.Bloc;
import vn.thidua.file.entity.StoredFile;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.unit.entity.Unit;

/**
 * One version of a bloc's covenant for a year, with its criteria and signatures. Its
 * content and criteria may change only while nobody has signed it.
 */
@Entity
@Table(name = "covenant_version")
@NamedQuery(name = CovenantVersion.OF_YEAR, query = "SELECT v FROM CovenantVersion v"
        + " WHERE v.bloc.id = :bloc AND v.year = :year ORDER BY v.number DESC")
@NamedQuery(name = CovenantVersion.ROWS_OF_YEAR, query = "SELECT v.id, v.number, v.status, v.content, v.targets"
        + " FROM CovenantVersion v WHERE v.bloc.id = :bloc AND v.year = :year ORDER BY v.number DESC")
public class CovenantVersion implements Serializable {

    /** The versions of {@code bloc}'s covenant in {@code year}, latest first. */
    public static final String OF_YEAR = "CovenantVersion.ofYear";
    /** The same as rows: id, number, status, content, targets. */
    public static final String ROWS_OF_YEAR = "CovenantVersion.rowsOfYear";

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "bloc_id", nullable = false)
    private Bloc bloc;

    @Column(nullable = false)
    private int year;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 8000)
    private String content;

    @Column(length = 4000)
    private String targets;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CovenantStatus status;

    @Column(name = "drafted_by", nullable = false, length = 100)
    private String draftedBy;

    @Column(name = "drafted_at", nullable = false)
    private LocalDateTime draftedAt;

    @Column(name = "in_force_at")
    private LocalDateTime inForceAt;

    @OneToMany(mappedBy = "covenantVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Criterion> criteria = new ArrayList<>();

    @OneToMany(mappedBy = "covenantVersion", cascade = CascadeType.ALL)
    @OrderBy("signedAt")
    private List<CovenantSignature> signatures = new ArrayList<>();

    @Version
    private int version;

    protected CovenantVersion() {
    }

    public CovenantVersion(Bloc bloc, int year, int number, String draftedBy, LocalDateTime draftedAt) {
        this.bloc = Objects.requireNonNull(bloc);
        this.year = year;
        this.number = number;
        this.draftedBy = Objects.requireNonNull(draftedBy);
        this.draftedAt = Objects.requireNonNull(draftedAt);
        this.status = CovenantStatus.AWAITING_SIGNATURES;
    }

    /** Sets content and criteria; refused once anybody has signed (amend instead). */
    public void draft(String content, String targets, List<CriterionDraft> items) {
        if (!signatures.isEmpty() || status != CovenantStatus.AWAITING_SIGNATURES) {
            throw new InvalidInputException("error.covenant.signed");
        }
        if (items.stream().noneMatch(i -> i.kind() == CriterionKind.CRITERION)) {
            throw new InvalidInputException("error.covenant.noCriteria");
        }
        this.content = Objects.requireNonNull(content);
        this.targets = targets;
        // the rows already there are rewritten in place, position by position: clearing the list and
        // adding new ones inserted the new rows before deleting the old, against the unique
        // (version, position), and a second save of a draft with criteria failed (found by the
        // hostile-input corpus)
        for (int i = 0; i < items.size(); i++) {
            CriterionDraft item = items.get(i);
            if (i < criteria.size()) {
                criteria.get(i).redefine(item.kind(), item.title(), item.maxPoints(), item.evidenceRequired());
            } else {
                criteria.add(new Criterion(this, i + 1, item.kind(), item.title(), item.maxPoints(), item.evidenceRequired()));
            }
        }
        while (criteria.size() > items.size()) {
            criteria.remove(criteria.size() - 1);
        }
    }

    /**
     * Records a unit's signature. Once every unit in {@code members} has signed, the
     * version is in force. A superseded version takes no signatures; a unit signs once.
     */
    public CovenantSignature sign(Unit unit, String signedBy, LocalDateTime at, boolean onPaper,
                                  Collection<Unit> members) {
        requireSignableBy(unit);
        CovenantSignature signature = new CovenantSignature(this, unit, signedBy, at, onPaper);
        signatures.add(signature);
        Set<Long> signed = signatures.stream().map(s -> s.getUnit().getId()).collect(Collectors.toSet());
        if (status == CovenantStatus.AWAITING_SIGNATURES
                && members.stream().allMatch(m -> signed.contains(m.getId()))) {
            status = CovenantStatus.IN_FORCE;
            inForceAt = at;
        }
        return signature;
    }

    /**
     * Whether a unit may still sign: the version is not superseded and the unit has not
     * signed it. The refusal {@link #sign} gives otherwise, checked before anything is
     * stored (a scan of a paper page comes with the signature).
     */
    public void requireSignableBy(Unit unit) {
        if (status == CovenantStatus.SUPERSEDED) {
            throw new InvalidInputException("error.covenant.superseded", number);
        }
        if (hasSigned(unit)) {
            throw new InvalidInputException("error.covenant.alreadySigned", unit.getName());
        }
    }

    /**
     * Records a signature given on paper with the scan of the signed page: the day it was
     * signed (not before the version was drafted, not in the future) and who signed it.
     */
    public CovenantSignature signOnPaper(Unit unit, String recordedBy, LocalDateTime at, LocalDate signedOn,
                                         String signer, StoredFile scan, Collection<Unit> members) {
        if (signedOn.isAfter(at.toLocalDate())) {
            throw new InvalidInputException("error.paper.signedOnFuture");
        }
        if (signedOn.isBefore(draftedAt.toLocalDate())) {
            throw new InvalidInputException("error.paper.signedOnBeforeDraft", draftedAt.toLocalDate());
        }
        CovenantSignature signature = sign(unit, recordedBy, at, true, members);
        signature.paper(signedOn, signer, scan);
        return signature;
    }

    /** An amendment replaces this version. */
    public void supersede() {
        status = CovenantStatus.SUPERSEDED;
    }

    public boolean hasSigned(Unit unit) {
        return signatures.stream().anyMatch(s -> s.getUnit().getId().equals(unit.getId()));
    }

    public BigDecimal maxTotal() {
        return criteria.stream().filter(c -> c.getKind() == CriterionKind.CRITERION)
                .map(Criterion::getMaxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Long getId() {
        return id;
    }

    public Bloc getBloc() {
        return bloc;
    }

    public int getYear() {
        return year;
    }

    public int getNumber() {
        return number;
    }

    public String getContent() {
        return content;
    }

    public String getTargets() {
        return targets;
    }

    public CovenantStatus getStatus() {
        return status;
    }

    public String getDraftedBy() {
        return draftedBy;
    }

    public LocalDateTime getDraftedAt() {
        return draftedAt;
    }

    public LocalDateTime getInForceAt() {
        return inForceAt;
    }

    public List<Criterion> getCriteria() {
        return List.copyOf(criteria);
    }

    public List<CovenantSignature> getSignatures() {
        return List.copyOf(signatures);
    }

    public int getVersion() {
        return version;
    }
}
