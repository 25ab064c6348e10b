package vn.thidua.ballot.internal.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

/** Exponential ElGamal: encrypt, add, decrypt by k share holders; small discrete logs. */
class ElGamalTest {

    private final SecureRandom random = new SecureRandom();
    private final ThresholdKey.Dealing dealing = ThresholdKey.generate(random);
    private final ECPoint y = dealing.key().publicKey();

    @Test
    void encryptionIsTheDocumentedPair() {
        BigInteger r = BigInteger.valueOf(5);
        Ciphertext c = ElGamal.encrypt(y, 1, r);
        assertEquals(Group.base(5), c.alpha());
        assertEquals(Group.multiply(y, r).add(Group.G).normalize(), c.beta());
    }

    @Test
    void sumsDecryptWithAnyTwoOfThreeHolders() {
        int[] marks = {1, 0, 1, 1, 0, 1, 1};
        List<Ciphertext> cs = new ArrayList<>();
        for (int m : marks) {
            cs.add(ElGamal.encrypt(y, m, random).ciphertext());
        }
        Ciphertext sum = ElGamal.sum(cs);
        for (List<Share> pair : ShamirTest.subsets(dealing.shares(), 2)) {
            Map<Integer, ECPoint> factors = new LinkedHashMap<>();
            for (Share s : pair) {
                factors.put(s.index(), ElGamal.decryptionFactor(s.value(), sum));
            }
            assertEquals(5, ElGamal.decrypt(sum, ElGamal.combine(factors), marks.length));
        }
    }

    @Test
    void oneHolderAloneDecryptsNothing() {
        Ciphertext c = ElGamal.encrypt(y, 1, random).ciphertext();
        Share one = dealing.shares().get(0);
        ECPoint alone = ElGamal.combine(Map.of(one.index(), ElGamal.decryptionFactor(one.value(), c)));
        ECPoint m = c.beta().subtract(alone).normalize();
        assertNotEquals(Group.base(0), m);
        assertNotEquals(Group.base(1), m);
        assertThrows(IllegalStateException.class, () -> ElGamal.decrypt(c, alone, 1000));
    }

    @Test
    void babyStepGiantStepFindsEveryCountUpToTheBound() {
        int max = 2500;
        for (int m : new int[] {0, 1, 2, 49, 50, 51, 1234, 2499, 2500}) {
            assertEquals(m, ElGamal.discreteLog(Group.base(m), max));
        }
        assertThrows(IllegalStateException.class, () -> ElGamal.discreteLog(Group.base(2501), max));
        assertEquals(0, ElGamal.discreteLog(Group.IDENTITY, 0));
    }
}
