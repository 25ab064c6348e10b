package vn.thidua.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;

/**
 * The server side of {@link AccessMatrixIT} (deployed in the tests' WAR only).
 * {@code GET /thidua-tests/access-matrix?fixture} makes the fixture once and answers its ids,
 * one {@code name=id} a line; {@code GET ...?target=Class%23method&user=u} runs one service
 * cell as the demo account {@code u} (none: anonymous) and answers {@code answer detail}.
 */
@WebServlet("/access-matrix")
public class AccessMatrixServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccessMatrixFixture fixture;

    @Inject
    private AccessMatrixCalls calls;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        Map<String, Long> ids;
        try {
            ids = fixture.ids();
        } catch (Exception e) {
            throw new IOException("the access matrix fixture", e);
        }
        if (request.getParameter("fixture") != null) {
            StringBuilder out = new StringBuilder();
            ids.forEach((name, id) -> out.append(name).append('=').append(id).append('\n'));
            response.getWriter().write(out.toString());
            return;
        }
        String user = request.getParameter("user");
        response.getWriter().write(calls.run(request.getParameter("target"), user == null || user.isBlank() ? null : user,
                MemberHttp.PASSWORD, ids));
    }
}
