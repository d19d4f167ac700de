package com.stillpoint.auth;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.jackson.JacksonEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementContextAutoConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.actuate.web.ServletManagementContextAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.actuate.endpoint.web.WebMvcHealthEndpointExtensionAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;

import java.net.URI;

/**
 * Stillpoint's OAuth2 / OpenID Connect authorization server for the local stack, demos and tests, with the demo
 * staff of two chains. Production points the services at a real OIDC provider instead.
 *
 * <h2>Configuration</h2>
 * The server reads {@code auth-server.yml} ({@code spring.config.name=auth-server}), never
 * {@code application.yml}: other modules start it inside their own test JVM, next to their own
 * {@code application.yml}. For the same reason it imports an explicit list of auto-configurations instead of
 * everything on the class path, so a host's MongoDB, Kafka or platform auto-configuration stays out of it.
 *
 * <h2>Issuer</h2>
 * {@code stillpoint.auth.issuer}, by default {@code http://localhost:${server.port}}, so {@code http://localhost:9000}.
 * Started on a random port ({@code --server.port=0}) and without an explicit issuer, the server has no fixed issuer:
 * it names itself after the base URL of each request, so a client that uses {@link #issuer(ApplicationContext)}
 * ({@code http://localhost:<actual port>}) for discovery, login and token validation sees one consistent issuer.
 * To pin another one, pass {@code --stillpoint.auth.issuer=...}.
 *
 * <h2>From a test in another module</h2>
 * <pre>{@code
 * ConfigurableApplicationContext authServer = AuthServerApplication.start("--server.port=0");
 * URI issuer = AuthServerApplication.issuer(authServer);
 * String accessToken = DemoLogin.accessToken(issuer, "front.desk", DemoLogin.DEMO_PASSWORD);
 * // ... and authServer.close() when done
 * }</pre>
 */
@SpringBootConfiguration
@ComponentScan
@ImportAutoConfiguration({
        PropertyPlaceholderAutoConfiguration.class,
        SslAutoConfiguration.class,
        TomcatServletWebServerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class,
        ErrorMvcAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class,
        JacksonAutoConfiguration.class,
        SecurityAutoConfiguration.class,
        ServletWebSecurityAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class,
        OAuth2AuthorizationServerAutoConfiguration.class,
        OAuth2AuthorizationServerJwtAutoConfiguration.class,
        EndpointAutoConfiguration.class,
        WebEndpointAutoConfiguration.class,
        JacksonEndpointAutoConfiguration.class,
        ManagementContextAutoConfiguration.class,
        ServletManagementContextAutoConfiguration.class,
        HealthContributorAutoConfiguration.class,
        HealthContributorRegistryAutoConfiguration.class,
        HealthEndpointAutoConfiguration.class,
        WebMvcHealthEndpointExtensionAutoConfiguration.class})
public class AuthServerApplication {

    public static void main(String[] args) {
        start(args);
    }

    /**
     * Starts the server with {@code auth-server.yml} and the given command-line style arguments
     * (for example {@code --server.port=0}).
     *
     * @return the running server; close it to stop the server
     */
    public static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(AuthServerApplication.class)
                .properties("spring.config.name=auth-server")
                .run(args);
    }

    /** The issuer of a server started by {@link #start}: the configured one, else {@code http://localhost:<port>}. */
    public static URI issuer(ApplicationContext authServer) {
        String configured = authServer.getBean(AuthorizationServerSettings.class).getIssuer();
        if (configured != null) {
            return URI.create(configured);
        }
        return URI.create("http://localhost:" + authServer.getEnvironment().getRequiredProperty("local.server.port"));
    }
}
