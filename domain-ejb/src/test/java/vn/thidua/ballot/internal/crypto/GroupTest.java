package vn.thidua.ballot.internal.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.SecureRandom;

import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** P-256 as the ballots use it: published k·G vectors and the point and scalar encodings. */
class GroupTest {

    /** NIST P-256 point-multiplication test vectors (k, x, y of k·G), as published and widely reused. */
    @ParameterizedTest
    @CsvSource({
        "1, 6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296, 4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5",
        "2, 7CF27B188D034F7E8A52380304B51AC3C08969E277F21B35A60B48FC47669978, 07775510DB8ED040293D9AC69F7430DBBA7DADE63CE982299E04B79D227873D1",
        "3, 5ECBE4D1A6330A44C8F7EF951D4BF165E6C6B721EFADA985FB41661BC6E7FD6C, 8734640C4998FF7E374B06CE1A64A2ECD82AB036384FB83D9A79B127A27D5032",
        "20, 83A01A9378395BAB9BCD6A0AD03CC56D56E6B19250465A94A234DC4C6B28DA9A, 76E49B6DE2F73234AE6A5EB9D612B75C9F2202BB6923F54FF8240AAA86F640B8",
        "112233445566778899, 339150844EC15234807FE862A86BE77977DBFB3AE3D96F4C22795513AEAAB82F, B1C14DDFDC8EC1B2583F51E85A5EB3A155840F2034730E9B5ADA38B674336A21"
    })
    void multiplesOfTheBasePointMatchPublishedVectors(String k, String x, String y) {
        ECPoint p = Group.base(new BigInteger(k));
        assertEquals(new BigInteger(x, 16), p.getAffineXCoord().toBigInteger());
        assertEquals(new BigInteger(y, 16), p.getAffineYCoord().toBigInteger());
        String prefix = new BigInteger(y, 16).testBit(0) ? "03" : "02";
        assertEquals(prefix + x.toLowerCase(), Group.encode(p));
    }

    @Test
    void theOrderIsTheStandardOneAndQMinusOneTimesGIsMinusG() {
        assertEquals(new BigInteger("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16), Group.Q);
        assertEquals(Group.G.negate().normalize(), Group.base(Group.Q.subtract(BigInteger.ONE)));
        assertTrue(Group.base(Group.Q).isInfinity());
    }

    @Test
    void pointsSurviveTheirEncoding() {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 20; i++) {
            ECPoint p = Group.base(Group.randomScalar(random));
            String hex = Group.encode(p);
            assertEquals(66, hex.length());
            assertEquals(p, Group.decode(hex));
        }
        assertEquals("00", Group.encode(Group.IDENTITY));
        assertTrue(Group.decode("00").isInfinity());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "026B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296", // upper case
        "046b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296", // wrong prefix
        "036b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c2", // short
        "02ffffffff00000001000000000000000000000000ffffffffffffffffffffffff", // x = p
        "" })
    void malformedPointsAreRefused(String hex) {
        assertThrows(IllegalArgumentException.class, () -> Group.decode(hex));
    }

    @Test
    void anXWithoutAPointOnTheCurveIsRefused() {
        BigInteger p = new BigInteger("FFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF", 16);
        BigInteger b = new BigInteger("5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B", 16);
        int refused = 0;
        for (int x = 1; x <= 20; x++) {
            BigInteger bx = BigInteger.valueOf(x);
            BigInteger rhs = bx.pow(3).subtract(bx.multiply(BigInteger.valueOf(3))).add(b).mod(p);
            boolean square = rhs.modPow(p.subtract(BigInteger.ONE).shiftRight(1), p).equals(BigInteger.ONE);
            String hex = String.format("02%064x", bx);
            if (square) {
                assertEquals(bx, Group.decode(hex).getAffineXCoord().toBigInteger());
            } else {
                assertThrows(IllegalArgumentException.class, () -> Group.decode(hex));
                refused++;
            }
        }
        assertTrue(refused > 0);
    }

    @Test
    void scalarsAreCanonicalDecimalBelowQ() {
        assertEquals(BigInteger.valueOf(42), Group.decodeScalar("42"));
        assertEquals(BigInteger.ZERO, Group.decodeScalar("0"));
        assertThrows(IllegalArgumentException.class, () -> Group.decodeScalar("042"));
        assertThrows(IllegalArgumentException.class, () -> Group.decodeScalar("-1"));
        assertThrows(IllegalArgumentException.class, () -> Group.decodeScalar(Group.Q.toString()));
        assertThrows(IllegalArgumentException.class, () -> Group.decodeScalar("ff"));
    }
}
