package vn.thidua.ballot.internal.crypto;

import java.nio.charset.StandardCharsets;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.util.encoders.Hex;

/**
 * The ballot tracker, the voter's receipt: SHA-256 of the UTF-8 bytes of the ballot's
 * canonical JSON, in lowercase hex (Helios' "smart ballot tracker", Belenios' ballot
 * hash). Published with every ballot in the election record, so a voter finds theirs
 * without learning anyone's vote.
 */
public final class Tracker {

    private Tracker() {
    }

    /** The tracker of a ballot. */
    public static String of(EncryptedBallot ballot) {
        return sha256Hex(BallotJson.canonical(ballot));
    }

    /** Lowercase hex SHA-256 of a text's UTF-8 bytes. */
    public static String sha256Hex(String text) {
        byte[] in = text.getBytes(StandardCharsets.UTF_8);
        SHA256Digest digest = new SHA256Digest();
        digest.update(in, 0, in.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return Hex.toHexString(out);
    }
}
