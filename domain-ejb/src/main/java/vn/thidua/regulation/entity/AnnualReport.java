package vn.thidua.regulation.entity;

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
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import vn.thidua.bloc.entity.Bloc;
import vn.thidua.shared.InvalidInputException;

/**
 * A bloc's annual report of a year (báo cáo tổng kết): five sections of text, generated from
 * the year's data and then edited by the leader (joint activities, scores and ranking, the
 * common model, ballots and their published results, the direction for next year). Issuing
 * gives it a number from the leader unit's register and freezes it: an issued report never
 * changes.
 */
@Entity
@Table(name = "annual_report")
@NamedQuery(name = AnnualReport.OF_YEAR, query = "SELECT r FROM AnnualReport r WHERE r.bloc.id = :bloc AND r.year = :year")
public class AnnualReport implements Serializable {

    /** The report of {@code bloc} for {@code year}, if there is one. */
    public static final String OF_YEAR = "AnnualReport.ofYear";

    /** The number of sections, in their order. */
    public static final int SECTIONS = 5;

    private static final long serialVersionUID = 1L;
    private static final int MAX_SECTION = 20000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "bloc_id", nullable = false)
    private Bloc bloc;

    @Column(nullable = false)
    private int year;

    @Column(nullable = false, length = 12)
    private String status;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String activities;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String ranking;

    @Column(name = "common_model", nullable = false, columnDefinition = "TEXT")
    private String commonModel;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String ballots;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String direction;

    @Column(name = "register_sign", length = 60)
    private String registerSign;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private int version;

    protected AnnualReport() {
    }

    public AnnualReport(Bloc bloc, int year) {
        this.bloc = Objects.requireNonNull(bloc);
        this.year = year;
        this.status = DRAFT;
    }

    /** Status values. */
    public static final String DRAFT = "DRAFT";
    public static final String ISSUED = "ISSUED";

    /**
     * Replaces the five sections (in their order), by {@code who} at {@code when}; refused once
     * issued, and for a section left empty or too long.
     */
    public void write(List<String> sections, String who, LocalDateTime when) {
        requireDraft();
        if (sections.size() != SECTIONS) {
            throw new IllegalArgumentException("five sections");
        }
        for (int i = 0; i < SECTIONS; i++) {
            String s = sections.get(i);
            if (s == null || s.isBlank()) {
                throw new InvalidInputException("error.report.emptySection", i + 1);
            }
            if (s.length() > MAX_SECTION) {
                throw new InvalidInputException("error.report.sectionTooLong", i + 1, MAX_SECTION);
            }
        }
        activities = sections.get(0).strip();
        ranking = sections.get(1).strip();
        commonModel = sections.get(2).strip();
        ballots = sections.get(3).strip();
        direction = sections.get(4).strip();
        updatedBy = Objects.requireNonNull(who);
        updatedAt = Objects.requireNonNull(when);
    }

    /** Issues the report with the number it took: from now on it is frozen. */
    public void issue(String sign, LocalDate on) {
        requireDraft();
        registerSign = Objects.requireNonNull(sign);
        issuedOn = Objects.requireNonNull(on);
        status = ISSUED;
    }

    private void requireDraft() {
        if (isIssued()) {
            throw new InvalidInputException("error.report.issued", registerSign);
        }
    }

    public boolean isIssued() {
        return ISSUED.equals(status);
    }

    public List<String> sections() {
        return List.of(activities, ranking, commonModel, ballots, direction);
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

    public String getStatus() {
        return status;
    }

    public String getRegisterSign() {
        return registerSign;
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
