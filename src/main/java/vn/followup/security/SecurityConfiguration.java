package vn.followup.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import vn.followup.organisation.Roles;
import vn.followup.system.errors.ReadableErrorBodies;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;

/**
 * Who may call what over HTTP.
 *
 * <ul>
 *   <li>{@code /api/**} (the project's API) and {@code /actuator/**}: HTTP Basic against the
 *       engine's users, or the login of the Camunda webapps' session (reads with the session alone,
 *       changes only with the webapps' CSRF token, see {@link WebappSessionAuthentication}); health
 *       probes open to anyone, every other actuator endpoint to administrators only.</li>
 *   <li>{@code /engine-rest/**}: Camunda's own HTTP Basic filter, which also sets the engine's
 *       authenticated user; only {@code GET /engine-rest/engine} answers without credentials.</li>
 *   <li>{@code /camunda/**} (Tasklist, Cockpit, Admin): the webapps' own session login and CSRF
 *       protection; Spring Security only adds its response headers.</li>
 * </ul>
 *
 * <p>An item's business key holds a "/" ({@code <notice>/<item number>}), which the audit API
 * receives URL-encoded as {@code %2F}. Tomcat and Spring Security refuse an encoded slash by
 * default. Here Tomcat decodes it before normalising the path, so servlet mapping and the security
 * rules above see the same normalised path ({@code ..%2F} cannot climb out of a rule), while Spring
 * MVC matches on the raw URI and so reads the key as one path segment.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, IdentityServiceAuthenticationProvider provider,
      IdentityService identityService, ObjectMapper objectMapper,
      @Value("${followup.organisation.office-group}") String officeGroup,
      @Value("${camunda.bpm.process-engine-name:default}") String engineName) throws Exception {
    ApiSecurityErrors errors = new ApiSecurityErrors(objectMapper);
    return http
        .securityMatcher("/api/**", "/actuator/**")
        .authenticationManager(new ProviderManager(provider))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            .requestMatchers("/actuator/**").hasRole(Roles.ADMINS)
            .requestMatchers(HttpMethod.POST, "/api/notices", "/api/notices/**").hasAnyRole(officeGroup, Roles.ADMINS)
            // Attached documents and form drafts: the rights are those of the task and the item
            // (DocumentService, access/FormDrafts).
            .requestMatchers("/api/tasks/*/documents", "/api/tasks/*/draft", "/api/documents", "/api/documents/*").authenticated()
            .requestMatchers("/api/tasks/**").hasAnyRole(officeGroup, Roles.ADMINS)
            // "Hồ sơ nội dung": the search and an item's page; its office actions for the office alone.
            .requestMatchers("/api/items/*/office-actions/*").hasRole(officeGroup)
            .requestMatchers(HttpMethod.GET, "/api/items", "/api/items/*")
                .hasAnyRole(officeGroup, Roles.SUPERVISORS, Roles.AUDITORS, Roles.ADMINS)
            .requestMatchers("/api/items", "/api/items/**").denyAll()
            .requestMatchers("/api/notices", "/api/notices/**")
                .hasAnyRole(officeGroup, Roles.SUPERVISORS, Roles.AUDITORS, Roles.ADMINS)
            .requestMatchers("/api/audit/**").hasAnyRole(Roles.SUPERVISORS, Roles.AUDITORS)
            .requestMatchers("/api/reports/**")
                .hasAnyRole(Roles.SUPERVISORS, Roles.AUDITORS, Roles.OPERATIONS, officeGroup)
            .requestMatchers("/api/notifications", "/api/notifications/**").hasRole(Roles.ADMINS)
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(errors))
        .exceptionHandling(handling -> handling.authenticationEntryPoint(errors).accessDeniedHandler(errors))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
            // The webapps' session read by WebappSessionAuthentication keeps its id: a new id would log
            // out the webapp's own requests still under way with the old one.
            .sessionFixation(fixation -> fixation.none()))
        .csrf(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        // A PDF opens inside the product's own pages (the item page "Hồ sơ nội dung"), never in another site's.
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
        .addFilterAfter(new WebappSessionAuthentication(identityService, engineName), BasicAuthenticationFilter.class)
        .addFilterAfter(new EngineIdentityFilter(identityService), WebappSessionAuthentication.class)
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain webappAndEngineRestSecurity(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        // The webapps carry their own CSRF filter; the REST API authenticates every request.
        .csrf(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
        .build();
  }

  @Bean
  WebSecurityCustomizer encodedSlashFirewall() {
    StrictHttpFirewall firewall = new StrictHttpFirewall();
    firewall.setAllowUrlEncodedSlash(true);
    return web -> web.httpFirewall(firewall);
  }

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashDecoding() {
    return factory -> factory.addConnectorCustomizers(
        connector -> connector.setEncodedSolidusHandling(EncodedSolidusHandling.DECODE.getValue()));
  }

  /** Refuses oversized request bodies of every API before they are read (413). */
  @Bean
  FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(
      @Value("${followup.http.max-request-size:5MB}") DataSize maxRequestSize,
      @Value("${followup.documents.max-size:20MB}") DataSize maxDocumentSize) {
    FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(
        new RequestSizeLimit(maxRequestSize, maxDocumentSize));
    registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    return registration;
  }

  /**
   * Camunda's English starter page ({@code /camunda-welcome}, advertising demo credentials) is not
   * served: 404, as for any page that does not exist. The webapps ask for it to decide whether to
   * show their first-login note, which they then leave out.
   */
  @Bean
  FilterRegistrationBean<OncePerRequestFilter> camundaStarterPagesNotServed() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
      }
    });
    registration.setName("camunda-starter-pages-not-served");
    registration.addUrlPatterns("/camunda-welcome", "/camunda-welcome/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  /**
   * Refuses a change to the webapps without their CSRF token in Vietnamese, before Camunda's own
   * CSRF filter would end the user's session for it (see {@link WebappCsrfRefusal}).
   */
  @Bean
  FilterRegistrationBean<WebappCsrfRefusal> webappCsrfRefusal(CamundaBpmProperties camunda) {
    String webapps = camunda.getWebapp().getApplicationPath();
    List<String> entryPoints = camunda.getWebapp().getCsrf().getEntryPoints();
    FilterRegistrationBean<WebappCsrfRefusal> registration = new FilterRegistrationBean<>(
        new WebappCsrfRefusal(entryPoints == null ? Set.of() : Set.copyOf(entryPoints)));
    registration.setName("webapp-csrf-refusal");
    registration.addUrlPatterns(webapps + "/api/*", webapps + "/app/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
    return registration;
  }

  /**
   * Every error answer of the APIs reaches the person in Vietnamese without internals, whichever
   * layer wrote it (see {@link ReadableErrorBodies}); outside every other filter but the log.
   */
  @Bean
  FilterRegistrationBean<ReadableErrorBodies> readableErrorBodies() {
    FilterRegistrationBean<ReadableErrorBodies> registration = new FilterRegistrationBean<>(new ReadableErrorBodies());
    registration.setName("readable-error-bodies");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*", "/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  /** Logs refused calls of the engine REST API and the webapps' API; runs outside the authentication. */
  @Bean
  FilterRegistrationBean<RefusedAccessLog> refusedAccessLog() {
    FilterRegistrationBean<RefusedAccessLog> registration = new FilterRegistrationBean<>(new RefusedAccessLog());
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** Camunda's HTTP Basic authentication for the engine REST API. */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.setOrder(ENGINE_REST_AUTHENTICATION_ORDER);
    return registration;
  }

  /** Camunda's HTTP Basic filter runs after Spring Security's chain and before the allowlist. */
  private static final int ENGINE_REST_AUTHENTICATION_ORDER = 0;

  /**
   * Each role reaches only the operations of {@link OperationAllowlist}: after the user is known
   * (Spring Security's chain for {@code /api}, Camunda's HTTP Basic filter for {@code /engine-rest},
   * the webapps' session for {@code /camunda/api}) and before anything runs.
   */
  @Bean
  FilterRegistrationBean<OperationAllowlistFilter> operationAllowlist(IdentityService identityService,
      @Value("${followup.organisation.office-group}") String officeGroup,
      @Value("${camunda.bpm.process-engine-name:default}") String engineName) {
    FilterRegistrationBean<OperationAllowlistFilter> registration = new FilterRegistrationBean<>(
        new OperationAllowlistFilter(identityService, engineName, officeGroup));
    registration.setName("operation-allowlist");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*", "/api/*");
    registration.setOrder(ENGINE_REST_AUTHENTICATION_ORDER + 10);
    return registration;
  }
}
