package vn.thidua.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The server side of {@link OneDecisionBrowserIT} (deployed in the tests' WAR only):
 * {@code GET /thidua-tests/one-decision?year=…} makes a proposal of Bloc No. 03 and one of the
 * second bloc that await the Chair in that year and answers their ids, one {@code name=id} a line.
 */
@WebServlet("/one-decision")
public class OneDecisionServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private OneDecisionFixture fixture;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int year = Integer.parseInt(request.getParameter("year"));
        StringBuilder out = new StringBuilder();
        try {
            Long blocB = fixture.blocB(year);
            out.append("proposal03=").append(fixture.reviewed03(year)).append('\n');
            out.append("proposalB=").append(fixture.reviewedB(blocB, year)).append('\n');
            out.append("blocB=").append(blocB).append('\n');
        } catch (Exception e) {
            throw new IOException("the one-decision fixture", e);
        }
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(out.toString());
    }
}
