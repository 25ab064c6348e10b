package vn.thidua.document.service;

import java.util.List;

/**
 * The Board's consolidated submission to the Chair (tờ trình tổng hợp): the proposals of a
 * province's year that await the Chair, bloc by bloc (the bloc's proposal number and its
 * nominees), and who signs for the Board (the head of the Board; a null name leaves the line
 * to fill in by hand).
 */
public record BoardSubmission(Header header, String number, int year, List<Bloc> blocs, Signer signer) {

    public BoardSubmission {
        blocs = List.copyOf(blocs);
    }

    /** One bloc's proposal in the submission. */
    public record Bloc(String blocName, String proposalNumber, List<ProposalLetter.Nominee> nominees) {

        public Bloc {
            nominees = List.copyOf(nominees);
        }
    }
}
