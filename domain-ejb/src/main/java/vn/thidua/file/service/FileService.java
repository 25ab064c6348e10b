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
        String name = upload.fileName().replaceAll("[\\\\/\\p{Cntrl}]", "_");
        StoredFile file = new StoredFile(name.length() > 255 ? name.substring(0, 255) : name, checked.contentType(),
                checked.content(), checked.sha256(), context.getCallerPrincipal().getName(), LocalDateTime.now());
        em.persist(file);
        em.flush();
        audit.record("StoredFile", file.getId(), "UPLOAD", file.getFileName() + " | " + checked.contentType() + " | "
                + file.getSizeBytes() + " B | sha256 " + file.getSha256());
        return file;
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
