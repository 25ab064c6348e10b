package vn.thidua.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;

/**
 * The server side of {@link PlainVietnameseBrowserIT} (deployed in the tests' WAR only):
 * {@code GET /thidua-tests/plain-text} makes {@link PlainTextFixture} once and answers its
 * ids, one {@code name=id} a line.
 */
@WebServlet("/plain-text")
public class PlainTextServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlainTextFixture fixture;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Long> ids;
        try {
            ids = fixture.ids();
        } catch (Exception e) {
            throw new IOException("the plain text fixture", e);
        }
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        StringBuilder out = new StringBuilder();
        ids.forEach((name, id) -> out.append(name).append('=').append(id).append('\n'));
        response.getWriter().write(out.toString());
    }
}
