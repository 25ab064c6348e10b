package vn.thidua.covenant.entity;

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

import vn.thidua.bloc.entity.Bloc;

/** The launch (phát động) of a bloc's emulation movement for one year. */
@Entity
@Table(name = "movement")
@NamedQuery(name = Movement.OF_YEAR, query = "SELECT m FROM Movement m WHERE m.bloc.id = :bloc AND m.year = :year")
public class Movement implements Serializable {

    /** The movement of {@code bloc} in {@code year} (at most one). */
    public static final String OF_YEAR = "Movement.ofYear";

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "bloc_id", nullable = false)
    private Bloc bloc;

    @Column(nullable = false)
    private int year;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 4000)
    private String content;

    @Column(length = 4000)
    private String targets;

    @Column(name = "launch_date", nullable = false)
    private LocalDate launchDate;

    @Column(name = "launched_by", nullable = false, length = 100)
    private String launchedBy;

    @Version
    private int version;

    protected Movement() {
    }

    public Movement(Bloc bloc, int year, String launchedBy) {
        this.bloc = Objects.requireNonNull(bloc);
        this.year = year;
        this.launchedBy = Objects.requireNonNull(launchedBy);
    }

    public void describe(String title, String content, String targets, LocalDate launchDate) {
        this.title = Objects.requireNonNull(title);
        this.content = Objects.requireNonNull(content);
        this.targets = targets;
        this.launchDate = Objects.requireNonNull(launchDate);
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

    public String getTitle() {
        return title;
    }

    public String getContent() {
        return content;
    }

    public String getTargets() {
        return targets;
    }

    public LocalDate getLaunchDate() {
        return launchDate;
    }

    public String getLaunchedBy() {
        return launchedBy;
    }

    public int getVersion() {
        return version;
    }
}
