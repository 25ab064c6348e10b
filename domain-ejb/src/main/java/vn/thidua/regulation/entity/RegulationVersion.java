package vn.thidua.regulation.entity;

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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.thidua.bloc.entity.Bloc;
import vn.thidua.meeting.entity.Meeting;
import vn.thidua.shared.InvalidInputException;

/**
 * One version of a bloc's regulation (quy chế hoạt động của khối): a title and ordered
 * articles, drafted in a year by that year's leader, adopted at a held conference of the
 * bloc and year. A draft may change until it is adopted; an adopted version never changes,
 * and a later adopted version supersedes it (it stays readable).
 */
@Entity
@Table(name = "regulation_version")
@NamedQuery(name = RegulationVersion.ROWS_OF_BLOC, query = "SELECT v.id, v.year, v.number, v.title, v.status,"
        + " m.id, m.kind, m.heldOn, v.adoptedOn, v.registerSign FROM RegulationVersion v LEFT JOIN v.meeting m"
        + " WHERE v.bloc.id = :bloc AND v.year <= :year ORDER BY v.number DESC")
@NamedQuery(name = RegulationVersion.LAST_NUMBER, query = "SELECT COALESCE(MAX(v.number), 0) FROM RegulationVersion v"
        + " WHERE v.bloc.id = :bloc")
@NamedQuery(name = RegulationVersion.ADOPTED_OF_BLOC, query = "SELECT v FROM RegulationVersion v"
        + " WHERE v.bloc.id = :bloc AND v.status = vn.thidua.regulation.entity.RegulationStatus.ADOPTED")
public class RegulationVersion implements Serializable {

    /**
     * The versions of {@code bloc}'s regulation drafted in {@code year} or before, latest first,
     * as rows: id, year, number, title, status, meeting id, meeting kind, meeting day, adoption
     * day, register sign.
     */
    public static final String ROWS_OF_BLOC = "RegulationVersion.rowsOfBloc";
    /** The highest version number of {@code bloc}'s regulation (0 for none). */
    public static final String LAST_NUMBER = "RegulationVersion.lastNumber";
    /** The version of {@code bloc} in force now (adopted, not superseded), if any. */
    public static final String ADOPTED_OF_BLOC = "RegulationVersion.adoptedOfBloc";

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "bloc_id", nullable = false)
    private Bloc bloc;

    @Column(nullable = false)
    private int year;

    @Column(name = "version_no", nullable = false)
    private int number;

    @Column(nullable = false, length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private RegulationStatus status;

    @ManyToOne
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(name = "adopted_on")
    private LocalDate adoptedOn;

    @Column(name = "register_sign", length = 60)
    private String registerSign;

    @Column(name = "drafted_by", nullable = false, length = 100)
    private String draftedBy;

    @Column(name = "drafted_at", nullable = false)
    private LocalDateTime draftedAt;

    @OneToMany(mappedBy = "regulation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<RegulationArticle> articles = new ArrayList<>();

    @Version
    private int version;

    protected RegulationVersion() {
    }

    public RegulationVersion(Bloc bloc, int year, int number, String draftedBy, LocalDateTime draftedAt) {
        this.bloc = Objects.requireNonNull(bloc);
        this.year = year;
        this.number = number;
        this.status = RegulationStatus.DRAFT;
        this.draftedBy = Objects.requireNonNull(draftedBy);
        this.draftedAt = Objects.requireNonNull(draftedAt);
    }

    /**
     * Sets the title and the articles (headings and texts, in order); only a draft changes,
     * and a regulation has at least one article, each with a heading and a text.
     */
    public void write(String title, List<String> headings, List<String> bodies) {
        requireDraft();
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("error.regulation.title");
        }
        if (headings.isEmpty()) {
            throw new InvalidInputException("error.regulation.noArticle");
        }
        for (int i = 0; i < headings.size(); i++) {
            if (headings.get(i) == null || headings.get(i).isBlank() || bodies.get(i) == null || bodies.get(i).isBlank()) {
                throw new InvalidInputException("error.regulation.article", i + 1);
            }
        }
        this.title = title.trim();
        articles.clear();
        for (int i = 0; i < headings.size(); i++) {
            articles.add(new RegulationArticle(this, i + 1, headings.get(i).trim(), bodies.get(i).trim()));
        }
    }

    /** Adopts the draft at {@code meeting} on its day, with the number it took from the register. */
    public void adopt(Meeting meeting, String registerSign) {
        requireDraft();
        this.meeting = Objects.requireNonNull(meeting);
        this.adoptedOn = meeting.getHeldOn();
        this.registerSign = registerSign;
        this.status = RegulationStatus.ADOPTED;
    }

    /** A later version was adopted: this one stays in the history. */
    public void supersede() {
        if (status != RegulationStatus.ADOPTED) {
            throw new IllegalStateException("only an adopted version is superseded");
        }
        status = RegulationStatus.SUPERSEDED;
    }

    private void requireDraft() {
        if (status != RegulationStatus.DRAFT) {
            throw new InvalidInputException("error.regulation.adopted", number);
        }
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

    public String getTitle() {
        return title;
    }

    public RegulationStatus getStatus() {
        return status;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public String getRegisterSign() {
        return registerSign;
    }
}
