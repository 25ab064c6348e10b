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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

import vn.thidua.file.entity.StoredFile;
import vn.thidua.unit.entity.Unit;

/** A document of a proposal's dossier; an achievement report names its nominee. */
@Entity
@Table(name = "dossier_document")
@NamedQuery(name = DossierDocument.VIEWS_OF_PROPOSAL, query = "SELECT NEW vn.thidua.proposal.service.DocumentView(d.id,"
        + " d.kind, u.id, u.name, f.id, f.fileName, f.contentType) FROM DossierDocument d JOIN d.file f LEFT JOIN d.unit u"
        + " WHERE d.proposal.id = :proposal ORDER BY d.id")
@NamedQuery(name = DossierDocument.DELETE_OF_KIND, query = "DELETE FROM DossierDocument d WHERE d.proposal.id = :proposal"
        + " AND d.kind = :kind AND (:unit IS NULL OR d.unit.id = :unit)")
public class DossierDocument implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A proposal's ({@code proposal}) documents as its page lists them (without the files' content). */
    public static final String VIEWS_OF_PROPOSAL = "DossierDocument.viewsOfProposal";
    /**
     * Removes a proposal's ({@code proposal}) documents of a {@code kind}; only the
     * {@code unit}'s when one is given (null: all of the kind).
     */
    public static final String DELETE_OF_KIND = "DossierDocument.deleteOfKind";

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
