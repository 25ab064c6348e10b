package vn.thidua.ballot.internal.crypto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

import org.bouncycastle.math.ec.ECPoint;

/**
 * Homomorphic counting (Belenios specification, "Encrypted tally" and "Election result"):
 * the ciphertexts of each candidate are summed over all ballots, and only these sums are
 * decrypted, by at least k share holders, each proving its factor:
 *
 * <pre>
 *   C_sj  = Σ_b c_bsj                       encrypted tally, seat s, candidate j
 *   F_sj  = Σ_{i in I} λ_i^I·F_isj           I: holders with valid proofs, |I| ≥ k
 *   votes = log_G(β(C_sj) − F_sj)            in [0, number of ballots]
 * </pre>
 *
 * No single ballot is ever decrypted, and fewer than k holders decrypt nothing.
 */
public final class Tally {

    private static final Logger LOG = Logger.getLogger(Tally.class.getName());

    private Tally() {
    }

    /** The outcome of a count: the decryptions used, the combined factors and the votes. */
    public record Count(List<TrusteeDecryption> decryptions, List<List<ECPoint>> factors, List<List<Integer>> votes) {

        public Count {
            decryptions = List.copyOf(decryptions);
            factors = factors.stream().map(List::copyOf).toList();
            votes = votes.stream().map(List::copyOf).toList();
        }
    }

    /** The per-candidate sums of the ballots' ciphertexts (ballots already verified). */
    public static List<List<Ciphertext>> encryptedTally(List<SeatRule> seats, List<EncryptedBallot> ballots) {
        // the sums stay in projective coordinates while they grow: one normalisation per
        // candidate at the end instead of one field inversion per ballot and candidate
        List<ECPoint[]> alphas = new ArrayList<>();
        List<ECPoint[]> betas = new ArrayList<>();
        for (SeatRule seat : seats) {
            ECPoint[] a = new ECPoint[seat.candidates()];
            ECPoint[] b = new ECPoint[seat.candidates()];
            Arrays.fill(a, Group.IDENTITY);
            Arrays.fill(b, Group.IDENTITY);
            alphas.add(a);
            betas.add(b);
        }
        for (EncryptedBallot ballot : ballots) {
            if (ballot.answers().size() != seats.size()) {
                throw new IllegalArgumentException("a ballot of another shape");
            }
            for (int s = 0; s < seats.size(); s++) {
                List<Ciphertext> choices = ballot.answers().get(s).choices();
                ECPoint[] a = alphas.get(s);
                ECPoint[] b = betas.get(s);
                if (choices.size() != a.length) {
                    throw new IllegalArgumentException("a ballot of another shape");
                }
                for (int j = 0; j < a.length; j++) {
                    a[j] = a[j].add(choices.get(j).alpha());
                    b[j] = b[j].add(choices.get(j).beta());
                }
            }
        }
        List<List<Ciphertext>> sums = new ArrayList<>();
        for (int s = 0; s < seats.size(); s++) {
            List<Ciphertext> row = new ArrayList<>();
            for (int j = 0; j < alphas.get(s).length; j++) {
                row.add(new Ciphertext(alphas.get(s)[j], betas.get(s)[j]));
            }
            sums.add(row);
        }
        return sums;
    }

    /**
     * Decrypts the encrypted tally from the holders' partial decryptions. Decryptions whose
     * proofs fail are left out (and logged by holder number); all valid ones are combined.
     *
     * @param ballots the number of ballots counted: the largest possible count
     * @throws IllegalStateException with fewer than k valid decryptions
     */
    public static Count decrypt(String electionId, ThresholdKey key, List<List<Ciphertext>> encryptedTally,
            List<TrusteeDecryption> decryptions, int ballots) {
        Map<Integer, TrusteeDecryption> valid = new TreeMap<>();
        for (TrusteeDecryption d : decryptions) {
            Verdict v = d.verify(electionId, key, encryptedTally);
            if (v.valid()) {
                valid.putIfAbsent(d.holder(), d);
            } else {
                LOG.warning(() -> "partial decryption rejected: " + v.reason());
            }
        }
        if (valid.size() < key.threshold()) {
            throw new IllegalStateException("need " + key.threshold() + " valid partial decryptions, have "
                    + valid.size());
        }
        List<List<ECPoint>> factors = new ArrayList<>();
        List<List<Integer>> votes = new ArrayList<>();
        for (int s = 0; s < encryptedTally.size(); s++) {
            List<ECPoint> factorRow = new ArrayList<>();
            List<Integer> voteRow = new ArrayList<>();
            for (int j = 0; j < encryptedTally.get(s).size(); j++) {
                Map<Integer, ECPoint> byHolder = new LinkedHashMap<>();
                for (TrusteeDecryption d : valid.values()) {
                    byHolder.put(d.holder(), d.factors().get(s).get(j).factor());
                }
                ECPoint combined = ElGamal.combine(byHolder);
                factorRow.add(combined);
                voteRow.add(ElGamal.decrypt(encryptedTally.get(s).get(j), combined, ballots));
            }
            factors.add(factorRow);
            votes.add(voteRow);
        }
        return new Count(new ArrayList<>(valid.values()), factors, votes);
    }
}
