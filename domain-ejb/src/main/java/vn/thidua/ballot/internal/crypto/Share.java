package vn.thidua.ballot.internal.crypto;

import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.math.ec.ECPoint;

/**
 * The secret share s_i = f(i) of share holder i (a member of the counting committee).
 * Handed to its holder once, at key generation; the portal keeps no copy. Its
 * {@link #toString()} never shows the value.
 */
public record Share(int index, BigInteger value) {

    private static final Pattern TEXT = Pattern.compile("([1-9][0-9]{0,2}):([0-9a-f]{64})");

    public Share {
        if (index < 1 || index > 255) {
            throw new IllegalArgumentException("share index must be in [1, 255]");
        }
        if (value == null || value.signum() < 0 || value.compareTo(Group.Q) >= 0) {
            throw new IllegalArgumentException("share value must lie in [0, q)");
        }
    }

    /** The share as its holder keeps it: "index:value" with the value on 64 hex digits. */
    public String toText() {
        return index + ":" + String.format("%064x", value);
    }

    /** Reads {@link #toText()}. */
    public static Share parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a share");
        }
        return new Share(Integer.parseInt(m.group(1)), new BigInteger(m.group(2), 16));
    }

    /** The verification key s_i·G published for this share. */
    public ECPoint verificationKey() {
        return Group.base(value);
    }

    @Override
    public String toString() {
        return "Share[index=" + index + "]";
    }
}
