package vn.thidua.web.proposals;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.ByteArrayInputStream;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import vn.thidua.proposal.service.ProposalDocumentService;
import vn.thidua.web.Messages;

/**
 * The draft decision download of {@code /proposals/view.xhtml} once the Council has reviewed
 * the proposal: the Board's draft, signed with the issuing unit's configured key when one is
 * configured (the demo's is), ready to come back through the decision step.
 */
@Named
@RequestScoped
public class DecisionDraftBean {

    @Inject
    private ProposalDocumentService dossiers;

    public StreamedContent download(Long proposalId) {
        byte[] pdf = dossiers.signedDraftDecision(proposalId);
        return DefaultStreamedContent.builder().name(Messages.text("proposal.decisionDraft.file", proposalId))
                .contentType("application/pdf").stream(() -> new ByteArrayInputStream(pdf)).build();
    }
}
