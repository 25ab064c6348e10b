package vn.thidua.ballot.verifier;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.bouncycastle.asn1.sec.SECNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.encoders.Hex;

/**
 * The verifier's own P-256 and hash, written from docs/ELECTION-RECORD.md alone. It takes
 * the curve from BouncyCastle's SEC 2 table (generic prime-field arithmetic), not the
 * optimised curve the prover uses, so a bug in one is not copied into the other.
 */
final class P256 {

    private static final X9ECParameters CURVE_PARAMETERS = SECNamedCurves.getByName("secp256r1");
    static final ECCurve CURVE = CURVE_PARAMETERS.getCurve();
    static final ECPoint G = CURVE_PARAMETERS.getG();
    static final BigInteger Q = CURVE_PARAMETERS.getN();
    static final ECPoint O = CURVE.getInfinity();

    private static final Pattern POINT = Pattern.compile("0[23][0-9a-f]{64}");
    private static final Pattern SCALAR = Pattern.compile("0|[1-9][0-9]{0,77}");
    private static final String DST_PREFIX = "THIDUA-V1-";

    private P256() {
    }

    /** The point at path from its SEC1 compressed hex ("00" = identity); must re-encode to the same text. */
    static ECPoint point(String hex, String path) {
        if ("00".equals(hex)) {
            return O;
        }
        if (hex == null || !POINT.matcher(hex).matches()) {
            throw new MalformedRecordException(path + ": not a compressed P-256 point: " + hex);
        }
        try {
            ECPoint p = CURVE.decodePoint(Hex.decode(hex)).normalize();
            if (!p.isValid() || !enc(p).equals(hex)) {
                throw new MalformedRecordException(path + ": not a point of P-256: " + hex);
            }
            return p;
        } catch (IllegalArgumentException e) {
            throw new MalformedRecordException(path + ": not a point of P-256: " + hex);
        }
    }

    /** The scalar at path: canonical decimal in [0, q). */
    static BigInteger scalar(String text, String path) {
        if (text == null || !SCALAR.matcher(text).matches() || new BigInteger(text).compareTo(Q) >= 0) {
            throw new MalformedRecordException(path + ": not a scalar in [0, q): " + text);
        }
        return new BigInteger(text);
    }

    static String enc(ECPoint p) {
        return Hex.toHexString(p.normalize().getEncoded(true));
    }

    /** a·P + b·R. */
    static ECPoint mul2(ECPoint p, BigInteger a, ECPoint r, BigInteger b) {
        if (p.isInfinity() || r.isInfinity()) {
            return mul(p, a).add(mul(r, b)).normalize();
        }
        return ECAlgorithms.sumOfTwoMultiplies(p, a.mod(Q), r, b.mod(Q)).normalize();
    }

    static ECPoint mul(ECPoint p, BigInteger k) {
        return p.isInfinity() ? O : p.multiply(k.mod(Q)).normalize();
    }

    /** m·G; the small multiples the proofs need are computed once. */
    static ECPoint mulG(long m) {
        return m >= 0 && m < SMALL.length ? SMALL[(int) m] : mul(G, BigInteger.valueOf(m));
    }

    private static final ECPoint[] SMALL = new ECPoint[64];

    static {
        ECPoint p = O;
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = p.normalize();
            p = p.add(G);
        }
    }

    /** HashGroup(tag, m, points) = hash_to_field("THIDUA-V1-" tag, m ‖ points joined by ",") mod q. */
    static BigInteger hashGroup(String tag, String message, ECPoint... points) {
        StringBuilder msg = new StringBuilder(message);
        for (int i = 0; i < points.length; i++) {
            msg.append(i == 0 ? "" : ",").append(enc(points[i]));
        }
        byte[] dst = (DST_PREFIX + tag).getBytes(StandardCharsets.US_ASCII);
        byte[] uniform = expandXmd(msg.toString().getBytes(StandardCharsets.UTF_8), dst, 48);
        return new BigInteger(1, uniform).mod(Q);
    }

    /** RFC 9380, 5.3.1, expand_message_xmd with SHA-256. */
    static byte[] expandXmd(byte[] msg, byte[] dst, int length) {
        int blocks = (length + 31) / 32;
        byte[] dstPrime = new byte[dst.length + 1];
        System.arraycopy(dst, 0, dstPrime, 0, dst.length);
        dstPrime[dst.length] = (byte) dst.length;
        byte[] b0 = sha256(new byte[64], msg, new byte[] {(byte) (length >> 8), (byte) length, 0}, dstPrime);
        byte[] out = new byte[blocks * 32];
        byte[] bi = sha256(b0, new byte[] {1}, dstPrime);
        System.arraycopy(bi, 0, out, 0, 32);
        for (int i = 2; i <= blocks; i++) {
            byte[] x = new byte[32];
            for (int j = 0; j < 32; j++) {
                x[j] = (byte) (b0[j] ^ bi[j]);
            }
            bi = sha256(x, new byte[] {(byte) i}, dstPrime);
            System.arraycopy(bi, 0, out, (i - 1) * 32, 32);
        }
        byte[] result = new byte[length];
        System.arraycopy(out, 0, result, 0, length);
        return result;
    }

    /** Lowercase hex SHA-256 of a text's UTF-8 bytes (the ballot tracker). */
    static String sha256Hex(String text) {
        return Hex.toHexString(sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] sha256(byte[]... parts) {
        SHA256Digest d = new SHA256Digest();
        for (byte[] part : parts) {
            d.update(part, 0, part.length);
        }
        byte[] out = new byte[32];
        d.doFinal(out, 0);
        return out;
    }

    /** λ_i = Π_{j in holders, j ≠ i} j / (j − i) mod q. */
    static BigInteger lagrange(Iterable<Integer> holders, int i) {
        BigInteger num = BigInteger.ONE;
        BigInteger den = BigInteger.ONE;
        for (int j : holders) {
            if (j != i) {
                num = num.multiply(BigInteger.valueOf(j)).mod(Q);
                den = den.multiply(BigInteger.valueOf(j - i)).mod(Q);
            }
        }
        return num.multiply(den.modInverse(Q)).mod(Q);
    }
}
