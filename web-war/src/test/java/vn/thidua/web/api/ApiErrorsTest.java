package vn.thidua.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import jakarta.ws.rs.ProcessingException;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import vn.thidua.ballot.service.AlreadyVotedException;
import vn.thidua.shared.AccessDeniedException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.NotFoundException;
import vn.thidua.web.Messages;

/** What the API answers to each kind of failure (status and message), without a server. */
class ApiErrorsTest {

    @Test
    void aBodyThatIsNotJsonOrNotOfTheExpectedShapeIsABadRequest() {
        ApiErrors.Answer malformed = ApiErrors.answer(new ProcessingException("RESTEASY008200: JSON Binding deserialization error",
                new JsonbException("Unexpected char", new JsonParsingException("Unexpected char 123", null))));
        assertEquals(400, malformed.status());
        assertEquals("api.error.json", malformed.key());
        assertEquals(400, ApiErrors.answer(new ProcessingException("x",
                new JsonbException("Can't deserialize JSON array into: class CastRequest"))).status());
        assertEquals("Nội dung yêu cầu không phải JSON hợp lệ hoặc không đúng cấu trúc mà API yêu cầu.",
                Messages.text(Locale.forLanguageTag("vi"), malformed.key()));
        assertEquals("The request body is not valid JSON or does not have the structure the API expects.",
                Messages.text(Locale.ENGLISH, malformed.key()));
    }

    @Test
    void bytesThatAreNotUtf8AreABadRequest() {
        byte[] broken = "{\"note\": \"\u00e0\"}".getBytes(StandardCharsets.ISO_8859_1);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> ApiBodyLimits.requireUtf8(broken));
        assertEquals(400, ApiErrors.answer(refused).status());
        assertEquals("api.error.encoding", ApiErrors.answer(refused).key());
        ApiBodyLimits.requireUtf8("{\"note\": \"Khối thi đua số 03\"}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void refusalsAndBrokenRulesKeepTheirMessages() {
        assertAnswer(403, "error.accessDenied", ApiErrors.answer(new EJBException(new AccessDeniedException())));
        assertAnswer(403, "error.accessDenied", ApiErrors.answer(new EJBAccessException("WFLYEJB0364")));
        assertAnswer(404, "error.notFound", ApiErrors.answer(new NotFoundException("Ballot", 1L)));
        assertAnswer(409, "error.ballot.alreadyVoted", ApiErrors.answer(new AlreadyVotedException("Tỉnh đoàn Đắk Nông")));
        assertAnswer(400, "error.api.body", ApiErrors.answer(new InvalidInputException("error.api.body")));
    }

    @Test
    void theDatabaseOutOfReachIsUnavailableAndAFaultIs500() {
        assertAnswer(503, "api.error.unavailable", ApiErrors.answer(new EJBException(new PersistenceException(
                new SQLException("IJ031019", new ResourceException("IJ000453: Unable to get managed connection"))))));
        assertAnswer(500, "error.unexpected", ApiErrors.answer(new IllegalStateException("bug")));
    }

    @Test
    void aConcurrentChangeIsAConflictThatSaysToTryAgain() {
        ApiErrors.Answer answer = ApiErrors.answer(new EJBTransactionRolledbackException("rolled back", new PersistenceException(
                new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213))));
        assertAnswer(409, "error.concurrentChange", answer);
        assertEquals("Cùng lúc đó có người khác thay đổi chính dữ liệu này, nên thao tác vừa rồi của bạn chưa được lưu "
                + "(không có gì bị ghi dở). Vui lòng thực hiện lại.", Messages.text(Locale.forLanguageTag("vi"), answer.key()));
        assertEquals("Someone else changed the same data at the same moment, so nothing of what you just did was saved. "
                + "Please try again.", Messages.text(Locale.ENGLISH, answer.key()));
    }

    @Test
    void everyStatusHasATextInBothLanguages() {
        for (int status : new int[] {400, 401, 403, 404, 405, 406, 409, 413, 415, 500, 503}) {
            String key = ApiAnswers.key(status);
            for (Locale locale : new Locale[] {Locale.forLanguageTag("vi"), Locale.ENGLISH}) {
                String text = Messages.text(locale, key);
                assertEquals(false, text.isBlank(), key);
                if (status != 500) {
                    assertEquals(false, text.equals(Messages.text(locale, "error.unexpected")), key + " exists in " + locale);
                }
            }
        }
        assertEquals(Locale.ENGLISH, ApiAnswers.locale("en-US,en;q=0.9"));
        assertEquals(Locale.forLanguageTag("vi"), ApiAnswers.locale(null));
    }

    private static void assertAnswer(int status, String key, ApiErrors.Answer answer) {
        assertEquals(status, answer.status(), answer.toString());
        assertEquals(key, answer.key(), answer.toString());
    }
}
