package vn.thidua.ballot.internal;

import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import org.bouncycastle.math.ec.ECPoint;

import vn.thidua.ballot.entity.Seat;
import vn.thidua.ballot.internal.crypto.BallotJson;
import vn.thidua.ballot.internal.crypto.Ciphertext;
import vn.thidua.ballot.internal.crypto.EncryptedBallot;
import vn.thidua.ballot.internal.crypto.Group;
import vn.thidua.ballot.internal.crypto.PartialDecryption;
import vn.thidua.ballot.internal.crypto.Proof;
import vn.thidua.ballot.internal.crypto.SeatRule;
import vn.thidua.ballot.internal.crypto.ThresholdKey;
import vn.thidua.ballot.internal.crypto.TrusteeDecryption;
import vn.thidua.ballot.internal.crypto.Verdict;
import vn.thidua.shared.InvalidInputException;

/**
 * What the ballot services need of the cryptography ({@link vn.thidua.ballot.internal.crypto}):
 * the layout of a ballot paper as seats and candidates in a fixed order, dealing a key,
 * encrypting a voter's choices (the only place plaintext choices meet the key, in memory,
 * never stored or logged), checking an encrypted ballot with refusals named by message
 * keys, and the JSON of the stored public data (points, partial decryptions).
 *
 * <p>The order is part of the election: seats with at least one candidate in the order of
 * {@link Seat}, each seat's candidates by id (their order of creation).
 */
public final class ElectionCrypto {

    /** Looked up once: {@code Json.createX} searches the service providers on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Logger LOG = Logger.getLogger(ElectionCrypto.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Pattern MARK_FAILS = Pattern.compile("seat (\\d+), candidate (\\d+): .*");
    private static final Pattern SUM_FAILS = Pattern.compile("seat (\\d+): the proof that the marks add up .*");

    private ElectionCrypto() {
    }

    /** The seats of a ballot paper that have candidates, each with its quota and candidate ids, in order. */
    public record Layout(List<Seat> seats, List<Integer> quotas, List<List<Long>> candidates) {

        public Layout {
            seats = List.copyOf(seats);
            quotas = List.copyOf(quotas);
            candidates = candidates.stream().map(List::copyOf).toList();
        }

        /** The rule of each seat: its candidates may be marked 0 or 1, at most the quota in all. */
        public List<SeatRule> rules() {
            List<SeatRule> rules = new ArrayList<>();
            for (int s = 0; s < seats.size(); s++) {
                rules.add(SeatRule.ofQuota(candidates.get(s).size(), quotas.get(s)));
            }
            return rules;
        }
    }

    /** The layout from rows of (seat, quota, candidate id or null), as {@code BallotSeat.MARKABLE} reads them. */
    public static Layout layout(List<Object[]> markable) {
        Map<Seat, Integer> quotas = new EnumMap<>(Seat.class);
        Map<Seat, Set<Long>> candidates = new EnumMap<>(Seat.class);
        for (Object[] row : markable) {
            Seat seat = (Seat) row[0];
            quotas.put(seat, ((Number) row[1]).intValue());
            if (row[2] != null) {
                candidates.computeIfAbsent(seat, s -> new TreeSet<>()).add(((Number) row[2]).longValue());
            }
        }
        List<Seat> seats = new ArrayList<>();
        List<Integer> quotaList = new ArrayList<>();
        List<List<Long>> candidateList = new ArrayList<>();
        for (Map.Entry<Seat, Set<Long>> e : candidates.entrySet()) {
            seats.add(e.getKey());
            quotaList.add(quotas.get(e.getKey()));
            candidateList.add(new ArrayList<>(e.getValue()));
        }
        return new Layout(seats, quotaList, candidateList);
    }

    // ---- the key ----

    /** A fresh election id for a ballot's key: the ballot's id and a random UUID. */
    public static String newElectionId(Long ballotId) {
        return "ballot-" + ballotId + "-" + UUID.randomUUID();
    }

    /** Deals a k-of-n key; the caller hands the shares out once and keeps none. */
    public static ThresholdKey.Dealing deal(int k, int n) {
        long cpu = cpuNanos();
        ThresholdKey.Dealing dealing = ThresholdKey.generate(k, n, RANDOM);
        long spent = cpuNanos() - cpu;
        LOG.fine(() -> String.format("key dealt %d of %d: %.2f ms CPU", k, n, spent / 1e6));
        return dealing;
    }

    /** The stored key: public key, k, commitments and the committee's verification keys (checked by Feldman). */
    public static ThresholdKey key(ElectionTables.Election election, List<ElectionTables.Member> committee) {
        List<ECPoint> keys = committee.stream().map(m -> Group.decode(m.verificationKey())).toList();
        ThresholdKey key = new ThresholdKey(Group.decode(election.publicKey()), election.threshold(),
                points(election.commitments()), keys);
        if (!key.isConsistent()) {
            throw new IllegalStateException("the stored key of election " + election.electionId() + " is inconsistent");
        }
        return key;
    }

    /** Points joined by commas. */
    public static String points(List<ECPoint> points) {
        return String.join(",", points.stream().map(Group::encode).toList());
    }

    /** Reads {@link #points(List)}. */
    public static List<ECPoint> points(String text) {
        return Arrays.stream(text.split(",")).map(Group::decode).toList();
    }

    // ---- casting ----

    /**
     * The server-side encryption of a voter's choices (already checked against the seats'
     * rules): seat kind → candidate ids marked. Logs the CPU time at FINE, never the choices.
     */
    public static EncryptedBallot encrypt(ECPoint publicKey, String electionId, Layout layout,
                                          Map<Seat, List<Long>> choices) {
        List<Set<Integer>> marks = new ArrayList<>();
        for (int s = 0; s < layout.seats().size(); s++) {
            List<Long> ids = layout.candidates().get(s);
            Set<Integer> marked = new HashSet<>();
            for (Long id : choices.getOrDefault(layout.seats().get(s), List.of())) {
                marked.add(ids.indexOf(id));
            }
            marks.add(marked);
        }
        long cpu = cpuNanos();
        EncryptedBallot ballot = EncryptedBallot.create(publicKey, electionId, layout.rules(), marks, RANDOM);
        long spent = cpuNanos() - cpu;
        int ciphertexts = layout.candidates().stream().mapToInt(List::size).sum();
        LOG.fine(() -> String.format("encrypted vote: %d ciphertexts with proofs, %.2f ms CPU", ciphertexts, spent / 1e6));
        return ballot;
    }

    /**
     * Reads an encrypted ballot sent by a client (canonical JSON, strictly).
     *
     * @throws InvalidInputException {@code error.ballot.malformedBallot}
     */
    public static EncryptedBallot parse(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json == null ? "" : json))) {
            return BallotJson.fromJson(reader.readObject());
        } catch (JsonException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInputException("error.ballot.malformedBallot");
        }
    }

    /**
     * Checks every proof of an encrypted ballot against the election; a refusal names what
     * failed (seats and candidates numbered from 1 in the layout's order).
     */
    public static void requireValid(EncryptedBallot ballot, ECPoint publicKey, String electionId, Layout layout) {
        long cpu = cpuNanos();
        Verdict v = ballot.verify(publicKey, electionId, layout.rules());
        long spent = cpuNanos() - cpu;
        LOG.fine(() -> String.format("encrypted vote verified: %.2f ms CPU", spent / 1e6));
        if (v.valid()) {
            return;
        }
        LOG.fine(() -> "encrypted ballot refused: " + v.reason());
        if (!ballot.electionId().equals(electionId)) {
            throw new InvalidInputException("error.ballot.otherElection");
        }
        Matcher mark = MARK_FAILS.matcher(v.reason());
        if (mark.matches() && v.reason().contains("0 or 1")) {
            throw new InvalidInputException("error.ballot.markNotZeroOrOne", Integer.parseInt(mark.group(1)) + 1,
                    Integer.parseInt(mark.group(2)) + 1);
        }
        Matcher sum = SUM_FAILS.matcher(v.reason());
        if (sum.matches()) {
            int s = Integer.parseInt(sum.group(1));
            throw new InvalidInputException("error.ballot.overallProof", s + 1, layout.rules().get(s).max());
        }
        throw new InvalidInputException("error.ballot.wrongShape");
    }

    /** The first point of every ciphertext of a ballot (each is random: a repeat means a copy). */
    public static List<String> alphas(EncryptedBallot ballot) {
        List<String> alphas = new ArrayList<>();
        ballot.answers().forEach(a -> a.choices().forEach(c -> alphas.add(Group.encode(c.alpha()))));
        return alphas;
    }

    // ---- counting ----

    /** Reads stored ballots (verified when cast). */
    public static List<EncryptedBallot> ballots(List<String> canonicalJson) {
        // each ballot is parsed on its own (decompressing and checking its points is most of
        // the work), so the ballots are read on every core; the order is kept
        return canonicalJson.parallelStream().map(json -> {
            try (JsonReader reader = JSON.createReader(new StringReader(json))) {
                return BallotJson.fromJson(reader.readObject());
            }
        }).toList();
    }

    /** A member's partial decryption as stored: per seat, per candidate {factor, proof{challenge, response}}. */
    public static String decryptionJson(TrusteeDecryption decryption) {
        JsonArrayBuilder seats = JSON.createArrayBuilder();
        for (List<PartialDecryption> row : decryption.factors()) {
            JsonArrayBuilder r = JSON.createArrayBuilder();
            for (PartialDecryption p : row) {
                r.add(JSON.createObjectBuilder().add("factor", Group.encode(p.factor())).add("proof",
                        JSON.createObjectBuilder().add("challenge", Group.encode(p.proof().challenge()))
                                .add("response", Group.encode(p.proof().response()))));
            }
            seats.add(r);
        }
        return seats.build().toString();
    }

    /** Reads {@link #decryptionJson(TrusteeDecryption)} of holder {@code holder}. */
    public static TrusteeDecryption decryption(int holder, String json) {
        List<List<PartialDecryption>> factors = new ArrayList<>();
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            for (JsonValue seat : reader.readArray()) {
                List<PartialDecryption> row = new ArrayList<>();
                for (JsonValue value : seat.asJsonArray()) {
                    JsonObject o = value.asJsonObject();
                    JsonObject proof = o.getJsonObject("proof");
                    row.add(new PartialDecryption(holder, Group.decode(o.getString("factor")),
                            new Proof(Group.decodeScalar(proof.getString("challenge")),
                                    Group.decodeScalar(proof.getString("response")))));
                }
                factors.add(row);
            }
        }
        return new TrusteeDecryption(holder, factors);
    }

    /** A member's partial decryption of the encrypted tally with its share, timed at FINE. */
    public static TrusteeDecryption partialDecryption(String electionId, ThresholdKey key,
                                                      vn.thidua.ballot.internal.crypto.Share share,
                                                      List<List<Ciphertext>> encryptedTally) {
        long cpu = cpuNanos();
        TrusteeDecryption d = TrusteeDecryption.compute(electionId, key, share, encryptedTally, RANDOM);
        long spent = cpuNanos() - cpu;
        LOG.fine(() -> String.format("partial decryption of holder %d: %.2f ms CPU", share.index(), spent / 1e6));
        return d;
    }

    private static long cpuNanos() {
        try {
            return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
        } catch (UnsupportedOperationException e) {
            LOG.log(Level.FINEST, "no thread CPU time", e);
            return System.nanoTime();
        }
    }
}
