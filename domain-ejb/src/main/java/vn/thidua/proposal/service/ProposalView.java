package vn.thidua.proposal.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import vn.thidua.proposal.entity.ProposalStatus;
import vn.thidua.registry.entity.AwardKind;

/**
 * A proposal as its page shows it: where it stands, its nominees and every step taken
 * (who, when, what, why), read in one query; {@code checkedBy} is the account that checked
 * the dossier (null before the check), which may not approve or reject it.
 */
public record ProposalView(Long id, Long blocId, String blocName, int year, Long ballotId, ProposalStatus status,
                           String number, String submittedBy, LocalDateTime submittedAt, LocalDate dueOn,
                           boolean overdue, List<Nominee> nominees, List<Step> steps, String checkedBy)
        implements Serializable {

    public ProposalView {
        nominees = List.copyOf(nominees);
        steps = List.copyOf(steps);
    }

    /** A unit proposed for an award, under the name it has on the proposal. */
    public record Nominee(Long unitId, String unitCode, String unitName, AwardKind awardKind) implements Serializable {

        public Long getUnitId() {
            return unitId;
        }

        public String getUnitCode() {
            return unitCode;
        }

        public String getUnitName() {
            return unitName;
        }

        public AwardKind getAwardKind() {
            return awardKind;
        }
    }

    /** One step of the proposal's history. */
    public record Step(String step, String actor, LocalDateTime takenAt, ProposalStatus statusAfter, String comment)
            implements Serializable {

        public String getStep() {
            return step;
        }

        public String getActor() {
            return actor;
        }

        public LocalDateTime getTakenAt() {
            return takenAt;
        }

        public ProposalStatus getStatusAfter() {
            return statusAfter;
        }

        public String getComment() {
            return comment;
        }
    }

    /** The nominee of {@code unitId}, if the unit is one. */
    public Optional<Nominee> nominee(Long unitId) {
        return nominees.stream().filter(n -> n.unitId().equals(unitId)).findFirst();
    }

    public Long getId() {
        return id;
    }

    public Long getBlocId() {
        return blocId;
    }

    public String getBlocName() {
        return blocName;
    }

    public int getYear() {
        return year;
    }

    public Long getBallotId() {
        return ballotId;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public String getNumber() {
        return number;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public String getCheckedBy() {
        return checkedBy;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public List<Nominee> getNominees() {
        return nominees;
    }

    public List<Step> getSteps() {
        return steps;
    }
}
