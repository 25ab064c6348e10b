package vn.thidua.registry.service;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A decision just entered: its id and the verified signature of its PDF (the signer's name
 * from the certificate and the signing time; both null when no PDF was given).
 */
public record DecisionRecord(Long id, String signedBy, LocalDateTime signedAt) implements Serializable {
}
