package vn.thidua.ballot.verifier;

import static vn.thidua.ballot.verifier.JsonPaths.array;
import static vn.thidua.ballot.verifier.JsonPaths.integer;
import static vn.thidua.ballot.verifier.JsonPaths.object;
import static vn.thidua.ballot.verifier.JsonPaths.string;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.bouncycastle.math.ec.ECPoint;

/**
 * The key and the ballots of a record, read and checked from the documented format
 * (docs/ELECTION-RECORD.md, sections "Key" and "Ballot"). The tally and the decryption are
 * checked by {@link DecryptionChecks}.
 */
final class RecordChecks {

    static final String FORMAT = "thidua-election-record-v1";
    static final String[] KEYS = {"format", "group", "election", "seats", "public_key", "threshold",
        "coefficient_commitments", "verification_keys", "ballots", "encrypted_tally", "partial_decryptions",
        "decryption_factors", "result"};
    private static final Pattern ELECTION = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Pattern TRACKER = Pattern.compile("[0-9a-f]{64}");

    final String election;
    final int[][] seats;
    final ECPoint publicKey;
    final String context;
    final int threshold;
    final List<ECPoint> commitments = new ArrayList<>();
    final List<ECPoint> verificationKeys = new ArrayList<>();
    final JsonArray ballots;

    /** Reads the header, the seats and the key; throws MalformedRecordException on any deviation. */
    RecordChecks(JsonObject record) {
        object(record, "record", KEYS);
        if (!FORMAT.equals(string(record.get("format"), "format"))) {
            throw new MalformedRecordException("format: expected " + FORMAT);
        }
        if (!"P-256".equals(string(record.get("group"), "group"))) {
            throw new MalformedRecordException("group: expected P-256");
        }
        election = string(record.get("election"), "election");
        if (!ELECTION.matcher(election).matches()) {
            throw new MalformedRecordException("election: not a valid election id");
        }
        JsonArray seatArray = array(record.get("seats"), "seats");
        seats = new int[seatArray.size()][];
        for (int s = 0; s < seats.length; s++) {
            JsonObject seat = object(seatArray.get(s), "seats[" + s + "]", "candidates", "min", "max");
            int candidates = integer(seat.get("candidates"), "seats[" + s + "].candidates");
            int min = integer(seat.get("min"), "seats[" + s + "].min");
            int max = integer(seat.get("max"), "seats[" + s + "].max");
            if (candidates < 1 || min < 0 || max < min || max > candidates) {
                throw new MalformedRecordException("seats[" + s + "]: need 0 <= min <= max <= candidates");
            }
            seats[s] = new int[] {candidates, min, max};
        }
        String keyHex = string(record.get("public_key"), "public_key");
        publicKey = P256.point(keyHex, "public_key");
        context = election + "|" + keyHex;
        threshold = integer(record.get("threshold"), "threshold");
        JsonArray c = array(record.get("coefficient_commitments"), "coefficient_commitments");
        for (int j = 0; j < c.size(); j++) {
            String path = "coefficient_commitments[" + j + "]";
            commitments.add(P256.point(string(c.get(j), path), path));
        }
        JsonArray vk = array(record.get("verification_keys"), "verification_keys");
        for (int i = 0; i < vk.size(); i++) {
            String path = "verification_keys[" + i + "]";
            verificationKeys.add(P256.point(string(vk.get(i), path), path));
        }
        ballots = array(record.get("ballots"), "ballots");
    }

    /** Feldman: C_0 = Y ≠ O, k commitments, 1 <= k <= n, VK_i = Σ_j i^j·C_j ≠ O for every holder i. */
    String checkKey() {
        int n = verificationKeys.size();
        if (threshold < 1 || threshold > n || commitments.size() != threshold) {
            return "need 1 <= threshold <= holders and exactly threshold coefficient commitments";
        }
        if (publicKey.isInfinity() || !publicKey.equals(commitments.get(0))) {
            return "the first coefficient commitment is not the public key (or the key is the identity)";
        }
        for (int i = 1; i <= n; i++) {
            ECPoint expected = P256.O;
            BigInteger power = BigInteger.ONE;
            for (ECPoint cj : commitments) {
                expected = expected.add(P256.mul(cj, power));
                power = power.multiply(BigInteger.valueOf(i)).mod(P256.Q);
            }
            ECPoint vk = verificationKeys.get(i - 1);
            if (vk.isInfinity() || !expected.normalize().equals(vk)) {
                return "the verification key of holder " + i + " does not match the coefficient commitments";
            }
        }
        return null;
    }

    /** One ballot as read from the record: its tracker, ciphertexts per seat and what failed (empty: valid). */
    record Ballot(String tracker, List<List<ECPoint[]>> choices, List<String> failures) {
    }

    /**
     * Reads ballot b strictly, rebuilds its canonical text for the tracker and checks every
     * proof. Returns the ciphertexts for the tally and what failed (nothing when valid).
     */
    Ballot checkBallot(JsonObject entry, int b) {
        String path = "ballots[" + b + "]";
        object(entry, path, "tracker", "ballot");
        String tracker = string(entry.get("tracker"), path + ".tracker");
        if (!TRACKER.matcher(tracker).matches()) {
            throw new MalformedRecordException(path + ".tracker: expected 64 lowercase hex digits");
        }
        JsonObject ballot = object(entry.get("ballot"), path + ".ballot", "election", "answers");
        String ballotElection = string(ballot.get("election"), path + ".ballot.election");
        if (!ELECTION.matcher(ballotElection).matches()) {
            throw new MalformedRecordException(path + ".ballot.election: not a valid election id");
        }
        JsonArray answers = array(ballot.get("answers"), path + ".ballot.answers", seats.length);
        StringBuilder canonical = new StringBuilder("{\"election\":\"").append(ballotElection)
                .append("\",\"answers\":[");
        List<List<ECPoint[]>> choices = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (int s = 0; s < seats.length; s++) {
            String apath = path + ".ballot.answers[" + s + "]";
            JsonObject answer = object(answers.get(s), apath, "choices", "individual_proofs", "overall_proof");
            int candidates = seats[s][0];
            JsonArray cts = array(answer.get("choices"), apath + ".choices", candidates);
            JsonArray individual = array(answer.get("individual_proofs"), apath + ".individual_proofs", candidates);
            JsonArray overall = array(answer.get("overall_proof"), apath + ".overall_proof",
                    seats[s][2] - seats[s][1] + 1);
            canonical.append(s == 0 ? "" : ",").append("{\"choices\":[");
            List<ECPoint[]> seatChoices = new ArrayList<>();
            StringBuilder statement = new StringBuilder(context).append('|');
            for (int j = 0; j < candidates; j++) {
                JsonObject ct = object(cts.get(j), apath + ".choices[" + j + "]", "alpha", "beta");
                String cpath = apath + ".choices[" + j + "]";
                String alpha = string(ct.get("alpha"), cpath + ".alpha");
                String beta = string(ct.get("beta"), cpath + ".beta");
                seatChoices.add(new ECPoint[] {P256.point(alpha, cpath + ".alpha"), P256.point(beta, cpath + ".beta")});
                canonical.append(j == 0 ? "" : ",").append("{\"alpha\":\"").append(alpha).append("\",\"beta\":\"")
                        .append(beta).append("\"}");
                statement.append(j == 0 ? "" : ",").append(alpha).append(',').append(beta);
            }
            canonical.append("],\"individual_proofs\":[");
            for (int j = 0; j < candidates; j++) {
                BigInteger[][] proof = proofs(array(individual.get(j), apath + ".individual_proofs[" + j + "]", 2),
                        apath + ".individual_proofs[" + j + "]", canonical.append(j == 0 ? "" : ","));
                if (!intervalProof(context, seatChoices.get(j), 0, 1, proof)) {
                    failures.add("seat " + s + ", candidate " + j + ": the proof that the mark is 0 or 1 fails");
                }
            }
            canonical.append("],\"overall_proof\":");
            BigInteger[][] proof = proofs(overall, apath + ".overall_proof", canonical);
            canonical.append('}');
            ECPoint[] sum = {P256.O, P256.O};
            for (ECPoint[] c : seatChoices) {
                sum = new ECPoint[] {sum[0].add(c[0]), sum[1].add(c[1])};
            }
            if (!intervalProof(statement.toString(), sum, seats[s][1], seats[s][2], proof)) {
                failures.add("seat " + s + ": the proof that the marks add up to between " + seats[s][1] + " and "
                        + seats[s][2] + " fails");
            }
            choices.add(seatChoices);
        }
        canonical.append("]}");
        String recomputed = P256.sha256Hex(canonical.toString());
        if (!recomputed.equals(tracker)) {
            failures.add(0, "the tracker does not match the ballot (SHA-256 of its canonical form is "
                    + recomputed + ")");
        }
        if (!ballotElection.equals(election)) {
            failures.add(0, "a ballot of another election: " + ballotElection);
        }
        return new Ballot(tracker, choices, List.copyOf(failures));
    }

    /** Reads a list of {challenge, response} and appends its canonical text. */
    private static BigInteger[][] proofs(JsonArray array, String path, StringBuilder canonical) {
        BigInteger[][] proofs = new BigInteger[array.size()][];
        canonical.append('[');
        for (int k = 0; k < array.size(); k++) {
            JsonObject p = object(array.get(k), path + "[" + k + "]", "challenge", "response");
            String c = string(p.get("challenge"), path + "[" + k + "].challenge");
            String r = string(p.get("response"), path + "[" + k + "].response");
            proofs[k] = new BigInteger[] {P256.scalar(c, path + "[" + k + "].challenge"),
                P256.scalar(r, path + "[" + k + "].response")};
            canonical.append(k == 0 ? "" : ",").append("{\"challenge\":\"").append(c).append("\",\"response\":\"")
                    .append(r).append("\"}");
        }
        canonical.append(']');
        return proofs;
    }

    /**
     * The interval proof: A_j = s_j·G + c_j·α, B_j = s_j·Y + c_j·(β − (min+j)·G), and
     * Σ c_j = HashGroup("prove", S|enc(α),enc(β)|min,max|, A_0, B_0, …) mod q.
     */
    boolean intervalProof(String statement, ECPoint[] ct, int min, int max, BigInteger[][] proof) {
        ECPoint[] commitments = new ECPoint[2 * proof.length];
        BigInteger sum = BigInteger.ZERO;
        for (int j = 0; j < proof.length; j++) {
            BigInteger c = proof[j][0];
            BigInteger s = proof[j][1];
            commitments[2 * j] = P256.mul2(P256.G, s, ct[0], c);
            commitments[2 * j + 1] = P256.mul2(publicKey, s, ct[1].subtract(P256.mulG(min + j)).normalize(), c);
            sum = sum.add(c);
        }
        String message = statement + "|" + P256.enc(ct[0]) + "," + P256.enc(ct[1]) + "|" + min + "," + max + "|";
        return P256.hashGroup("prove", message, commitments).equals(sum.mod(P256.Q));
    }
}
