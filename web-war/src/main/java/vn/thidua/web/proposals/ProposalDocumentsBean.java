package vn.thidua.web.proposals;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.ByteArrayInputStream;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import vn.thidua.document.service.DocumentFormat;
import vn.thidua.proposal.service.ProposalDocumentService;

/**
 * /proposals/view.xhtml: the proposal's official documents drawn from the current data, as
 * PDF or Word (Decree 30 layout): the proposal (tờ trình) with its number once submitted,
 * the bloc's consolidated report and, for the Board, the draft award decision.
 */
@Named
@RequestScoped
public class ProposalDocumentsBean {

    /** The documents offered, with the start of their file names. */
    public enum Kind {
        PROPOSAL("to-trinh"), BLOC_REPORT("bao-cao-tong-ket"), DRAFT_DECISION("du-thao-quyet-dinh");

        private final String file;

        Kind(String file) {
            this.file = file;
        }
    }

    @Inject
    private ProposalDocumentService dossiers;

    public StreamedContent document(Long proposalId, String kind, String format) {
        Kind k = Kind.valueOf(kind);
        DocumentFormat f = DocumentFormat.valueOf(format);
        return DefaultStreamedContent.builder().name(k.file + "-" + proposalId + "." + f.extension())
                .contentType(f.contentType())
                .stream(() -> new ByteArrayInputStream(switch (k) {
                    case PROPOSAL -> dossiers.proposalDocument(proposalId, f);
                    case BLOC_REPORT -> dossiers.blocReport(proposalId, f);
                    case DRAFT_DECISION -> dossiers.draftDecision(proposalId, f);
                })).build();
    }
}
