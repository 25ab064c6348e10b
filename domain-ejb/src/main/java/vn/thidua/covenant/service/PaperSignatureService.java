package vn.thidua.covenant.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import vn.thidua.audit.service.AuditService;
import vn.thidua.bloc.service.BlocAccess;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.covenant.entity.CovenantSignature;
import vn.thidua.covenant.entity.CovenantVersion;
import vn.thidua.file.entity.StoredFile;
import vn.thidua.file.service.FileRules;
import vn.thidua.file.service.FileService;
import vn.thidua.file.service.Upload;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Roles;
import vn.thidua.unit.entity.Unit;

/**
 * A member unit's signature of the covenant given on paper, recorded with the scan of the
 * signed page (issue 15, item 5). It is entered by whoever keeps the year's data: the year's
 * leader or deputy, who holds the signed pages after the launch conference, or a Board
 * specialist, who enters what a bloc did on paper (the same keepers as every other paper
 * step, {@link BlocAccess#requireKeeper}). The scan is read by whoever may read the year.
 */
@Stateless
@RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
public class PaperSignatureService {

    /** The types a scan of a signed page may have. */
    public static final Set<String> SCAN_TYPES = Set.of(FileRules.PDF, FileRules.JPEG, FileRules.PNG);

    /** The longest name of a signer kept. */
    public static final int SIGNER_MAX = 200;

    private static final Logger LOG = Logger.getLogger(PaperSignatureService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private BlocService blocs;

    @Inject
    private BlocAccess access;

    @Inject
    private FileService files;

    @Inject
    private AuditService audit;

    /**
     * Records that {@code unitId} signed covenant version {@code versionId} on paper on
     * {@code signedOn}, signed by {@code signer}, with the scan of the signed page (PDF, JPEG
     * or PNG, the file area's size and type checks). Refused, with nothing stored: no scan, a
     * scan of another type, a unit that is no member, a unit that has already signed, a
     * superseded version, a day in the future or before the version was drafted, no signer.
     * Puts the version in force when it completes the signatures.
     */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST})
    public CovenantVersionView.Signature recordSignedPage(@NotNull Long versionId, @NotNull Long unitId,
                                                          LocalDate signedOn, String signer, Upload scan) {
        CovenantVersion version = version(versionId);
        access.requireKeeper(version.getBloc().getId(), version.getYear());
        List<Unit> members = blocs.memberUnits(version.getBloc().getId(), version.getYear());
        Unit unit = members.stream().filter(u -> u.getId().equals(unitId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("error.covenant.notMember"));
        version.requireSignableBy(unit);
        if (signedOn == null) {
            throw new InvalidInputException("error.paper.signedOnRequired");
        }
        if (signer == null || signer.isBlank()) {
            throw new InvalidInputException("error.paper.signerRequired");
        }
        if (signer.strip().length() > SIGNER_MAX) {
            throw new InvalidInputException("error.paper.signerTooLong", SIGNER_MAX);
        }
        if (scan == null) {
            throw new InvalidInputException("error.paper.scanRequired");
        }
        // read once, checked by the file area; a type the scan may not have (a Word file) rolls
        // the stored file back with the refusal
        StoredFile stored = files.store(scan);
        if (!SCAN_TYPES.contains(stored.getContentType())) {
            throw new InvalidInputException("error.paper.scanType", scan.fileName());
        }
        CovenantSignature signature = version.signOnPaper(unit, caller(), LocalDateTime.now(), signedOn,
                signer.strip(), stored, members);
        em.flush();
        audit.record("Covenant", version.getId(), "SIGN_PAPER", "version " + version.getNumber() + " | "
                + unit.getCode() + " " + unit.getName() + " | page signed on " + signedOn + " by "
                + signature.getPaperSigner() + " | scan " + stored.getFileName() + " | by " + signature.getSignedBy()
                + " → " + version.getStatus());
        LOG.info(() -> "Paper signature of unit " + unit.getId() + " recorded on covenant " + version.getId()
                + " with scan " + stored.getId());
        return new CovenantVersionView.Signature(unit.getId(), unit.getName(), signature.getSignedBy(),
                signature.getSignedAt(), true, signedOn, signature.getPaperSigner(), stored.getId(),
                stored.getFileName(), stored.getContentType());
    }

    /** The scan of a unit's signed paper page, for whoever may read the bloc's year; its hash is checked. */
    public byte[] signedPage(@NotNull Long versionId, @NotNull Long unitId) {
        CovenantVersion version = version(versionId);
        access.requireReadAccess(version.getBloc().getId(), version.getYear());
        CovenantSignature signature = em.createNamedQuery(CovenantSignature.SCAN_OF, CovenantSignature.class)
                .setParameter("version", versionId).setParameter("unit", unitId).getResultList().stream()
                .findFirst().orElseThrow(() -> new NotFoundException("StoredFile", unitId));
        return files.content(signature.getScan().getId());
    }

    private CovenantVersion version(Long id) {
        CovenantVersion version = em.find(CovenantVersion.class, id);
        if (version == null) {
            throw new NotFoundException("Covenant", id);
        }
        return version;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
