package vn.thidua.proposal.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.thidua.bloc.entity.Bloc;
import vn.thidua.unit.entity.Unit;

/** A bloc's award proposal for a year, created as a draft from its confirmed commendation ballot. */
@Entity
@Table(name = "proposal")
public class Proposal implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String DRAFT = "DRAFT";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "bloc_id", nullable = false)
    private Bloc bloc;

    @Column(nullable = false)
    private int year;

    @Column(name = "ballot_id", nullable = false)
    private Long ballotId;

    @Column(nullable = false, length = 20)
    private String status = DRAFT;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ProposalNominee> nominees = new ArrayList<>();

    @Version
    private int version;

    protected Proposal() {
    }

    public Proposal(Bloc bloc, int year, Long ballotId, LocalDateTime createdAt) {
        this.bloc = Objects.requireNonNull(bloc);
        this.year = year;
        this.ballotId = Objects.requireNonNull(ballotId);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public void nominate(Unit unit, AwardKind kind) {
        nominees.add(new ProposalNominee(this, unit, kind));
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

    public Long getBallotId() {
        return ballotId;
    }

    public String getStatus() {
        return status;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public List<ProposalNominee> getNominees() {
        return List.copyOf(nominees);
    }
}
