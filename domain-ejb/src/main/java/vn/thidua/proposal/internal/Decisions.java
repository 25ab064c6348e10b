package vn.thidua.proposal.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import vn.thidua.audit.service.AuditService;
import vn.thidua.document.service.DocumentService;
import vn.thidua.file.service.Upload;
import vn.thidua.proposal.entity.Proposal;
import vn.thidua.proposal.entity.ProposalStatus;
import vn.thidua.registry.service.DecisionRecord;
import vn.thidua.registry.service.Grant;
import vn.thidua.registry.service.RegistryService;
import vn.thidua.shared.InvalidInputException;

/**
 * The Chair's decision step, for one proposal or for the many of a consolidated submission:
 * every proposal awaits the Chair and was not submitted by the caller; the registry enters
 * one decision with the awards of all of them (the remaining nominees); each proposal takes
 * the DECISION step, audited. Runs in the caller's transaction (the proposals locked by it);
 * the services check roles.
 */
@Stateless
@PermitAll
public class Decisions {

    private static final DateTimeFormatter SIGNED_AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Inject
    private Proposals proposals;

    @Inject
    private RegistryService registry;

    @Inject
    private DocumentService documents;

    @Inject
    private AuditService audit;

    /** Records the decision on {@code decided} (locked, all of one province); gives the registry's record. */
    public DecisionRecord decide(List<Proposal> decided, String number, LocalDate decidedOn, String signer,
                                 Upload signedPdf) {
        for (Proposal p : decided) {
            proposals.requireNotSubmitter(p);
            if (p.statusValue() != ProposalStatus.COUNCIL_REVIEWED) {
                throw new InvalidInputException("error.proposal.wrongState", p.statusValue().name());
            }
        }
        List<Grant> grants = decided.stream().flatMap(p -> p.getNominees().stream()
                .map(n -> new Grant(n.getUnit().getId(), p.getBloc().getId(), p.getYear(), n.getAwardKind()))).toList();
        // the registry verifies the PDF's signature first: the step's text names the verified signer
        DecisionRecord decision = registry.recordDecision(decided.stream().map(Proposal::getId).toList(),
                decided.get(0).getBloc().provinceOn(decidedOn).getId(), number, decidedOn, signer, signedPdf, grants);
        String text = documents.text("proposal.step.decision", number.trim(), decidedOn, signer.trim())
                + (decision.signedBy() == null ? "" : documents.text("proposal.step.decision.signature",
                        decision.signedBy(), decision.signedAt().format(SIGNED_AT)));
        LocalDateTime now = LocalDateTime.now();
        for (Proposal p : decided) {
            p.move("DECISION", ProposalStatus.DECIDED, proposals.caller(), now, text, ProposalStatus.COUNCIL_REVIEWED);
        }
        return decision;
    }

    /** Audits a step taken on each proposal. */
    public void audit(List<Proposal> taken, String step, String comment) {
        for (Proposal p : taken) {
            audit.record("Proposal", p.getId(), step, p.getStatus() + (comment == null ? "" : " | " + comment));
        }
    }
}
