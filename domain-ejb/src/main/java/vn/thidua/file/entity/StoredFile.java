package vn.thidua.file.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/** A stored upload with the hash of its content and, for a signed PDF, its verified signature. */
@Entity
@Table(name = "stored_file")
public class StoredFile implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_name", nullable = false, length = 255, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, length = 100, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private LocalDateTime uploadedAt;

    /** The verified signer's name (certificate subject CN); null for a file stored unsigned. */
    @Column(name = "signed_by", length = 200, updatable = false)
    private String signedBy;

    @Column(name = "signature_issuer", length = 200, updatable = false)
    private String signatureIssuer;

    /** The signing time the verified signature states. */
    @Column(name = "signed_at", updatable = false)
    private LocalDateTime signedAt;

    protected StoredFile() {
    }

    /**
     * A checked upload. The file takes {@code content} over without copying it (it may be
     * 10 MB): the caller must not change the array afterwards.
     */
    public StoredFile(String fileName, String contentType, byte[] content, String sha256, String uploadedBy,
                      LocalDateTime uploadedAt) {
        this.fileName = Objects.requireNonNull(fileName);
        this.contentType = Objects.requireNonNull(contentType);
        this.content = Objects.requireNonNull(content);
        this.sizeBytes = content.length;
        this.sha256 = Objects.requireNonNull(sha256);
        this.uploadedBy = Objects.requireNonNull(uploadedBy);
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
    }

    /** A checked upload whose signature was verified: the signer, its CA and the signing time. */
    public StoredFile(String fileName, String contentType, byte[] content, String sha256, String uploadedBy,
                      LocalDateTime uploadedAt, String signedBy, String signatureIssuer, LocalDateTime signedAt) {
        this(fileName, contentType, content, sha256, uploadedBy, uploadedAt);
        this.signedBy = Objects.requireNonNull(signedBy);
        this.signatureIssuer = signatureIssuer;
        this.signedAt = Objects.requireNonNull(signedAt);
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] content() {
        return content.clone();
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public String getSignatureIssuer() {
        return signatureIssuer;
    }

    public LocalDateTime getSignedAt() {
        return signedAt;
    }
}
