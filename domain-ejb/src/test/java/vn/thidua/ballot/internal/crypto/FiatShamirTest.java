package vn.thidua.ballot.internal.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The challenge hash against the test vectors of RFC 9380 (appendix K.1 and J.1.1). */
class FiatShamirTest {

    private static final byte[] XMD_DST = "QUUX-V01-CS02-with-expander-SHA256-128".getBytes(StandardCharsets.US_ASCII);
    private static final BigInteger P256_FIELD =
            new BigInteger("FFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF", 16);

    @ParameterizedTest
    @CsvSource({
        "'', 32, 68a985b87eb6b46952128911f2a4412bbc302a9d759667f87f7a21d803f07235",
        "abc, 32, d8ccab23b5985ccea865c6c97b6e5b8350e794e603b4b97902f53a8a0d605615",
        "abcdef0123456789, 32, eff31487c770a893cfb36f912fbfcbff40d5661771ca4b2cb4eafe524333f5c1",
        "abc, 128, abba86a6129e366fc877aab32fc4ffc70120d8996c88aee2fe4b32d6c7b6437a647e6c3163d40b76a73cf6a5674ef1d890f95b664ee0afa5359a5c4e07985635bbecbac65d747d3d2da7ec2b8221b17b0ca9dc8a1ac1c07ea6a1e60583e2cb00058e77b7b72a298425cd1b941ad4ec65e8afc50303a22c0f99b0509b4c895f40"
    })
    void expandMessageXmdMatchesRfc9380(String msg, int length, String expected) {
        byte[] out = FiatShamir.expandMessageXmd(msg.getBytes(StandardCharsets.US_ASCII), XMD_DST, length);
        assertEquals(expected, Hex.toHexString(out));
    }

    /** RFC 9380 J.1.1 (P256_XMD:SHA-256_SSWU_RO_): u[0], u[1] are hash_to_field over the field prime. */
    @ParameterizedTest
    @CsvSource({
        "'', ad5342c66a6dd0ff080df1da0ea1c04b96e0330dd89406465eeba11582515009, 8c0f1d43204bd6f6ea70ae8013070a1518b43873bcd850aafa0a9e220e2eea5a",
        "abc, afe47f2ea2b10465cc26ac403194dfb68b7f5ee865cda61e9f3e07a537220af1, 379a27833b0bfe6f7bdca08e1e83c760bf9a338ab335542704edcd69ce9e46e0"
    })
    void hashToFieldMatchesRfc9380(String msg, String u0, String u1) {
        byte[] dst = "QUUX-V01-CS02-with-P256_XMD:SHA-256_SSWU_RO_".getBytes(StandardCharsets.US_ASCII);
        BigInteger[] u = FiatShamir.hashToField(msg.getBytes(StandardCharsets.US_ASCII), dst, 2, P256_FIELD);
        assertEquals(new BigInteger(u0, 16), u[0]);
        assertEquals(new BigInteger(u1, 16), u[1]);
    }

    @Test
    void challengesSeparateTagsStatementsAndCommitments() {
        BigInteger base = FiatShamir.challenge("prove", "e|k", Group.G);
        assertEquals(base, FiatShamir.challenge("prove", "e|k", Group.G));
        assertNotEquals(base, FiatShamir.challenge("decrypt", "e|k", Group.G));
        assertNotEquals(base, FiatShamir.challenge("prove", "f|k", Group.G));
        assertNotEquals(base, FiatShamir.challenge("prove", "e|k", Group.base(2)));
    }
}
