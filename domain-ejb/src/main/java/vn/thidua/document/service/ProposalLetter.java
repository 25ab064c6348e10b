package vn.thidua.document.service;

import java.util.List;

/**
 * A bloc's proposal for awards (tờ trình) to the Chair of the province; {@code number} is
 * its sign from the issuing unit's register ("05/TTr-KTĐ03"), null for a draft.
 */
public record ProposalLetter(Header header, int year, String ballotTitle, String blocName,
                             List<Nominee> nominees, String leaderUnitName, String number) {

    /** A nominee and the award kind's code ({@code PROVINCIAL_FLAG}, {@code CERTIFICATE_OF_MERIT}). */
    public record Nominee(String awardKind, String unitName) {
    }
}
