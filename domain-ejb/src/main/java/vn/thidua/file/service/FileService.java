package vn.thidua.file.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDateTime;
import java.util.logging.Logger;

import vn.thidua.audit.service.AuditService;
import vn.thidua.file.entity.StoredFile;
import vn.thidua.shared.NotFoundException;

/**
 * Stores uploads for the other areas, always inside their transaction (MANDATORY), and
 * reads them back only after checking the content still has its recorded hash.
 */
@Stateless
public class FileService {

    private static final Logger LOG = Logger.getLogger(FileService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private AuditService audit;

    /**
     * Checks and stores one upload. Its bytes are read once, into the array that becomes
     * the stored content, with the SHA-256 computed on the way ({@link FileRules#check}).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public StoredFile store(Upload upload) {
        FileRules.Checked checked = FileRules.check(upload);
        StoredFile file = new StoredFile(safeName(upload), checked.contentType(),
                checked.content(), checked.sha256(), context.getCallerPrincipal().getName(), LocalDateTime.now());
        em.persist(file);
        em.flush();
        audit.record("StoredFile", file.getId(), "UPLOAD", file.getFileName() + " | " + checked.contentType() + " | "
                + file.getSizeBytes() + " B | sha256 " + file.getSha256());
        return file;
    }

    /**
     * Checks and stores a PDF that must carry a valid signature ({@link PdfSignatureVerifier}
     * over the configured {@link TrustAnchors}): its integrity over the signed byte range, a
     * signed revision covering the whole file, and the signer's chain to a trust anchor. The
     * verified signer and signing time are stored with the file.
     *
     * @throws SignatureRefusedException naming the check that failed; nothing is stored
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public StoredFile storeSigned(Upload upload) {
        FileRules.Checked checked = FileRules.check(upload);
        if (!FileRules.PDF.equals(checked.contentType())) {
            throw new SignatureRefusedException(SignatureCheck.UNSIGNED, upload.fileName());
        }
        PdfSignature signature = PdfSignatureVerifier.configured().verify(upload.fileName(), checked.content());
        StoredFile file = new StoredFile(safeName(upload), checked.contentType(),
                checked.content(), checked.sha256(), context.getCallerPrincipal().getName(), LocalDateTime.now(),
                cut(signature.signerName()), cut(signature.issuerName()), signature.signedAt());
        em.persist(file);
        em.flush();
        audit.record("StoredFile", file.getId(), "UPLOAD", file.getFileName() + " | " + checked.contentType() + " | "
                + file.getSizeBytes() + " B | sha256 " + file.getSha256() + " | signed by " + file.getSignedBy()
                + " (" + file.getSignatureIssuer() + ") at " + file.getSignedAt());
        LOG.info(() -> "Signed PDF " + file.getId() + " stored, signature of " + file.getSignedBy() + " verified");
        return file;
    }

    private static String safeName(Upload upload) {
        String name = upload.fileName().replaceAll("[\\\\/\\p{Cntrl}]", "_");
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    private static String cut(String text) {
        return text == null || text.length() <= 200 ? text : text.substring(0, 200);
    }

    /**
     * The content of a stored file; refuses a file whose content no longer matches its
     * hash. Only for the owning areas' services, which check who may read it first.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public byte[] content(Long fileId) {
        StoredFile file = em.find(StoredFile.class, fileId);
        if (file == null) {
            throw new NotFoundException("StoredFile", fileId);
        }
        byte[] content = file.content();
        if (!FileRules.sha256(content).equals(file.getSha256())) {
            LOG.severe(() -> "Stored file " + fileId + " does not match its recorded SHA-256: refused");
            throw new FileTamperedException(file.getFileName());
        }
        return content;
    }
}
