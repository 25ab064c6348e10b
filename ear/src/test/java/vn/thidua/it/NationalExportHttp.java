package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.json.JsonObject;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link NationalExportIT}'s client-side tests do over HTTP, kept apart from the test
 * class: its in-container run resolves the test class's method signatures, and
 * {@link PortalClient} is not deployed.
 */
final class NationalExportHttp {

    private NationalExportHttp() {
    }

    /** Polls the job every 50 ms until it is no longer RUNNING (at most a minute); every answer seen. */
    static List<JsonObject> follow(PortalClient client, String job) throws Exception {
        List<JsonObject> seen = new ArrayList<>();
        long end = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < end) {
            PortalClient.Answer answer = client.get("/api/jobs?id=" + job);
            assertEquals(200, answer.status(), answer.body());
            JsonObject state = answer.json().asJsonObject();
            seen.add(state);
            if (!state.getString("status").equals("RUNNING")) {
                return seen;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the job did not finish within a minute: " + seen);
    }

    static HttpResponse<byte[]> download(PortalClient client, String file) throws Exception {
        assertNotNull(file);
        return client.sendBytes(HttpRequest.newBuilder(URI.create(PortalClient.BASE + "/api/" + file)).GET().build());
    }
}
