package vn.thidua.ballot.internal.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.regex.Pattern;

import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.util.BigIntegers;
import org.bouncycastle.util.encoders.Hex;

/**
 * The group of the ballots: the points of the standard curve P-256 (secp256r1, SEC 2 /
 * FIPS 186), written additively. {@code G} is the standard base point and {@code q} its
 * prime order; the cofactor is 1, so every point of the curve is in the group.
 *
 * <p>Encodings (ELECTION-RECORD.md, "Encodings"):
 * <ul>
 * <li>a point: SEC1 compressed form (02 or 03, then x on 32 bytes) in lowercase hex,
 *     66 characters; the point at infinity (the identity) is the single SEC1 octet
 *     {@code 00};</li>
 * <li>a scalar of Z_q: base 10, no sign, no leading zero, in [0, q) (as Belenios).</li>
 * </ul>
 */
public final class Group {

    /** The name written in the election record. */
    public static final String NAME = "P-256";

    private static final X9ECParameters PARAMETERS = CustomNamedCurves.getByName("secp256r1");
    private static final ECCurve CURVE = PARAMETERS.getCurve();
    /** The base point G. */
    public static final ECPoint G = PARAMETERS.getG();
    /** The order q of G (the curve order n of SEC 2). */
    public static final BigInteger Q = PARAMETERS.getN();
    /** The identity O (point at infinity). */
    public static final ECPoint IDENTITY = CURVE.getInfinity();

    private static final FixedPointCombMultiplier BASE_MULTIPLIER = new FixedPointCombMultiplier();
    private static final Pattern POINT_HEX = Pattern.compile("0[23][0-9a-f]{64}");
    private static final Pattern SCALAR = Pattern.compile("0|[1-9][0-9]{0,77}");

    private Group() {
    }

    /** k·G, for any integer k (reduced mod q first). */
    public static ECPoint base(BigInteger k) {
        return BASE_MULTIPLIER.multiply(G, k.mod(Q)).normalize();
    }

    /** m·G for a small non-negative m (the encoding of a plaintext in exponential ElGamal). */
    public static ECPoint base(long m) {
        return base(BigInteger.valueOf(m));
    }

    /** k·P (k reduced mod q). */
    public static ECPoint multiply(ECPoint p, BigInteger k) {
        return p.isInfinity() ? IDENTITY : p.multiply(k.mod(Q)).normalize();
    }

    /** a·P + b·R in one pass (Shamir's trick), the shape of every proof check. */
    public static ECPoint sumOfProducts(ECPoint p, BigInteger a, ECPoint r, BigInteger b) {
        if (p.isInfinity() || r.isInfinity()) {
            return multiply(p, a).add(multiply(r, b)).normalize();
        }
        return ECAlgorithms.sumOfTwoMultiplies(p, a.mod(Q), r, b.mod(Q)).normalize();
    }

    /** A uniformly random scalar in [1, q-1] (randomness, nonces, key coefficients). */
    public static BigInteger randomScalar(SecureRandom random) {
        return BigIntegers.createRandomInRange(BigInteger.ONE, Q.subtract(BigInteger.ONE), random);
    }

    /** SEC1 compressed lowercase hex; the identity is {@code "00"}. */
    public static String encode(ECPoint p) {
        return Hex.toHexString(p.getEncoded(true));
    }

    /**
     * Reads a point written by {@link #encode}: exactly 66 lowercase hex characters with
     * an x coordinate below the field prime that lies on the curve, or {@code "00"}.
     *
     * @throws IllegalArgumentException on anything else
     */
    public static ECPoint decode(String hex) {
        if ("00".equals(hex)) {
            return IDENTITY;
        }
        if (hex == null || !POINT_HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("not a compressed P-256 point: " + hex);
        }
        ECPoint p = CURVE.decodePoint(Hex.decode(hex)).normalize();
        if (!p.isValid()) {
            throw new IllegalArgumentException("not a point of P-256: " + hex);
        }
        return p;
    }

    /** A scalar in base 10. */
    public static String encode(BigInteger scalar) {
        return scalar.toString();
    }

    /**
     * Reads a scalar: canonical base 10 in [0, q).
     *
     * @throws IllegalArgumentException otherwise
     */
    public static BigInteger decodeScalar(String text) {
        if (text == null || !SCALAR.matcher(text).matches()) {
            throw new IllegalArgumentException("not a canonical scalar: " + text);
        }
        BigInteger value = new BigInteger(text);
        if (value.compareTo(Q) >= 0) {
            throw new IllegalArgumentException("scalar not below the group order: " + text);
        }
        return value;
    }
}
