package vn.thidua.ballot.internal.crypto;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The challenges of the non-interactive proofs (Fiat–Shamir), computed as Belenios does
 * (specification, "Auxiliary functions": HashToField and HashGroup):
 *
 * <pre>
 *   HashGroup(tag, m, (P1..Pn)) = HashToField("THIDUA-V1-" + tag, m ‖ enc(P1) "," … "," enc(Pn))
 * </pre>
 *
 * where HashToField is {@code hash_to_field} of RFC 9380 (section 5.2, count 1, one
 * element, L = ceil((256 + 128) / 8) = 48 bytes) over {@code expand_message_xmd} with
 * SHA-256 (RFC 9380 section 5.3.1), reduced modulo the group order q. The message m always
 * carries the whole statement (election, public key, the ciphertext or key being proved
 * about, the bounds): the "strong" Fiat–Shamir transform, without which Helios' proofs
 * could be forged (Bernhard, Pereira, Warinschi, ASIACRYPT 2012).
 */
public final class FiatShamir {

    /** Domain-separation prefix of every challenge of this scheme. */
    public static final String DST_PREFIX = "THIDUA-V1-";

    private static final int HASH_BYTES = 32;
    private static final int BLOCK_BYTES = 64;
    private static final int SECURITY_BITS = 128;

    private FiatShamir() {
    }

    /** The challenge for a proof: HashGroup of the tag, the statement m and the commitments. */
    public static BigInteger challenge(String tag, String message, ECPoint... commitments) {
        StringJoiner points = new StringJoiner(",");
        for (ECPoint p : commitments) {
            points.add(Group.encode(p));
        }
        byte[] msg = (message + points).getBytes(StandardCharsets.UTF_8);
        byte[] dst = (DST_PREFIX + tag).getBytes(StandardCharsets.US_ASCII);
        return hashToField(msg, dst, 1, Group.Q)[0];
    }

    /** RFC 9380 section 5.2 {@code hash_to_field} (m = 1) with expand_message_xmd(SHA-256), k = 128. */
    public static BigInteger[] hashToField(byte[] msg, byte[] dst, int count, BigInteger modulus) {
        int elementBytes = (modulus.bitLength() + SECURITY_BITS + 7) / 8;
        byte[] uniform = expandMessageXmd(msg, dst, count * elementBytes);
        BigInteger[] u = new BigInteger[count];
        for (int i = 0; i < count; i++) {
            byte[] tv = new byte[elementBytes];
            System.arraycopy(uniform, i * elementBytes, tv, 0, elementBytes);
            u[i] = new BigInteger(1, tv).mod(modulus);
        }
        return u;
    }

    /**
     * RFC 9380 section 5.3.1: b0 = H(Z_pad ‖ msg ‖ I2OSP(len, 2) ‖ I2OSP(0, 1) ‖ DST'),
     * b1 = H(b0 ‖ I2OSP(1, 1) ‖ DST'), bi = H((b0 xor b(i-1)) ‖ I2OSP(i, 1) ‖ DST'),
     * with DST' = DST ‖ I2OSP(len(DST), 1).
     */
    public static byte[] expandMessageXmd(byte[] msg, byte[] dst, int lengthInBytes) {
        int ell = (lengthInBytes + HASH_BYTES - 1) / HASH_BYTES;
        if (ell > 255 || lengthInBytes > 65535 || dst.length > 255) {
            throw new IllegalArgumentException("expand_message_xmd: length or DST too long");
        }
        byte[] dstPrime = new byte[dst.length + 1];
        System.arraycopy(dst, 0, dstPrime, 0, dst.length);
        dstPrime[dst.length] = (byte) dst.length;

        SHA256Digest digest = new SHA256Digest();
        digest.update(new byte[BLOCK_BYTES], 0, BLOCK_BYTES);
        digest.update(msg, 0, msg.length);
        digest.update((byte) (lengthInBytes >>> 8));
        digest.update((byte) lengthInBytes);
        digest.update((byte) 0);
        digest.update(dstPrime, 0, dstPrime.length);
        byte[] b0 = new byte[HASH_BYTES];
        digest.doFinal(b0, 0);

        byte[] out = new byte[ell * HASH_BYTES];
        byte[] previous = new byte[HASH_BYTES];
        for (int i = 1; i <= ell; i++) {
            for (int j = 0; j < HASH_BYTES; j++) {
                previous[j] = (byte) (i == 1 ? b0[j] : b0[j] ^ previous[j]);
            }
            digest.update(previous, 0, HASH_BYTES);
            digest.update((byte) i);
            digest.update(dstPrime, 0, dstPrime.length);
            digest.doFinal(previous, 0);
            System.arraycopy(previous, 0, out, (i - 1) * HASH_BYTES, HASH_BYTES);
        }
        byte[] result = new byte[lengthInBytes];
        System.arraycopy(out, 0, result, 0, lengthInBytes);
        return result;
    }
}
