package vn.thidua.document.service;

import java.util.List;

/** A bloc's proposal for awards (tờ trình) to the Chair of the province. */
public record ProposalLetter(Header header, int year, String ballotTitle, String blocName,
                             List<Nominee> nominees, String leaderUnitName) {

    /** A nominee and the award kind's code ({@code PROVINCIAL_FLAG}, {@code CERTIFICATE_OF_MERIT}). */
    public record Nominee(String awardKind, String unitName) {
    }
}
