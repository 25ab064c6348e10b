package vn.thidua.document.service;

import java.time.LocalDate;
import java.util.List;

/**
 * The Board's draft of the Chair's award decision (dự thảo quyết định) for an approved
 * proposal: the awards it grants, the proposal it answers (number and date) and who will
 * sign (left blank for the Chair's office to fill in when null).
 */
public record DraftDecision(Header header, String number, int year, String blocName, String proposalNumber,
                            LocalDate proposalDate, List<ProposalLetter.Nominee> awards, Signer signer) {
}
