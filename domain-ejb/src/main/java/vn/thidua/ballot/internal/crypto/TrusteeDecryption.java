package vn.thidua.ballot.internal.crypto;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * A share holder's partial decryption of the whole encrypted tally: one
 * {@link PartialDecryption} per seat and candidate (Belenios "partial_decryption",
 * {@code decryption_factors} with {@code decryption_proofs}).
 */
public record TrusteeDecryption(int holder, List<List<PartialDecryption>> factors) {

    public TrusteeDecryption {
        List<List<PartialDecryption>> copy = new ArrayList<>();
        for (List<PartialDecryption> seat : factors) {
            for (PartialDecryption d : seat) {
                if (d.holder() != holder) {
                    throw new IllegalArgumentException("a factor of another holder");
                }
            }
            copy.add(List.copyOf(seat));
        }
        factors = List.copyOf(copy);
    }

    /** Holder {@code share.index()} decrypts every per-candidate sum partially, with proofs. */
    public static TrusteeDecryption compute(String electionId, ThresholdKey key, Share share,
            List<List<Ciphertext>> encryptedTally, SecureRandom random) {
        List<List<PartialDecryption>> factors = new ArrayList<>();
        for (List<Ciphertext> seat : encryptedTally) {
            List<PartialDecryption> row = new ArrayList<>();
            for (Ciphertext c : seat) {
                row.add(PartialDecryption.of(electionId, key, share, c, random));
            }
            factors.add(row);
        }
        return new TrusteeDecryption(share.index(), factors);
    }

    /** Checks the shape and every proof against the holder's verification key. */
    public Verdict verify(String electionId, ThresholdKey key, List<List<Ciphertext>> encryptedTally) {
        if (holder < 1 || holder > key.holders()) {
            return Verdict.failed("no share holder " + holder);
        }
        if (factors.size() != encryptedTally.size()) {
            return Verdict.failed("holder " + holder + ": wrong number of seats");
        }
        for (int s = 0; s < factors.size(); s++) {
            if (factors.get(s).size() != encryptedTally.get(s).size()) {
                return Verdict.failed("holder " + holder + ", seat " + s + ": wrong number of candidates");
            }
            for (int j = 0; j < factors.get(s).size(); j++) {
                if (!factors.get(s).get(j).verify(electionId, key, encryptedTally.get(s).get(j))) {
                    return Verdict.failed("holder " + holder + ", seat " + s + ", candidate " + j
                            + ": the proof of partial decryption fails");
                }
            }
        }
        return Verdict.ok();
    }
}
