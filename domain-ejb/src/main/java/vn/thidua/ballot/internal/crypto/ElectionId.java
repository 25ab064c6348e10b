package vn.thidua.ballot.internal.crypto;

import java.util.regex.Pattern;

import org.bouncycastle.math.ec.ECPoint;

/**
 * The election identifier bound into every proof, tracker and record: 1 to 128 characters
 * among letters, digits and {@code . _ : -}, so that it needs no escaping in JSON and can
 * never be confused with the separators {@code | ,} of the hashed statements. A fresh one
 * per key generation (for example the ballot's id and a UUID) keeps ballots of two
 * elections apart even under the same key.
 */
public final class ElectionId {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private ElectionId() {
    }

    /** Returns the id if valid. @throws IllegalArgumentException otherwise */
    public static String check(String electionId) {
        if (electionId == null || !VALID.matcher(electionId).matches()) {
            throw new IllegalArgumentException("invalid election id");
        }
        return electionId;
    }

    /** S0 = electionId "|" enc(Y): the context every proof of the election hashes first. */
    public static String context(String electionId, ECPoint publicKey) {
        return check(electionId) + "|" + Group.encode(publicKey);
    }
}
