package vn.thidua.proposal.service;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A proposal of a year as the home pages see it: its bloc, status, appraisal deadline and
 * whether it is overdue, and one row per nominee with whether the nominee's achievement
 * report is in the dossier (a proposal without nominees has one row with no unit).
 */
public record ProposalProgressRow(Long proposalId, Long blocId, String status, LocalDate dueOn, boolean overdue,
                                  Long nomineeUnitId, boolean reportFiled) implements Serializable {
}
