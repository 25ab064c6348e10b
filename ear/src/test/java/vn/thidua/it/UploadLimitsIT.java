package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the server does with uploads before the portal reads them: a multipart request from
 * nobody logged in is refused without reading its body (even for the public login page);
 * one larger than the limit gets a clear page in the person's language, also without its
 * body being read; and a file of exactly 10 MB (the file rule's limit) does reach the portal
 * (the server's own request limit used to cut it off).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UploadLimitsIT {

    private static final int PORT = Integer.parseInt(System.getProperty("it.http.port", "8180"));
    private static final String BOUNDARY = "----thidua-upload-limits";
    private static final int TEN_MB = 10 * 1024 * 1024;

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portal();
    }

    @Test
    void anAnonymousMultipartRequestIsRefusedBeforeItsBodyIsRead() throws IOException {
        // 5 MB announced, 100 bytes sent: an answer proves the body was never waited for
        Raw refused = rawMultipart("/login.xhtml", null, 5L * 1024 * 1024);
        assertEquals(403, refused.status(), refused.text());
        assertTrue(refused.text().contains("Cần đăng nhập"), refused.text());
        assertTrue(refused.millis() < 10_000, "answered at once: " + refused.millis() + " ms");

        // a page that needs a login: the login takes over (and the guard refuses the multipart
        // body where the login page is forwarded to); never the page itself
        Raw protectedPage = rawMultipart("/year/scores.xhtml", null, -1);
        assertNotEquals(200, protectedPage.status(), protectedPage.text());
    }

    @Test
    void aRequestAboveTheLimitGetsAClearPageBeforeItsBodyIsRead() throws IOException, InterruptedException {
        String session = PortalClient.loggedIn(Person.WOMEN_UNION).cookie("JSESSIONID");
        Raw tooLarge = rawMultipart("/index.xhtml", session, 12L * 1024 * 1024);
        assertEquals(413, tooLarge.status(), tooLarge.text());
        assertTrue(tooLarge.text().contains("Tệp gửi lên quá lớn"), tooLarge.text());
        assertTrue(tooLarge.text().contains("tối đa 10 MB"), tooLarge.text());
        assertTrue(tooLarge.millis() < 10_000, "answered at once: " + tooLarge.millis() + " ms");

        Raw scan = rawMultipart("/index.xhtml", session, 30L * 1024 * 1024);
        assertEquals(413, scan.status(), "a 30 MB scan gets the same page: " + scan.text());
        assertTrue(scan.text().contains("Tệp gửi lên quá lớn"), scan.text());
    }

    @Test
    void aTenMegabyteFileReachesThePortal() throws IOException, InterruptedException {
        String session = PortalClient.loggedIn(Person.WOMEN_UNION).cookie("JSESSIONID");
        byte[] file = new byte[TEN_MB];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, file, 0, 8);
        ByteArrayOutputStream body = new ByteArrayOutputStream(TEN_MB + 1024);
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nminh chứng\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"minh-chung.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        assertTrue(body.size() > TEN_MB, "a 10 MB file makes a request above the server's old 10 MB limit");

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(PortalClient.BASE + "/index.xhtml"))
                .header("Cookie", "JSESSIONID=" + session)
                .header("Origin", "http://localhost:" + PORT)
                .header("Referer", PortalClient.BASE + "/index.xhtml")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("id=\"welcome\""), "the portal read the request and answered with its page");
    }

    /** An answer read off the socket: status, the whole text, how long it took. */
    private record Raw(int status, String text, long millis) {
    }

    /**
     * Announces a multipart body of {@code announced} bytes but sends only its first 100,
     * then reads the answer (the server must answer without waiting for the rest);
     * {@code announced} -1: a small body, sent whole.
     */
    private static Raw rawMultipart(String path, String session, long announced) throws IOException {
        byte[] start100 = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] whole = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.7\r\n--"
                + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] sent = announced < 0 ? whole : start100;
        long start = System.nanoTime();
        try (Socket socket = new Socket("127.0.0.1", PORT)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST /thidua" + path + " HTTP/1.1\r\nHost: localhost:" + PORT + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\n"
                    + "Content-Length: " + (announced < 0 ? whole.length : announced)
                    + "\r\nAccept: text/html\r\nAccept-Language: vi\r\n"
                    + (session == null ? "" : "Cookie: JSESSIONID=" + session + "\r\n") + "\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(sent);
            out.flush();
            String answer = readAnswer(socket.getInputStream());
            int status = Integer.parseInt(answer.substring(9, 12));
            return new Raw(status, answer, (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** The status line, headers and body (by Content-Length, chunks, or up to the connection's end). */
    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        String headers = head.toString(StandardCharsets.ISO_8859_1);
        String lower = headers.toLowerCase(Locale.ROOT);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = lower.indexOf("content-length:");
        if (at >= 0) {
            int length = Integer.parseInt(lower.substring(at + 15, lower.indexOf('\r', at)).strip());
            body.write(in.readNBytes(length));
        } else if (lower.contains("transfer-encoding: chunked")) {
            while (true) {
                StringBuilder size = new StringBuilder();
                for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
                    if (b != '\r') {
                        size.append((char) b);
                    }
                }
                int n = Integer.parseInt(size.toString().split(";")[0].strip(), 16);
                if (n == 0) {
                    break;
                }
                body.write(in.readNBytes(n));
                in.readNBytes(2);
            }
        } else {
            body.write(in.readAllBytes());
        }
        assertFalse(headers.isEmpty(), "no answer");
        return headers + body.toString(StandardCharsets.UTF_8);
    }
}
