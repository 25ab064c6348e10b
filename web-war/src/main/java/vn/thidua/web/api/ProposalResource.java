package vn.thidua.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.thidua.proposal.service.DossierArchiveService;

/** A proposal's dossier through the API: its generation in the background (the leader unit only). */
@Path("proposals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProposalResource {

    @Inject
    private DossierArchiveService dossiers;

    /** Starts generating the dossier: 202 with the job; the job's file is the whole dossier as .zip. */
    @POST
    @Path("{id}/dossier-jobs")
    public Response startDossier(@PathParam("id") Long proposalId) {
        return JobResource.accepted(dossiers.startDossierGeneration(proposalId));
    }
}
