package vn.thidua.covenant.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.bloc.entity.Bloc;
import vn.thidua.file.entity.StoredFile;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.unit.entity.Province;
import vn.thidua.unit.entity.Unit;

class CovenantVersionTest {

    private final Province province = new Province("DNO", "Đắk Nông");
    private final Bloc bloc = new Bloc(province, "KTD03", "Khối thi đua số 03", null);
    private final List<Unit> members = List.of(unit(1, "HLHPN"), unit(2, "HND"), unit(3, "TDOAN"));

    @Test
    void inForceOnlyOnceEveryMemberHasSignedAndThenNeverEdited() {
        CovenantVersion v = drafted();
        v.sign(members.get(0), "hlhpn", LocalDateTime.now(), false, members);
        v.sign(members.get(1), "hnd", LocalDateTime.now(), false, members);
        assertEquals(CovenantStatus.AWAITING_SIGNATURES, v.getStatus());
        v.sign(members.get(2), "tinhdoan", LocalDateTime.now(), false, members);
        assertEquals(CovenantStatus.IN_FORCE, v.getStatus());

        assertEquals("error.covenant.signed", assertThrows(InvalidInputException.class,
                () -> v.draft("khác", null, items())).getMessageKey());
        assertEquals("error.covenant.alreadySigned", assertThrows(InvalidInputException.class,
                () -> v.sign(members.get(0), "hlhpn", LocalDateTime.now(), false, members)).getMessageKey());
    }

    @Test
    void supersededVersionTakesNoSignature() {
        CovenantVersion v = drafted();
        v.supersede();
        assertThrows(InvalidInputException.class, () -> v.sign(members.get(0), "x", LocalDateTime.now(), false, members));
    }

    @Test
    void aDraftSavedAgainRewritesItsItemsInPlace() {
        CovenantVersion v = drafted();
        Criterion first = v.getCriteria().get(0);
        v.draft("Nội dung sửa", "Chỉ tiêu", List.of(new CriterionDraft(CriterionKind.CRITERION, "Nhiệm vụ được giao",
                new BigDecimal("70"), false)));
        assertEquals(1, v.getCriteria().size());
        assertSame(first, v.getCriteria().get(0), "the row of position 1 is kept, not deleted and inserted again");
        assertEquals("Nhiệm vụ được giao", first.getTitle());
        assertEquals(1, first.getPosition());
        v.draft("Nội dung", null, items());
        assertEquals(List.of(1, 2), v.getCriteria().stream().map(Criterion::getPosition).toList());
    }

    @Test
    void aPaperPageIsSignedOnADayBetweenTheDraftAndTodayWithItsSignerAndScan() {
        CovenantVersion v = new CovenantVersion(bloc, 2024, 1, "tinhdoan", LocalDateTime.of(2024, 1, 10, 9, 0));
        v.draft("Nội dung giao ước", null, items());
        StoredFile scan = new StoredFile("trang-ky.pdf", "application/pdf", new byte[] {1}, "00", "tinhdoan",
                LocalDateTime.of(2024, 2, 1, 8, 0));
        LocalDateTime recorded = LocalDateTime.of(2024, 2, 1, 8, 0);
        assertEquals("error.paper.signedOnFuture", assertThrows(InvalidInputException.class, () -> v.signOnPaper(
                members.get(1), "tinhdoan", recorded, LocalDate.of(2024, 2, 2), "Trần Văn Cường", scan, members))
                .getMessageKey());
        assertEquals("error.paper.signedOnBeforeDraft", assertThrows(InvalidInputException.class, () -> v.signOnPaper(
                members.get(1), "tinhdoan", recorded, LocalDate.of(2024, 1, 9), "Trần Văn Cường", scan, members))
                .getMessageKey());
        assertTrue(v.getSignatures().isEmpty(), "a refused page leaves no signature");

        CovenantSignature s = v.signOnPaper(members.get(1), "tinhdoan", recorded, LocalDate.of(2024, 1, 20),
                "Trần Văn Cường", scan, members);
        assertTrue(s.isOnPaper());
        assertEquals(LocalDate.of(2024, 1, 20), s.getPaperSignedOn());
        assertEquals("Trần Văn Cường", s.getPaperSigner());
        assertSame(scan, s.getScan());
        assertEquals("tinhdoan", s.getSignedBy(), "the account that recorded it");
        assertEquals("error.covenant.alreadySigned", assertThrows(InvalidInputException.class,
                () -> v.requireSignableBy(members.get(1))).getMessageKey());
        v.supersede();
        assertEquals("error.covenant.superseded", assertThrows(InvalidInputException.class,
                () -> v.requireSignableBy(members.get(0))).getMessageKey());
    }

    @Test
    void pointsAreCheckedAgainstTheMaximumInHundredths() {
        Criterion c = drafted().getCriteria().get(0);
        assertEquals("error.score.aboveMax",
                assertThrows(InvalidInputException.class, () -> c.checkPoints(new BigDecimal("60.5"))).getMessageKey());
        assertEquals("error.score.negative",
                assertThrows(InvalidInputException.class, () -> c.checkPoints(new BigDecimal("-1"))).getMessageKey());
        assertEquals("error.score.hundredths",
                assertThrows(InvalidInputException.class, () -> c.checkPoints(new BigDecimal("1.005"))).getMessageKey());
        c.checkPoints(new BigDecimal("60"));
        c.checkPoints(new BigDecimal("59.990"));
    }

    private CovenantVersion drafted() {
        CovenantVersion v = new CovenantVersion(bloc, 2024, 1, "tinhdoan", LocalDateTime.now());
        v.draft("Nội dung giao ước", null, items());
        return v;
    }

    private static List<CriterionDraft> items() {
        return List.of(new CriterionDraft(CriterionKind.CRITERION, "Nhiệm vụ chính trị", new BigDecimal("60"), true),
                new CriterionDraft(CriterionKind.BONUS, "Mô hình mới", new BigDecimal("5"), false));
    }

    private Unit unit(long id, String code) {
        Unit unit = new Unit(province, code, code, code, null, LocalDate.of(2004, 1, 1));
        try {
            Field field = Unit.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(unit, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return unit;
    }
}
