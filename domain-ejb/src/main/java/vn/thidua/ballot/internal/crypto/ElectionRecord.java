package vn.thidua.ballot.internal.crypto;

import java.io.Writer;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.spi.JsonProvider;

import org.bouncycastle.math.ec.ECPoint;

/**
 * The public record of one electronic ballot, everything an independent verifier needs
 * (docs/ELECTION-RECORD.md; the Helios and Belenios "bulletin board" in one document):
 * the key with its commitments and verification keys, every ballot with its tracker, the
 * encrypted tally, the partial decryptions with proofs, the combined factors and the
 * result. Ballots are listed in tracker order, never in the order they were cast.
 */
public record ElectionRecord(String electionId, List<SeatRule> seats, ThresholdKey key,
        List<EncryptedBallot> ballots, List<List<Ciphertext>> encryptedTally, Tally.Count count) {

    /** Looked up once: {@code Json.createX} searches the service providers on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** The value of the record's {@code format} field. */
    public static final String FORMAT = "thidua-election-record-v1";

    public ElectionRecord {
        ElectionId.check(electionId);
        seats = List.copyOf(seats);
        // each tracker hashes the ballot's canonical JSON: computed once per ballot (on every core), not per comparison
        ballots = ballots.parallelStream().map(b -> Map.entry(b.tracker(), b)).sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue).toList();
        encryptedTally = encryptedTally.stream().map(List::copyOf).toList();
    }

    /** Counts verified ballots from the holders' partial decryptions and assembles the record. */
    public static ElectionRecord count(String electionId, List<SeatRule> seats, ThresholdKey key,
            List<EncryptedBallot> ballots, List<TrusteeDecryption> decryptions) {
        List<List<Ciphertext>> tally = Tally.encryptedTally(seats, ballots);
        Tally.Count count = Tally.decrypt(electionId, key, tally, decryptions, ballots.size());
        return new ElectionRecord(electionId, seats, key, ballots, tally, count);
    }

    /** The record as JSON (field order as documented). */
    public JsonObject toJson() {
        JsonArrayBuilder seatArray = JSON.createArrayBuilder();
        for (SeatRule s : seats) {
            seatArray.add(JSON.createObjectBuilder().add("candidates", s.candidates()).add("min", s.min())
                    .add("max", s.max()));
        }
        JsonArrayBuilder ballotArray = JSON.createArrayBuilder();
        // the canonical texts are written on every core; the JSON tree is built in order
        for (String canonical : ballots.parallelStream().map(BallotJson::canonical).toList()) {
            ballotArray.add(JSON.createObjectBuilder().add("tracker", Tracker.sha256Hex(canonical))
                    .add("ballot", BallotJson.parse(canonical)));
        }
        JsonArrayBuilder decryptions = JSON.createArrayBuilder();
        for (TrusteeDecryption d : count.decryptions()) {
            JsonArrayBuilder seatsOfFactors = JSON.createArrayBuilder();
            for (List<PartialDecryption> row : d.factors()) {
                JsonArrayBuilder r = JSON.createArrayBuilder();
                for (PartialDecryption p : row) {
                    r.add(JSON.createObjectBuilder().add("factor", Group.encode(p.factor())).add("proof",
                            JSON.createObjectBuilder().add("challenge", Group.encode(p.proof().challenge()))
                                    .add("response", Group.encode(p.proof().response()))));
                }
                seatsOfFactors.add(r);
            }
            decryptions.add(JSON.createObjectBuilder().add("holder", d.holder()).add("factors", seatsOfFactors));
        }
        JsonArrayBuilder tally = JSON.createArrayBuilder();
        for (List<Ciphertext> row : encryptedTally) {
            JsonArrayBuilder r = JSON.createArrayBuilder();
            row.forEach(c -> r.add(JSON.createObjectBuilder().add("alpha", Group.encode(c.alpha()))
                    .add("beta", Group.encode(c.beta()))));
            tally.add(r);
        }
        JsonArrayBuilder factors = JSON.createArrayBuilder();
        count.factors().forEach(row -> factors.add(points(row)));
        JsonArrayBuilder result = JSON.createArrayBuilder();
        count.votes().forEach(row -> {
            JsonArrayBuilder r = JSON.createArrayBuilder();
            row.forEach(r::add);
            result.add(r);
        });
        JsonObjectBuilder record = JSON.createObjectBuilder()
                .add("format", FORMAT)
                .add("group", Group.NAME)
                .add("election", electionId)
                .add("seats", seatArray)
                .add("public_key", Group.encode(key.publicKey()))
                .add("threshold", key.threshold())
                .add("coefficient_commitments", points(key.commitments()))
                .add("verification_keys", points(key.verificationKeys()))
                .add("ballots", ballotArray)
                .add("encrypted_tally", tally)
                .add("partial_decryptions", decryptions)
                .add("decryption_factors", factors)
                .add("result", result);
        return record.build();
    }

    /** Writes {@link #toJson()}, indented, and closes {@code out}. */
    public void write(Writer out) {
        try (JsonWriter writer = JSON.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
            writer.writeObject(toJson());
        }
    }

    private static JsonArrayBuilder points(List<ECPoint> points) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        points.forEach(p -> array.add(Group.encode(p)));
        return array;
    }
}
