package org.cocreate.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.cocreate.shared.SiteSettings;
import org.cocreate.shared.web.Loopback;
import org.cocreate.shared.web.PublicRoutes;
import org.cocreate.shared.web.UnmappedPages;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Every route-level rule in one place. Pages: a session (kept in PostgreSQL, shared by all
 * nodes), CSRF on every state-changing form, remember-me. API: stateless, a bearer token per
 * request; HTTP Basic only to create a token. Finer rules (may this member change that space?)
 * live in each module's permissions class.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * Metrics: open on a development machine; in prod only to a scraper that presents
	 * {@code Authorization: Bearer <COCREATE_METRICS_TOKEN>} (closed to all while no token is set).
	 */
	static AuthorizationManager<RequestAuthorizationContext> metricsAccess(boolean prod, String token) {
		byte[] expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
		return (authentication, context) -> {
			if (!prod) {
				return new AuthorizationDecision(true);
			}
			String presented = context.getRequest().getHeader("Authorization");
			return new AuthorizationDecision(!token.isBlank() && presented != null
					&& MessageDigest.isEqual(expected, presented.getBytes(StandardCharsets.UTF_8)));
		};
	}

	/**
	 * What anyone may use without an account (principle: no forced sign-up to read), as every
	 * module declares it ({@link PublicRoutes}): this class names no other module's URL.
	 */
	record Public(String[] pages, String[] forms, String[] apiReads, Set<String> localOnly) {

		static Public of(List<PublicRoutes> modules) {
			return new Public(collect(modules, PublicRoutes::publicPages), collect(modules, PublicRoutes::publicForms),
					collect(modules, PublicRoutes::publicApiReads), Set.of(collect(modules, PublicRoutes::localOnly)));
		}

		/**
		 * Development tools (the mailbox holds everyone's verification and reset links): open
		 * without an account, but only to requests from this machine.
		 */
		RequestMatcher fromThisMachine() {
			return request -> localOnly.contains(request.getServletPath()) && Loopback.is(request);
		}

		private static String[] collect(List<PublicRoutes> modules, Function<PublicRoutes, List<String>> routes) {
			return modules.stream().flatMap(m -> routes.apply(m).stream()).distinct().sorted().toArray(String[]::new);
		}
	}

	@Bean
	Public publicRoutes(List<PublicRoutes> modules) {
		return Public.of(modules);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
	}

	/**
	 * Every cookie of the site is SameSite=Lax. The session and language cookies say so themselves;
	 * Spring Security writes the remember-me cookie without the attribute, and a month-long
	 * log-in must not ride along on requests other sites start.
	 */
	@Bean
	CookieSameSiteSupplier cookiesAreSameSiteLax() {
		return CookieSameSiteSupplier.ofLax();
	}

	@Bean
	PersistentTokenRepository rememberMeTokens(DataSource dataSource) {
		var repository = new JdbcTokenRepositoryImpl();
		repository.setDataSource(dataSource);
		return repository;
	}

	/** The filters run inside the security chains only, not a second time as plain servlet filters. */
	@Bean
	FilterRegistrationBean<BearerTokenFilter> bearerFilterRegistration(BearerTokenFilter filter) {
		var registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	FilterRegistrationBean<LoginThrottleFilter> throttleFilterRegistration(LoginThrottleFilter filter) {
		var registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, BearerTokenFilter bearer, LoginThrottleFilter throttle,
			ApiAuthenticationProblems problems, Public everyone) throws Exception {
		return http.securityMatcher("/api/v1/**")
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache(AbstractHttpConfigurer::disable)
			.httpBasic(b -> b.authenticationEntryPoint(problems))
			.addFilterBefore(bearer, BasicAuthenticationFilter.class)
			.addFilterBefore(throttle, BasicAuthenticationFilter.class)
			.exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, everyone.apiReads())
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/members")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/tokens")
				.authenticated()
				.anyRequest()
				.authenticated())
			.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
			.build();
	}

	/**
	 * The default CSRF handler, except that a tampered token is refused (403) instead of failing
	 * the request (500): Spring Security's XOR decoding throws when a forged token of the right
	 * length does not decode to UTF-8.
	 */
	static final class TamperedCsrfTokensRefused implements CsrfTokenRequestHandler {

		private final XorCsrfTokenRequestAttributeHandler xor = new XorCsrfTokenRequestAttributeHandler();

		@Override
		public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
			xor.handle(request, response, csrfToken);
		}

		@Override
		public @Nullable String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
			try {
				return xor.resolveCsrfTokenValue(request, csrfToken);
			}
			catch (IllegalArgumentException tampered) {
				return null;
			}
		}
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, LoginThrottleFilter throttle, LoginOutcomes outcomes,
			PersistentTokenRepository rememberMeTokens, MemberDetailsService members, SiteSettings site,
			Environment environment, Public everyone, UnmappedPages unmappedPages) throws Exception {
		boolean prod = environment.matchesProfiles("prod");
		http.csrf(c -> c.csrfTokenRequestHandler(new TamperedCsrfTokensRefused()))
			.authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, everyone.pages())
			.permitAll()
			.requestMatchers(HttpMethod.POST, everyone.forms())
			.permitAll()
			.requestMatchers(everyone.fromThisMachine())
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/actuator/prometheus")
			.access(metricsAccess(prod, environment.getProperty("cocreate.metrics.token", "").strip()))
			.requestMatchers("/admin/**", "/actuator/**")
			.hasRole("ADMIN")
			.requestMatchers(unmappedPages) // no controller answers: the 404 page (or a static file) for everyone
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin(f -> f.loginPage("/login")
				.usernameParameter("username")
				.successHandler(outcomes)
				.failureHandler(outcomes)
				.permitAll())
			.rememberMe(r -> r.tokenRepository(rememberMeTokens)
				.key(site.secret())
				.userDetailsService(members)
				.rememberMeParameter("remember-me")
				.rememberMeCookieName("COCREATE_REMEMBER_ME")
				.useSecureCookie(prod)
				.tokenValiditySeconds(60 * 60 * 24 * 30))
			.logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logged-out").deleteCookies("COCREATE_SESSION"))
			.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
			.addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
			.headers(h -> {
				h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
					.referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
					.frameOptions(f -> f.deny());
				if (prod) {
					h.httpStrictTransportSecurity(s -> s.includeSubDomains(true)
						.maxAgeInSeconds(31_536_000)
						.requestMatcher(AnyRequestMatcher.INSTANCE));
				}
				else {
					h.httpStrictTransportSecurity(s -> s.disable());
				}
			});
		return http.build();
	}
}
