package vn.thidua.ballot.verifier;

import static vn.thidua.ballot.verifier.JsonPaths.array;
import static vn.thidua.ballot.verifier.JsonPaths.integer;
import static vn.thidua.ballot.verifier.JsonPaths.object;
import static vn.thidua.ballot.verifier.JsonPaths.string;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.bouncycastle.math.ec.ECPoint;

/**
 * The count of a record (docs/ELECTION-RECORD.md, sections "Tally" and "Decryption"): the
 * encrypted tally against the ballots, each partial decryption's proof, the Lagrange
 * combination and the announced result.
 */
final class DecryptionChecks {

    private final RecordChecks key;
    private final ECPoint[][][] tally;
    private final Map<Integer, ECPoint[][]> factorsByHolder = new TreeMap<>();
    private final Map<Integer, BigInteger[][][]> proofsByHolder = new TreeMap<>();
    private final ECPoint[][] combined;
    private final int[][] result;

    DecryptionChecks(RecordChecks key, JsonObject record) {
        this.key = key;
        int[][] seats = key.seats;
        JsonArray t = array(record.get("encrypted_tally"), "encrypted_tally", seats.length);
        JsonArray f = array(record.get("decryption_factors"), "decryption_factors", seats.length);
        JsonArray r = array(record.get("result"), "result", seats.length);
        tally = new ECPoint[seats.length][][];
        combined = new ECPoint[seats.length][];
        result = new int[seats.length][];
        for (int s = 0; s < seats.length; s++) {
            int n = seats[s][0];
            JsonArray ts = array(t.get(s), "encrypted_tally[" + s + "]", n);
            JsonArray fs = array(f.get(s), "decryption_factors[" + s + "]", n);
            JsonArray rs = array(r.get(s), "result[" + s + "]", n);
            tally[s] = new ECPoint[n][];
            combined[s] = new ECPoint[n];
            result[s] = new int[n];
            for (int j = 0; j < n; j++) {
                String p = "encrypted_tally[" + s + "][" + j + "]";
                JsonObject c = object(ts.get(j), p, "alpha", "beta");
                tally[s][j] = new ECPoint[] {P256.point(string(c.get("alpha"), p + ".alpha"), p + ".alpha"),
                    P256.point(string(c.get("beta"), p + ".beta"), p + ".beta")};
                String fp = "decryption_factors[" + s + "][" + j + "]";
                combined[s][j] = P256.point(string(fs.get(j), fp), fp);
                result[s][j] = integer(rs.get(j), "result[" + s + "][" + j + "]");
            }
        }
        JsonArray pd = array(record.get("partial_decryptions"), "partial_decryptions");
        for (int d = 0; d < pd.size(); d++) {
            readHolder(object(pd.get(d), "partial_decryptions[" + d + "]", "holder", "factors"), d);
        }
    }

    private void readHolder(JsonObject o, int d) {
        String path = "partial_decryptions[" + d + "]";
        int holder = integer(o.get("holder"), path + ".holder");
        if (holder < 1 || holder > key.verificationKeys.size() || factorsByHolder.containsKey(holder)) {
            throw new MalformedRecordException(path + ".holder: unknown or repeated holder " + holder);
        }
        JsonArray seatsArray = array(o.get("factors"), path + ".factors", key.seats.length);
        ECPoint[][] factors = new ECPoint[key.seats.length][];
        BigInteger[][][] proofs = new BigInteger[key.seats.length][][];
        for (int s = 0; s < key.seats.length; s++) {
            JsonArray row = array(seatsArray.get(s), path + ".factors[" + s + "]", key.seats[s][0]);
            factors[s] = new ECPoint[row.size()];
            proofs[s] = new BigInteger[row.size()][];
            for (int j = 0; j < row.size(); j++) {
                String p = path + ".factors[" + s + "][" + j + "]";
                JsonObject e = object(row.get(j), p, "factor", "proof");
                factors[s][j] = P256.point(string(e.get("factor"), p + ".factor"), p + ".factor");
                JsonObject proof = object(e.get("proof"), p + ".proof", "challenge", "response");
                proofs[s][j] = new BigInteger[] {
                    P256.scalar(string(proof.get("challenge"), p + ".proof.challenge"), p + ".proof.challenge"),
                    P256.scalar(string(proof.get("response"), p + ".proof.response"), p + ".proof.response")};
            }
        }
        factorsByHolder.put(holder, factors);
        proofsByHolder.put(holder, proofs);
    }

    /** C_sj = Σ over the ballots of their ciphertext for seat s, candidate j. */
    List<String> checkTally(ECPoint[][][] sums) {
        List<String> failures = new ArrayList<>();
        for (int s = 0; s < tally.length; s++) {
            for (int j = 0; j < tally[s].length; j++) {
                if (!tally[s][j][0].equals(sums[s][j][0]) || !tally[s][j][1].equals(sums[s][j][1])) {
                    failures.add("seat " + s + ", candidate " + j
                            + ": the encrypted tally is not the sum of the ballots' ciphertexts");
                }
            }
        }
        return failures;
    }

    /**
     * Each factor F against VK_i: A = s·G + c·VK_i, B = s·α + c·F,
     * c = HashGroup("decrypt", S0|enc(VK_i)|enc(α),enc(F)|, A, B); at least k holders.
     */
    List<String> checkPartialDecryptions() {
        List<String> failures = new ArrayList<>();
        if (factorsByHolder.size() < key.threshold) {
            failures.add("only " + factorsByHolder.size() + " partial decryptions, the threshold is " + key.threshold);
        }
        for (Map.Entry<Integer, ECPoint[][]> e : factorsByHolder.entrySet()) {
            int holder = e.getKey();
            ECPoint vk = key.verificationKeys.get(holder - 1);
            for (int s = 0; s < tally.length; s++) {
                for (int j = 0; j < tally[s].length; j++) {
                    ECPoint alpha = tally[s][j][0];
                    ECPoint factor = e.getValue()[s][j];
                    BigInteger c = proofsByHolder.get(holder)[s][j][0];
                    BigInteger r = proofsByHolder.get(holder)[s][j][1];
                    ECPoint a = P256.mul2(P256.G, r, vk, c);
                    ECPoint b = P256.mul2(alpha, r, factor, c);
                    String message = key.context + "|" + P256.enc(vk) + "|" + P256.enc(alpha) + ","
                            + P256.enc(factor) + "|";
                    if (!P256.hashGroup("decrypt", message, a, b).equals(c)) {
                        failures.add("holder " + holder + ", seat " + s + ", candidate " + j
                                + ": the proof of partial decryption fails");
                    }
                }
            }
        }
        return failures;
    }

    /** F_sj = Σ_i λ_i·F_isj over the holders listed, λ_i their Lagrange coefficients at 0. */
    List<String> checkCombination() {
        List<String> failures = new ArrayList<>();
        for (int s = 0; s < tally.length; s++) {
            for (int j = 0; j < tally[s].length; j++) {
                ECPoint sum = P256.O;
                for (Map.Entry<Integer, ECPoint[][]> e : factorsByHolder.entrySet()) {
                    BigInteger lambda = P256.lagrange(factorsByHolder.keySet(), e.getKey());
                    sum = sum.add(P256.mul(e.getValue()[s][j], lambda));
                }
                if (!sum.normalize().equals(combined[s][j])) {
                    failures.add("seat " + s + ", candidate " + j
                            + ": the decryption factor is not the Lagrange combination of the partial decryptions");
                }
            }
        }
        return failures;
    }

    /** result_sj in [0, ballots] and β(C_sj) − F_sj = result_sj·G. */
    List<String> checkResult(int ballots) {
        List<String> failures = new ArrayList<>();
        for (int s = 0; s < tally.length; s++) {
            for (int j = 0; j < tally[s].length; j++) {
                ECPoint m = tally[s][j][1].subtract(combined[s][j]).normalize();
                int announced = result[s][j];
                if (announced < 0 || announced > ballots || !m.equals(P256.mulG(announced))) {
                    failures.add("seat " + s + ", candidate " + j + ": the result announces " + announced
                            + " votes but the decryption gives " + smallLog(m, ballots));
                }
            }
        }
        return failures;
    }

    private static String smallLog(ECPoint m, int max) {
        ECPoint p = P256.O;
        for (int v = 0; v <= max; v++) {
            if (p.normalize().equals(m)) {
                return String.valueOf(v);
            }
            p = p.add(P256.G);
        }
        return "no count in [0, " + max + "]";
    }
}
