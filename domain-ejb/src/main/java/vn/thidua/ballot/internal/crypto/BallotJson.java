package vn.thidua.ballot.internal.crypto;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

/**
 * JSON of an encrypted ballot (ELECTION-RECORD.md, "Ballot"):
 *
 * <pre>
 * {"election":ID,"answers":[{"choices":[{"alpha":P,"beta":P},…],
 *   "individual_proofs":[[{"challenge":N,"response":N},{…}],…],
 *   "overall_proof":[{"challenge":N,"response":N},…]},…]}
 * </pre>
 *
 * The canonical form is exactly this, compact, keys in this order: every string in it is
 * hex, decimal or an election id, so no character needs escaping and any verifier can
 * rebuild it byte for byte.
 */
public final class BallotJson {

    /** Looked up once: {@code Json.createX} searches the service providers on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private BallotJson() {
    }

    /** The canonical text of the ballot, the input of its tracker. */
    public static String canonical(EncryptedBallot ballot) {
        StringBuilder s = new StringBuilder(256 * 16);
        s.append("{\"election\":\"").append(ballot.electionId()).append("\",\"answers\":[");
        for (int a = 0; a < ballot.answers().size(); a++) {
            EncryptedBallot.Answer answer = ballot.answers().get(a);
            s.append(a == 0 ? "" : ",").append("{\"choices\":[");
            for (int j = 0; j < answer.choices().size(); j++) {
                Ciphertext c = answer.choices().get(j);
                s.append(j == 0 ? "" : ",").append("{\"alpha\":\"").append(Group.encode(c.alpha()))
                        .append("\",\"beta\":\"").append(Group.encode(c.beta())).append("\"}");
            }
            s.append("],\"individual_proofs\":[");
            for (int j = 0; j < answer.individualProofs().size(); j++) {
                s.append(j == 0 ? "" : ",");
                appendProofs(s, answer.individualProofs().get(j));
            }
            s.append("],\"overall_proof\":");
            appendProofs(s, answer.overallProof());
            s.append('}');
        }
        return s.append("]}").toString();
    }

    private static void appendProofs(StringBuilder s, IntervalProof proof) {
        s.append('[');
        for (int k = 0; k < proof.proofs().size(); k++) {
            Proof p = proof.proofs().get(k);
            s.append(k == 0 ? "" : ",").append("{\"challenge\":\"").append(Group.encode(p.challenge()))
                    .append("\",\"response\":\"").append(Group.encode(p.response())).append("\"}");
        }
        s.append(']');
    }

    /** The ballot as a JSON-P object (the canonical form, parsed). */
    public static JsonObject toJson(EncryptedBallot ballot) {
        return parse(canonical(ballot));
    }

    /** A ballot's canonical text (from {@link #canonical}) as a JSON-P object. */
    public static JsonObject parse(String canonical) {
        try (JsonReader reader = JSON.createReader(new StringReader(canonical))) {
            return reader.readObject();
        }
    }

    /**
     * Reads a ballot strictly: exactly the keys above, every point and scalar canonical.
     *
     * @throws IllegalArgumentException on any deviation
     */
    public static EncryptedBallot fromJson(JsonObject json) {
        try {
            keys(json, "election", "answers");
            List<EncryptedBallot.Answer> answers = new ArrayList<>();
            for (JsonValue value : json.getJsonArray("answers")) {
                JsonObject answer = value.asJsonObject();
                keys(answer, "choices", "individual_proofs", "overall_proof");
                List<Ciphertext> choices = new ArrayList<>();
                for (JsonValue c : answer.getJsonArray("choices")) {
                    choices.add(ciphertext(c.asJsonObject()));
                }
                List<IntervalProof> individual = new ArrayList<>();
                for (JsonValue p : answer.getJsonArray("individual_proofs")) {
                    individual.add(proofs(p.asJsonArray()));
                }
                answers.add(new EncryptedBallot.Answer(choices, individual,
                        proofs(answer.getJsonArray("overall_proof"))));
            }
            return new EncryptedBallot(json.getString("election"), answers);
        } catch (ClassCastException | NullPointerException e) {
            throw new IllegalArgumentException("malformed ballot", e);
        }
    }

    static Ciphertext ciphertext(JsonObject json) {
        keys(json, "alpha", "beta");
        return new Ciphertext(Group.decode(json.getString("alpha")), Group.decode(json.getString("beta")));
    }

    private static IntervalProof proofs(JsonArray array) {
        List<Proof> proofs = new ArrayList<>();
        for (JsonValue v : array) {
            proofs.add(proof(v.asJsonObject()));
        }
        return new IntervalProof(proofs);
    }

    static Proof proof(JsonObject json) {
        keys(json, "challenge", "response");
        return new Proof(Group.decodeScalar(json.getString("challenge")),
                Group.decodeScalar(json.getString("response")));
    }

    private static void keys(JsonObject json, String... expected) {
        if (!json.keySet().equals(Set.of(expected))) {
            throw new IllegalArgumentException("expected the keys " + String.join(", ", expected));
        }
    }
}
