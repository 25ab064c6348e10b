package vn.thidua.proposal.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import vn.thidua.document.service.DocumentService;
import vn.thidua.file.service.FileService;
import vn.thidua.job.service.JobOutput;
import vn.thidua.job.service.JobService;
import vn.thidua.proposal.entity.Proposal;
import vn.thidua.proposal.internal.Proposals;
import vn.thidua.shared.Roles;

/**
 * A proposal's whole dossier as one .zip, and its generation as background work (issue 14,
 * item 8): the leader starts it and follows its progress; the job's state is kept in the
 * database, so any node answers the poll and the download.
 */
@Stateless
@RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
public class DossierArchiveService {

    /** The kind of the dossier's background job. */
    public static final String DOSSIER_JOB = "DOSSIER";

    @Inject
    private Proposals proposals;

    @Inject
    private DossierService dossiers;

    @Inject
    private FileService files;

    @Inject
    private DocumentService documents;

    @Inject
    private JobService jobs;

    @Resource
    private SessionContext context;

    /**
     * Starts the dossier's generation in the background and answers the job's id at once; the
     * job ends with the whole dossier as one .zip. Who may generate it and in which state is
     * checked before it starts (the same refusals as {@link DossierService#generateDossier(Long)}).
     */
    @RolesAllowed(Roles.MEMBER_REPRESENTATIVE)
    public String startDossierGeneration(@NotNull Long proposalId) {
        Proposal p = proposals.lock(proposalId);
        proposals.requireSubmitter(p);
        Proposals.requireEditable(p);
        String fileName = documents.text("dossier.archive", p.getNumber() == null || p.getNumber().isBlank()
                ? String.valueOf(p.getYear()) : p.getNumber().replaceAll("[^\\p{L}\\p{N}.-]+", "-"));
        // through the business proxy: the archive reads the stored files in a transaction
        DossierArchiveService self = context.getBusinessObject(DossierArchiveService.class);
        return jobs.start(DOSSIER_JOB, progress -> {
            dossiers.generateDossier(proposalId, progress.part(0, 85));
            byte[] zip = self.dossierArchive(proposalId);
            progress.report(95);
            return new JobOutput(fileName, "application/zip", zip);
        });
    }

    /** The whole dossier as one .zip (every document under its file name), for whoever reads it. */
    public byte[] dossierArchive(@NotNull Long proposalId) {
        List<DocumentView> docs = dossiers.documents(proposalId);
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            Set<String> names = new HashSet<>();
            for (DocumentView d : docs) {
                String name = d.fileName();
                for (int n = 2; !names.add(name); n++) {
                    name = n + "-" + d.fileName();
                }
                zip.putNextEntry(new ZipEntry(name));
                zip.write(files.content(d.fileId()));
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
