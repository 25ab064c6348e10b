package vn.thidua.proposal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

import vn.thidua.file.entity.StoredFile;
import vn.thidua.unit.entity.Unit;

/** A document of a proposal's dossier; an achievement report names its nominee. */
@Entity
@Table(name = "dossier_document")
public class DossierDocument implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "proposal_id", nullable = false)
    private Proposal proposal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private DocumentKind kind;

    @ManyToOne
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @ManyToOne(optional = false)
    @JoinColumn(name = "file_id", nullable = false)
    private StoredFile file;

    protected DossierDocument() {
    }

    public DossierDocument(Proposal proposal, DocumentKind kind, Unit unit, StoredFile file) {
        this.proposal = Objects.requireNonNull(proposal);
        this.kind = Objects.requireNonNull(kind);
        this.unit = unit;
        this.file = Objects.requireNonNull(file);
    }

    public Long getId() {
        return id;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public Unit getUnit() {
        return unit;
    }

    public StoredFile getFile() {
        return file;
    }
}
