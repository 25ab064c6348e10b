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

import java.io.Serializable;
import java.util.Objects;

/** One article of a regulation version: its place in the order, a heading and the text. */
@Entity
@Table(name = "regulation_article")
@NamedQuery(name = RegulationArticle.ROWS_OF_BLOC, query = "SELECT a.regulation.id, a.position, a.heading, a.body"
        + " FROM RegulationArticle a WHERE a.regulation.bloc.id = :bloc ORDER BY a.regulation.id, a.position")
public class RegulationArticle implements Serializable {

    /** Every article of every version of {@code bloc}'s regulation, as rows: version id, position, heading, text. */
    public static final String ROWS_OF_BLOC = "RegulationArticle.rowsOfBloc";

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "regulation_id", nullable = false)
    private RegulationVersion regulation;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 300)
    private String heading;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    protected RegulationArticle() {
    }

    RegulationArticle(RegulationVersion regulation, int position, String heading, String body) {
        this.regulation = Objects.requireNonNull(regulation);
        this.position = position;
        this.heading = Objects.requireNonNull(heading);
        this.body = Objects.requireNonNull(body);
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getHeading() {
        return heading;
    }

    public String getBody() {
        return body;
    }
}
