package vn.thidua.document.service;

import java.util.List;

/**
 * A bloc's proposal for awards (tờ trình) to the Chair of the province: its number from the
 * register (null: left blank to number by hand), the nominees and who signs for the bloc
 * (the leader unit's head, a person; under a delegation of the leader, {@code delegated} is true
 * and the signer is the deputy unit's head, who signs "KT. KHỐI TRƯỞNG / KHỐI PHÓ").
 */
public record ProposalLetter(Header header, String number, int year, String ballotTitle, String blocName,
                             List<Nominee> nominees, String leaderUnitName, String signer, boolean delegated) {

    /** A letter signed by the leader unit's head itself. */
    public ProposalLetter(Header header, String number, int year, String ballotTitle, String blocName,
                          List<Nominee> nominees, String leaderUnitName, String signer) {
        this(header, number, year, ballotTitle, blocName, nominees, leaderUnitName, signer, false);
    }

    /** A nominee and the award kind's code ({@code PROVINCIAL_FLAG}, {@code CERTIFICATE_OF_MERIT}). */
    public record Nominee(String awardKind, String unitName) {
    }
}
