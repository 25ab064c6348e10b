package vn.thidua.web.year;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.ByteArrayInputStream;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import vn.thidua.ballot.service.BallotPaperService;

/**
 * The ballots page's printed papers (/year/ballots.xhtml): the PDF of a paper ballot's
 * papers, one page per entitled unit, for the leader, the deputy or a Board specialist.
 */
@Named
@RequestScoped
public class BallotPaperBean {

    @Inject
    private BallotPaperService papers;

    /** The papers as a PDF (the service checks who may print them and refuses an electronic ballot). */
    public StreamedContent papers(Long ballotId) {
        byte[] pdf = papers.ballotPapers(ballotId);
        return DefaultStreamedContent.builder().name("phieu-bau-" + ballotId + ".pdf").contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(pdf)).build();
    }
}
