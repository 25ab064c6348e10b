package vn.thidua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tokens presented to the portal's API in single sign-on mode: the server's OpenID Connect
 * client accepts only tokens signed by the configured provider, for the portal's client id;
 * a forged or borrowed token gets 401 and reaches no business code.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SsoTokenIT {

    private static final String CLIENT_ID = System.getProperty("it.oidc.client-id");
    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portal();
    }

    @Test
    void aTokenOfTheProviderForThePortalIsAccepted() throws Exception {
        HttpResponse<String> me = call(token(OidcProviderForTests.ISSUER, CLIENT_ID, member()), "/api/me");
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("\"roles\":[\"member_representative\"]"), me.body());
        assertTrue(me.body().contains("\"unitCode\":\"HLHPN\""), me.body());
        assertEquals(403, call(token(OidcProviderForTests.ISSUER, CLIENT_ID, member()), "/api/blocs?year=2024").statusCode(),
                "the mapped role decides, also for tokens");
    }

    @Test
    void aPersonOfAnUnknownUnitOrWithoutAPortalRoleCanCallNothing() throws Exception {
        Map<String, Object> unknownUnit = Map.of("preferred_username", "api-unknown", "groups", List.of("thidua-don-vi"),
                "ma_don_vi", "SXYZ", "typ", "Bearer");
        HttpResponse<String> me = call(token(OidcProviderForTests.ISSUER, CLIENT_ID, unknownUnit), "/api/me");
        assertEquals(403, me.statusCode());
        assertTrue(me.body().contains("Đơn vị của bạn chưa có trong danh mục đơn vị"), me.body());
        assertEquals(403, call(token(OidcProviderForTests.ISSUER, CLIENT_ID, unknownUnit), "/api/blocs/mine").statusCode());

        Map<String, Object> noRole = Map.of("preferred_username", "api-norole", "groups", List.of("nhan-vien", "board_leader"),
                "ma_don_vi", "HLHPN", "typ", "Bearer");
        HttpResponse<String> refused = call(token(OidcProviderForTests.ISSUER, CLIENT_ID, noRole), "/api/blocs?year=2024");
        assertEquals(403, refused.statusCode(), "a portal role's name in the groups is no mapping");
        assertTrue(refused.body().contains("Tài khoản chưa được phân quyền"), refused.body());
    }

    @Test
    void aTokenWithATamperedSignatureIsRejected() throws Exception {
        String[] parts = token(OidcProviderForTests.ISSUER, CLIENT_ID, member()).split("\\.");
        String signature = parts[2];
        char flipped = signature.charAt(10) == 'A' ? 'B' : 'A';
        String tampered = parts[0] + "." + parts[1] + "." + signature.substring(0, 10) + flipped + signature.substring(11);
        assertEquals(401, call(tampered, "/api/me").statusCode());
    }

    @Test
    void aTokenWhoseClaimsWereChangedAfterSigningIsRejected() throws Exception {
        String[] member = token(OidcProviderForTests.ISSUER, CLIENT_ID, member()).split("\\.");
        String leader = Json.createObjectBuilder().add("preferred_username", "api-hlhpn")
                .add("groups", Json.createArrayBuilder().add("thidua-lanh-dao-ban")).add("typ", "Bearer").add("aud", CLIENT_ID)
                .add("iss", OidcProviderForTests.provider().issuerUrl(OidcProviderForTests.ISSUER).toString())
                .add("sub", "api-hlhpn").add("exp", System.currentTimeMillis() / 1000 + 3600).build().toString();
        String forgedPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(leader.getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = call(member[0] + "." + forgedPayload + "." + member[2], "/api/blocs?year=2024");
        assertEquals(401, answer.statusCode(), "a member's signature under a Board leader's claims");
    }

    @Test
    void aTokenForAnotherAudienceIsRejected() throws Exception {
        HttpResponse<String> answer = call(token(OidcProviderForTests.ISSUER, "another-portal", member()), "/api/me");
        assertEquals(401, answer.statusCode());
    }

    @Test
    void aTokenOfAnotherIssuerIsRejected() throws Exception {
        HttpResponse<String> answer = call(token("another-issuer", CLIENT_ID, member()), "/api/me");
        assertEquals(401, answer.statusCode());
    }

    private static Map<String, Object> member() {
        return Map.of("preferred_username", "api-hlhpn", "name", "H'Mai Niê", "groups", List.of("thidua-don-vi"),
                "ma_don_vi", "HLHPN", "typ", "Bearer");
    }

    private static String token(String issuer, String audience, Map<String, Object> claims) {
        return OidcProviderForTests.provider().issueToken(issuer, "api-hlhpn", audience, claims, 3600).serialize();
    }

    private HttpResponse<String> call(String token, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(PortalClient.BASE + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .header("Accept-Language", "vi").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

}
