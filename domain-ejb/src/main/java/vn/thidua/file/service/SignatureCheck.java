package vn.thidua.file.service;

/**
 * The check of a signed PDF that failed; each has its message key
 * ({@code error.signature.<key>}) naming the check for the user.
 */
public enum SignatureCheck {
    /** The PDF carries no signature at all. */
    UNSIGNED("unsigned"),
    /** The file is no readable PDF, or its signature is no readable detached CMS signature. */
    UNREADABLE("unreadable"),
    /** The signed bytes no longer match the signature (the file was changed after signing). */
    ALTERED("altered"),
    /** The signature does not cover the whole file: content was added after signing. */
    NOT_WHOLE_FILE("notWholeFile"),
    /** The signer's certificate does not lead to a configured trust anchor. */
    UNTRUSTED("untrusted"),
    /** No trust anchor is configured, so no signature can be trusted. */
    NO_TRUST_ANCHORS("noTrustAnchors");

    private final String key;

    SignatureCheck(String key) {
        this.key = key;
    }

    /** The message key, e.g. {@code error.signature.altered}. */
    public String messageKey() {
        return "error.signature." + key;
    }
}
