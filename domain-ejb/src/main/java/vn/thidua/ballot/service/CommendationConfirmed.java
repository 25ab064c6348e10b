package vn.thidua.ballot.service;

import java.util.List;

/**
 * A commendation ballot was confirmed: the units elected for the provincial flag and for
 * certificates of merit, in the order of the count. Fired synchronously inside the
 * confirmation's transaction; the proposal area observes it and drafts the bloc's
 * proposal, so the ballot area needs to know nothing of proposals.
 */
public record CommendationConfirmed(Long ballotId, Long blocId, int year, List<Long> flagUnitIds,
                                    List<Long> certificateUnitIds) {

    public CommendationConfirmed {
        flagUnitIds = List.copyOf(flagUnitIds);
        certificateUnitIds = List.copyOf(certificateUnitIds);
    }
}
