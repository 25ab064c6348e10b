package vn.thidua.unit.entity;

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
import java.time.LocalDate;
import java.util.Objects;

import vn.thidua.shared.InvalidInputException;
import vn.thidua.unit.service.StreakRule;

/**
 * A province (tỉnh); blocs and units belong to one. A dated record: when a province's
 * records end (Đắk Nông on 30 June 2025) they continue in its successor (Lâm Đồng from
 * 1 July 2025). A bloc's province in a year and a document's authority on a date follow
 * that lineage ({@link #inYear}, {@link #on}).
 */
@Entity
@Table(name = "province")
@NamedQuery(name = Province.OPTIONS, query = "SELECT NEW vn.thidua.unit.service.ProvinceOption(p.id, p.code, p.name)"
        + " FROM Province p ORDER BY p.name")
public class Province implements Serializable {

    /** Every province as an option, by name. */
    public static final String OPTIONS = "Province.options";

    private static final long serialVersionUID = 1L;

    /**
     * A JPQL condition, for queries that join a bloc's founding province as {@code bp} and its
     * successor as {@code bs} ({@code JOIN b.province bp LEFT JOIN bp.successor bs}): the bloc
     * belongs to the province {@code :province} in the year ending on {@code :yearEnd} (31
     * December), as {@link #inYear} reads it for one succession: its own province while that one
     * lasts the whole year, or the successor from the year of the succession on.
     */
    public static final String BLOC_IN_YEAR = "((bp.id = :province AND (bp.validTo IS NULL OR bp.validTo >= :yearEnd))"
            + " OR (bs.id = :province AND bp.validTo < :yearEnd))";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20, unique = true)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom = LocalDate.of(2000, 1, 1);

    @Column(name = "valid_to")
    private LocalDate validTo;

    @ManyToOne
    @JoinColumn(name = "successor_id")
    private Province successor;

    @Enumerated(EnumType.STRING)
    @Column(name = "streak_rule", nullable = false, length = 30)
    private StreakRule streakRule = StreakRule.LONGEST_PREDECESSOR;

    protected Province() {
    }

    public Province(String code, String name) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
    }

    /**
     * Ends this province's records: from {@code successorStart} on they continue in
     * {@code next}. The last day of validity is the day before.
     */
    public void endInto(Province next, LocalDate successorStart) {
        if (next == null || next == this || id != null && id.equals(next.id)) {
            throw new InvalidInputException("error.province.successorSame");
        }
        if (validTo != null) {
            throw new InvalidInputException("error.province.alreadyEnded", name);
        }
        if (next.validTo != null) {
            throw new InvalidInputException("error.province.alreadyEnded", next.name);
        }
        if (!successorStart.isAfter(validFrom)) {
            throw new InvalidInputException("error.province.endBeforeStart", name);
        }
        this.validTo = successorStart.minusDays(1);
        this.successor = next;
    }

    /** The province whose authority stands for this one's records on {@code day}: this one, or a successor. */
    public Province on(LocalDate day) {
        Province p = this;
        for (int hops = 0; p.successor != null && p.validTo.isBefore(day) && hops < 50; hops++) {
            p = p.successor;
        }
        return p;
    }

    /**
     * The province a bloc of this one belongs to in {@code year}: a year from the one its
     * successor took over in (the year of the effective date) on belongs to the successor.
     */
    public Province inYear(int year) {
        Province p = this;
        for (int hops = 0; p.successor != null && p.validTo.plusDays(1).getYear() <= year && hops < 50; hops++) {
            p = p.successor;
        }
        return p;
    }

    public void changeStreakRule(StreakRule rule) {
        this.streakRule = Objects.requireNonNull(rule);
    }

    public boolean isCurrent() {
        return validTo == null;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    /** The province this one's records continue in once they end; null while it is current. */
    public Province getSuccessor() {
        return successor;
    }

    public StreakRule getStreakRule() {
        return streakRule;
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
}
