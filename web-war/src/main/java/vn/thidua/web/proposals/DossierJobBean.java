package vn.thidua.web.proposals;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

import org.primefaces.PrimeFaces;
import org.primefaces.model.StreamedContent;

import vn.thidua.job.service.JobService;
import vn.thidua.proposal.service.DossierArchiveService;
import vn.thidua.web.JobFollower;
import vn.thidua.web.Messages;

/**
 * /proposals/view.xhtml, the leader's dossier generation: runs in the background while the
 * page shows its progress; when done, the dossier's list is read again and the whole dossier
 * is offered as one .zip.
 */
@Named
@ViewScoped
public class DossierJobBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DossierArchiveService dossiers;

    @Inject
    private JobService jobs;

    @Inject
    private ProposalBean proposal;

    private final JobFollower job = new JobFollower();
    private boolean announced;

    /** Starts generating the proposal's documents (refused at once if the caller may not). */
    public void start() {
        announced = false;
        job.follow(dossiers.startDossierGeneration(proposal.getId()), jobs);
    }

    /** The poll: reads the job's progress; once done, the page's dossier list is read again. */
    public void refresh() {
        job.refresh(jobs);
        if (job.isRunning()) {
            return;
        }
        PrimeFaces.current().executeScript("PF('dossierPoll').stop();");
        if (job.isFollowing() && !announced) {
            announced = true;
            if (job.isDone()) {
                proposal.load();
                Messages.info("proposal.generated");
            } else {
                Messages.error("job.failed", job.getErrorText());
            }
        }
    }

    public StreamedContent getDownload() {
        return job.download(jobs);
    }

    public JobFollower getJob() {
        return job;
    }
}
