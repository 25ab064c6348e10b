package vn.thidua.file.service;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A verified PDF signature: the signer's name (the common name of the certificate's subject),
 * the issuer's common name and the signing time the signature claims (its signed attribute,
 * else the PDF's /M entry), in the server's time zone.
 */
public record PdfSignature(String signerName, String issuerName, LocalDateTime signedAt) implements Serializable {
}
