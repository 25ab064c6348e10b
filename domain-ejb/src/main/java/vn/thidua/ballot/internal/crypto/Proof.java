package vn.thidua.ballot.internal.crypto;

import java.math.BigInteger;
import java.util.Objects;

/**
 * One Chaum–Pedersen proof in Belenios' compact form (specification, "Common structures":
 * {@code proof = {challenge, response}}): the commitments are not stored, the verifier
 * recomputes them from challenge and response and checks the hash. Responses follow
 * Belenios' sign convention, response = w − x·challenge (mod q).
 */
public record Proof(BigInteger challenge, BigInteger response) {

    public Proof {
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(response, "response");
        if (challenge.signum() < 0 || challenge.compareTo(Group.Q) >= 0
                || response.signum() < 0 || response.compareTo(Group.Q) >= 0) {
            throw new IllegalArgumentException("challenge and response must lie in [0, q)");
        }
    }
}
