package vn.thidua.unit.entity;

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
import java.time.LocalDate;
import java.util.Objects;

import vn.thidua.shared.InvalidInputException;

/**
 * A member unit (đơn vị), valid from one date until it is renamed, merged or dissolved.
 * Its name never changes in place: a rename is a new record, so that what was recorded
 * under the old name keeps it.
 */
@Entity
@Table(name = "unit")
@NamedQuery(name = Unit.CURRENT_BY_CODE, query = "SELECT u FROM Unit u WHERE u.code = :code AND u.validTo IS NULL")
@NamedQuery(name = Unit.CURRENT_OPTIONS, query = "SELECT NEW vn.thidua.unit.service.UnitOption(u.id, u.code, u.name)"
        + " FROM Unit u WHERE (:province IS NULL AND u.validTo IS NULL) OR (u.province.id = :province"
        + " AND (u.validTo IS NULL OR u.validTo = u.province.validTo)) ORDER BY u.name")
@NamedQuery(name = Unit.OPTIONS, query = "SELECT NEW vn.thidua.unit.service.UnitOption(u.id, u.code, u.name)"
        + " FROM Unit u WHERE u.id IN :ids ORDER BY u.name")
@NamedQuery(name = Unit.WITH_IDS, query = "SELECT u FROM Unit u WHERE u.id IN :ids")
public class Unit implements Serializable {

    /** The current record with {@code code} (none or one: codes of current units are unique). */
    public static final String CURRENT_BY_CODE = "Unit.currentByCode";
    /**
     * Units valid today as options, by name; {@code province} null means every province. For a
     * province whose records ended (a province succession), the units it had on its last day.
     */
    public static final String CURRENT_OPTIONS = "Unit.currentOptions";
    /** The units with the ids {@code ids} as options, by name. */
    public static final String OPTIONS = "Unit.options";
    /** The unit records with the ids {@code ids}. */
    public static final String WITH_IDS = "Unit.withIds";

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 30)
    private String code;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(name = "short_name", nullable = false, length = 100)
    private String shortName;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private Unit parent;

    @ManyToOne(optional = false)
    @JoinColumn(name = "province_id", nullable = false)
    private Province province;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    // the unit's own convention for the documents it issues (Decree 30 header, symbol, signer); nullable
    @Column(name = "header_parent", length = 200)
    private String headerParent;

    @Column(name = "header_issuer", length = 200)
    private String headerIssuer;

    @Column(name = "header_title", length = 200)
    private String headerTitle;

    @Column(name = "header_motto", length = 200)
    private String headerMotto;

    @Column(name = "doc_symbol", length = 30)
    private String docSymbol;

    @Column(name = "signer_authority", length = 100)
    private String signerAuthority;

    @Column(name = "signer_title", length = 100)
    private String signerTitle;

    @Column(name = "signer_name", length = 100)
    private String signerName;

    // where the unit's reminders are e-mailed (issue 15, item 6); nullable
    @Column(name = "contact_email", length = 200)
    private String contactEmail;

    @Version
    private int version;

    protected Unit() {
    }

    public Unit(Province province, String code, String name, String shortName, Unit parent, LocalDate validFrom) {
        this.province = Objects.requireNonNull(province);
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.shortName = Objects.requireNonNull(shortName);
        this.parent = parent;
        this.validFrom = Objects.requireNonNull(validFrom);
    }

    /** Corrects details that are not the name (a rename is a new record, see {@code UnitService#renameUnit}). */
    public void correct(String code, String shortName, Unit parent) {
        if (parent != null && parent.getId() != null && parent.getId().equals(id)) {
            throw new InvalidInputException("error.unit.ownParent");
        }
        this.code = Objects.requireNonNull(code);
        this.shortName = Objects.requireNonNull(shortName);
        this.parent = parent;
    }

    /**
     * Ends this record: from {@code successorStart} on, a successor stands for it.
     * The last day of validity is the day before.
     */
    public void endBefore(LocalDate successorStart) {
        if (validTo != null) {
            throw new InvalidInputException("error.unit.alreadyEnded", name);
        }
        if (!successorStart.isAfter(validFrom)) {
            throw new InvalidInputException("error.unit.endBeforeStart", name);
        }
        this.validTo = successorStart.minusDays(1);
    }

    /**
     * Sets the unit's convention for the documents it issues: header lines (parent body,
     * issuer, a title and motto of its own), the symbol in its numbers and who signs. Blank
     * values are stored as null (the defaults apply).
     */
    public void documentConvention(String headerParent, String headerIssuer, String headerTitle, String headerMotto,
                                   String docSymbol, String signerAuthority, String signerTitle, String signerName) {
        this.headerParent = blankToNull(headerParent);
        this.headerIssuer = blankToNull(headerIssuer);
        this.headerTitle = blankToNull(headerTitle);
        this.headerMotto = blankToNull(headerMotto);
        this.docSymbol = blankToNull(docSymbol);
        this.signerAuthority = blankToNull(signerAuthority);
        this.signerTitle = blankToNull(signerTitle);
        this.signerName = blankToNull(signerName);
    }

    /** Sets the address the unit's reminders are e-mailed to; blank means none (portal only). */
    public void contactEmail(String address) {
        this.contactEmail = blankToNull(address);
    }

    public String getContactEmail() {
        return contactEmail;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public boolean isCurrent() {
        return validTo == null;
    }

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public Unit getParent() {
        return parent;
    }

    public Province getProvince() {
        return province;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getHeaderParent() {
        return headerParent;
    }

    public String getHeaderIssuer() {
        return headerIssuer;
    }

    public String getHeaderTitle() {
        return headerTitle;
    }

    public String getHeaderMotto() {
        return headerMotto;
    }

    public String getDocSymbol() {
        return docSymbol;
    }

    public String getSignerAuthority() {
        return signerAuthority;
    }

    public String getSignerTitle() {
        return signerTitle;
    }

    public String getSignerName() {
        return signerName;
    }

    public int getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
