package vn.thidua.it;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import okhttp3.mockwebserver.RecordedRequest;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The single sign-on test run: before Arquillian starts WildFly, starts a real OpenID
 * Connect provider on loopback (mock-oauth2-server with its interactive login page, where a
 * test types the user name and the claims the province's provider would send), and puts the
 * server into single sign-on mode exactly as a province does: {@code config/apply-cli.sh}
 * with {@code config/oidc.cli}, here into {@code standalone-sso.xml} so that the demo-mode
 * configuration stays untouched. The THIDUA_SSO_* environment variables come from the build.
 * With {@code it.keycloak.home} the provider is a real Keycloak instead (the Keycloak run), its
 * realm built by the guide's script config/keycloak/realm-setup.sh.
 * Registered through META-INF/services; does nothing unless the build passed {@code it.oidc.port}.
 */
public class OidcProviderForTests implements LauncherSessionListener {

    /** The provider's issuer id: the provider URL is {@code http://localhost:<port>/thidua}. */
    static final String ISSUER = "thidua";

    private static MockOAuth2Server provider;

    /** The running provider (single sign-on test run only). */
    static MockOAuth2Server provider() {
        if (provider == null) {
            throw new IllegalStateException("no OpenID Connect provider: not the single sign-on test run");
        }
        return provider;
    }

    /** Whether this test run has the portal in single sign-on mode. */
    static boolean active() {
        return System.getProperty("it.oidc.port") != null;
    }

    /** The requests the provider received since the last call (the browser's and the server's). */
    static List<RecordedRequest> receivedRequests() throws InterruptedException {
        List<RecordedRequest> requests = new ArrayList<>();
        while (true) {
            try {
                requests.add(provider().takeRequest(500, TimeUnit.MILLISECONDS));
            } catch (RuntimeException noMoreWithinTimeout) {
                return requests;
            }
        }
    }

    private static Process keycloak;

    /** Whether the provider of this run is a real Keycloak (otherwise mock-oauth2-server). */
    static boolean keycloak() {
        return System.getProperty("it.keycloak.home") != null;
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("it.oidc.port");
        if (port == null || provider != null || keycloak != null) {
            return;
        }
        try {
            if (keycloak()) {
                startKeycloak(Integer.parseInt(port));
            } else {
                provider = new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\": true}"));
                provider.start(InetAddress.getByName("127.0.0.1"), Integer.parseInt(port));
            }
            configureServer();
        } catch (IOException e) {
            throw new IllegalStateException("could not prepare the single sign-on test run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void configureServer() throws IOException, InterruptedException {
        Path server = Path.of(System.getProperty("jboss.home"));
        Path configuration = server.resolve("standalone/configuration");
        Files.copy(configuration.resolve("standalone.xml"), configuration.resolve("standalone-sso.xml"),
                StandardCopyOption.REPLACE_EXISTING);
        Path config = Path.of(System.getProperty("it.config.dir"));
        Process cli = new ProcessBuilder("bash", config.resolve("apply-cli.sh").toString(), server.toString(),
                config.resolve("oidc.cli").toString(), "standalone-sso.xml")
                .redirectErrorStream(true)
                .redirectOutput(server.resolve("oidc-cli.log").toFile())
                .start();
        if (!cli.waitFor(120, TimeUnit.SECONDS) || cli.exitValue() != 0) {
            throw new IllegalStateException("config/oidc.cli failed; see " + server.resolve("oidc-cli.log"));
        }
    }

    /** The test client of the Keycloak run (config/keycloak/realm-setup.sh's THIDUA_API_TEST_CLIENT). */
    static final String KEYCLOAK_TEST_CLIENT = "thidua-api-test";
    /** The password of the sample users the script creates in the Keycloak run. */
    static final String KEYCLOAK_SAMPLE_PASSWORD = "Kc@2024";

    /**
     * Keycloak as the Keycloak distribution runs it (development mode, its own H2 database),
     * its realm built by config/keycloak/realm-setup.sh, the script of the README's guide,
     * with this run's addresses; then one client the guide does not have, {@code another-app},
     * whose tokens the portal must refuse.
     */
    private static void startKeycloak(int port) throws IOException, InterruptedException {
        try (java.net.Socket taken = new java.net.Socket("127.0.0.1", port)) {
            throw new IllegalStateException("port " + port + " is in use: stop what runs there (an earlier Keycloak?)");
        } catch (java.net.ConnectException free) {
            // the port is free, as it should be
        }
        Path home = Path.of(System.getProperty("it.keycloak.home"));
        String adminPassword = "admin-" + System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--http-host=127.0.0.1")
                .redirectErrorStream(true).redirectOutput(home.resolve("keycloak.log").toFile());
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        keycloak = builder.start();
        String url = "http://localhost:" + port;
        awaitDiscovery(home, URI.create(url + "/realms/master/.well-known/openid-configuration"));

        Path config = Path.of(System.getProperty("it.config.dir"));
        Path kcadmConfig = home.resolve("kcadm-it.config");
        ProcessBuilder setup = new ProcessBuilder("bash", config.resolve("keycloak/realm-setup.sh").toString())
                .redirectErrorStream(true).redirectOutput(home.resolve("realm-setup.log").toFile());
        setup.environment().put("KC_URL", url);
        setup.environment().put("KC_ADMIN_USER", "admin");
        setup.environment().put("KC_CLI_PASSWORD", adminPassword);
        setup.environment().put("KCADM", home.resolve("bin/kcadm.sh").toString());
        setup.environment().put("KCADM_CONFIG", kcadmConfig.toString());
        setup.environment().put("THIDUA_PORTAL_URLS", "http://localhost:" + System.getProperty("it.http.port") + "/thidua");
        setup.environment().put("THIDUA_CLIENT_ID", System.getenv("THIDUA_SSO_CLIENT_ID"));
        setup.environment().put("THIDUA_CLIENT_SECRET", System.getenv("THIDUA_SSO_CLIENT_SECRET"));
        setup.environment().put("THIDUA_UNIT_ATTRIBUTE", System.getenv("THIDUA_SSO_UNIT_CLAIM"));
        setup.environment().put("THIDUA_API_TEST_CLIENT", KEYCLOAK_TEST_CLIENT);
        setup.environment().put("THIDUA_SAMPLE_PASSWORD", KEYCLOAK_SAMPLE_PASSWORD);
        run(setup, "config/keycloak/realm-setup.sh", home.resolve("realm-setup.log"));

        ProcessBuilder anotherApp = new ProcessBuilder("bash", home.resolve("bin/kcadm.sh").toString(), "create", "clients",
                "-r", "thidua", "-s", "clientId=another-app", "-s", "secret=another-secret", "-s", "publicClient=false",
                "-s", "standardFlowEnabled=false", "-s", "directAccessGrantsEnabled=true", "--config", kcadmConfig.toString())
                .redirectErrorStream(true).redirectOutput(home.resolve("another-app.log").toFile());
        run(anotherApp, "kcadm.sh create clients (another-app)", home.resolve("another-app.log"));
        awaitDiscovery(home, URI.create(url + "/realms/thidua/.well-known/openid-configuration"));
    }

    private static void run(ProcessBuilder builder, String what, Path log) throws IOException, InterruptedException {
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(what + " did not finish within 5 minutes; see " + log);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(what + " failed (exit " + process.exitValue() + "): "
                    + Files.readString(log).strip());
        }
    }

    private static void awaitDiscovery(Path home, URI discovery) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 180; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(discovery).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            if (!keycloak.isAlive()) {
                break;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Keycloak did not serve " + discovery + "; see " + home.resolve("keycloak.log"));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (provider != null) {
            provider.shutdown();
            provider = null;
        }
        if (keycloak != null) {
            List<ProcessHandle> tree = new ArrayList<>(keycloak.descendants().toList());
            tree.add(keycloak.toHandle());
            tree.forEach(ProcessHandle::destroy);
            for (ProcessHandle process : tree) {
                try {
                    process.onExit().get(30, TimeUnit.SECONDS);
                } catch (Exception stillRunning) {
                    process.destroyForcibly();
                }
            }
            keycloak = null;
        }
    }
}
