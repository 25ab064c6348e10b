package vn.thidua.ballot.internal.crypto;

import java.io.Writer;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

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

    /** The value of the record's {@code format} field. */
    public static final String FORMAT = "thidua-election-record-v1";

    public ElectionRecord {
        ElectionId.check(electionId);
        seats = List.copyOf(seats);
        // each tracker hashes the ballot's canonical JSON: computed once per ballot, not per comparison
        ballots = ballots.stream().map(b -> Map.entry(b.tracker(), b)).sorted(Map.Entry.comparingByKey())
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
        JsonArrayBuilder seatArray = Json.createArrayBuilder();
        for (SeatRule s : seats) {
            seatArray.add(Json.createObjectBuilder().add("candidates", s.candidates()).add("min", s.min())
                    .add("max", s.max()));
        }
        JsonArrayBuilder ballotArray = Json.createArrayBuilder();
        for (EncryptedBallot b : ballots) {
            ballotArray.add(Json.createObjectBuilder().add("tracker", b.tracker()).add("ballot", BallotJson.toJson(b)));
        }
        JsonArrayBuilder decryptions = Json.createArrayBuilder();
        for (TrusteeDecryption d : count.decryptions()) {
            JsonArrayBuilder seatsOfFactors = Json.createArrayBuilder();
            for (List<PartialDecryption> row : d.factors()) {
                JsonArrayBuilder r = Json.createArrayBuilder();
                for (PartialDecryption p : row) {
                    r.add(Json.createObjectBuilder().add("factor", Group.encode(p.factor())).add("proof",
                            Json.createObjectBuilder().add("challenge", Group.encode(p.proof().challenge()))
                                    .add("response", Group.encode(p.proof().response()))));
                }
                seatsOfFactors.add(r);
            }
            decryptions.add(Json.createObjectBuilder().add("holder", d.holder()).add("factors", seatsOfFactors));
        }
        JsonArrayBuilder tally = Json.createArrayBuilder();
        for (List<Ciphertext> row : encryptedTally) {
            JsonArrayBuilder r = Json.createArrayBuilder();
            row.forEach(c -> r.add(Json.createObjectBuilder().add("alpha", Group.encode(c.alpha()))
                    .add("beta", Group.encode(c.beta()))));
            tally.add(r);
        }
        JsonArrayBuilder factors = Json.createArrayBuilder();
        count.factors().forEach(row -> factors.add(points(row)));
        JsonArrayBuilder result = Json.createArrayBuilder();
        count.votes().forEach(row -> {
            JsonArrayBuilder r = Json.createArrayBuilder();
            row.forEach(r::add);
            result.add(r);
        });
        JsonObjectBuilder record = Json.createObjectBuilder()
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
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
            writer.writeObject(toJson());
        }
    }

    private static JsonArrayBuilder points(List<ECPoint> points) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        points.forEach(p -> array.add(Group.encode(p)));
        return array;
    }
}
