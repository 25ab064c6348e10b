package vn.thidua.proposal.entity;

/** Where a proposal stands in the approval chain. */
public enum ProposalStatus {
    /** Created from the confirmed ballot; the leader completes the dossier. */
    DRAFT,
    /** Filed by the bloc leader; the Board specialist checks the dossier. */
    SUBMITTED,
    /** Sent back by the Board specialist with reasons; the leader corrects and resubmits. */
    RETURNED,
    /** Dossier complete; awaiting the Board leader. */
    CHECKED,
    /** Approved by the Board leader; awaiting the Council. */
    APPROVED,
    /** Rejected by the Board leader. */
    REJECTED,
    /** Reviewed by the Council (nominees may have been cut); awaiting the Chair. */
    COUNCIL_REVIEWED,
    /** The Chair's decision is recorded; the awards are in the registry. */
    DECIDED
}
