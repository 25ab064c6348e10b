package vn.thidua.covenant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

import vn.thidua.file.entity.StoredFile;
import vn.thidua.unit.entity.Unit;

/** A member unit's signature of a covenant version: who signed, when, from which account. */
@Entity
@Table(name = "covenant_signature")
@NamedQuery(name = CovenantSignature.ROWS_OF_YEAR, query = "SELECT s.covenantVersion.id, u.id, u.name, s.signedBy,"
        + " s.signedAt, s.onPaper, s.paperSignedOn, s.paperSigner, f.id, f.fileName, f.contentType"
        + " FROM CovenantSignature s JOIN s.unit u LEFT JOIN s.scan f"
        + " WHERE s.covenantVersion.bloc.id = :bloc AND s.covenantVersion.year = :year ORDER BY s.signedAt, s.id")
@NamedQuery(name = CovenantSignature.SCAN_OF, query = "SELECT s FROM CovenantSignature s JOIN FETCH s.scan"
        + " WHERE s.covenantVersion.id = :version AND s.unit.id = :unit")
public class CovenantSignature implements Serializable {

    /**
     * The signatures of every covenant version of {@code bloc} in {@code year}, in signing
     * order, as rows: version id, unit id, unit name, signed by, signed at, on paper, the day
     * signed on paper, who signed it, and the scan's id, file name and content type (nulls
     * without a scan).
     */
    public static final String ROWS_OF_YEAR = "CovenantSignature.rowsOfYear";
    /** The signature of {@code unit} on {@code version} that has a scan of the signed page. */
    public static final String SCAN_OF = "CovenantSignature.scanOf";

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "covenant_version_id", nullable = false)
    private CovenantVersion covenantVersion;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Column(name = "signed_by", nullable = false, length = 100)
    private String signedBy;

    @Column(name = "signed_at", nullable = false)
    private LocalDateTime signedAt;

    @Column(name = "on_paper", nullable = false)
    private boolean onPaper;

    /** The day the paper page was signed (a paper signature recorded with its scan). */
    @Column(name = "paper_signed_on")
    private LocalDate paperSignedOn;

    /** Who signed the paper page for the unit, as written under the signature. */
    @Column(name = "paper_signer", length = 200)
    private String paperSigner;

    /** The scan of the signed page (PDF, JPEG or PNG). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "scan_file_id")
    private StoredFile scan;

    protected CovenantSignature() {
    }

    CovenantSignature(CovenantVersion covenantVersion, Unit unit, String signedBy, LocalDateTime signedAt,
                      boolean onPaper) {
        this.covenantVersion = Objects.requireNonNull(covenantVersion);
        this.unit = Objects.requireNonNull(unit);
        this.signedBy = Objects.requireNonNull(signedBy);
        this.signedAt = Objects.requireNonNull(signedAt);
        this.onPaper = onPaper;
    }

    /** The paper page behind this signature: the day, the signer and the scan. */
    void paper(LocalDate signedOn, String signer, StoredFile scanned) {
        this.paperSignedOn = Objects.requireNonNull(signedOn);
        this.paperSigner = Objects.requireNonNull(signer);
        this.scan = Objects.requireNonNull(scanned);
    }

    public Long getId() {
        return id;
    }

    public Unit getUnit() {
        return unit;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public LocalDateTime getSignedAt() {
        return signedAt;
    }

    public boolean isOnPaper() {
        return onPaper;
    }

    public LocalDate getPaperSignedOn() {
        return paperSignedOn;
    }

    public String getPaperSigner() {
        return paperSigner;
    }

    public StoredFile getScan() {
        return scan;
    }
}
