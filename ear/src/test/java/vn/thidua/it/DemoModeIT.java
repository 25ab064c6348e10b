package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Demo mode (the server as security.cli leaves it: the demo accounts' realm and
 * {@code thidua.demo-mode=true}): every page says that the accounts are samples, the login
 * page before anyone logs in as much as the pages after. SsoNoDemoLoginIT checks the
 * opposite in single sign-on mode.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoModeIT {

    static final String BANNER = "Chế độ trình diễn — tài khoản mẫu";

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portal();
    }

    @Test
    void theLoginPageAndThePagesAfterItShowTheDemoBanner() throws Exception {
        HttpResponse<String> login = PortalClient.anonymous().page("/login.xhtml");
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("id=\"demoBanner\"") && login.body().contains(BANNER), login.body());

        PortalClient women = PortalClient.loggedIn(Person.WOMEN_UNION);
        for (String page : new String[] {"/index.xhtml", "/blocs/mine.xhtml", "/registry/search.xhtml"}) {
            PortalClient.Answer answer = women.get(page);
            assertEquals(200, answer.status(), page);
            assertTrue(answer.body().contains("id=\"demoBanner\"") && answer.body().contains(BANNER), page);
        }
        PortalClient.Answer board = PortalClient.loggedIn(Person.BOARD_SPECIALIST).get("/board/audit/list.xhtml");
        assertTrue(board.body().contains(BANNER), "the Board's pages too");
    }
}
