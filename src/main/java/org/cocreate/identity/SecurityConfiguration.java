package org.cocreate.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.cocreate.shared.SiteSettings;
import org.cocreate.shared.web.UnmappedPages;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
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

	/** Pages anyone may read without an account (principle: no forced sign-up to read). */
	static final String[] PUBLIC_PAGES = { "/", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
			"/@*", "/avatars/**", "/members", "/organisations", "/o/*", "/o/*/responders", "/o/*/response-meter", "/spaces", "/spaces/of/*", "/s/*",
			"/s/*/ideas", "/s/*/ideas/similar", "/ideas/*", "/ideas/*/support-button", "/ideas/*/revisions", "/ideas/*/images/*",
			"/s/*/budgets", "/budgets/*", "/budgets/*/results", "/budgets/*/export.pb",
			"/tags/**", "/moderation/voided-votes", "/requests", "/requests/*", "/requests/*/live", "/sellers/*", "/sellers/*/badge", "/follow-button/**", "/activity/**", "/signup", "/login", "/verify", "/password/**", "/settings/email/confirm", "/dev/mailbox",
			"/api", "/api/explorer", "/api/swagger-ui/**", "/swagger-ui/**", "/v3/api-docs/**", "/actuator/health/**", "/actuator/health",
			"/actuator/prometheus", "/actuator/info" };

	static final String[] PUBLIC_FORMS = { "/signup", "/password/forgot", "/password/reset", "/verify/resend",
			"/dev/mailbox/clear" };

	static final String[] PUBLIC_API_READS = { "/api/v1/members", "/api/v1/members/*", "/api/v1/organisations",
			"/api/v1/organisations/*", "/api/v1/organisations/*/staff", "/api/v1/spaces", "/api/v1/spaces/*",
			"/api/v1/tags", "/api/v1/tags/*", "/api/v1/capabilities", "/api/v1/spaces/*/ideas", "/api/v1/spaces/*/ideas/similar",
			"/api/v1/spaces/*/ideas/settings", "/api/v1/ideas/*", "/api/v1/ideas/*/status-changes", "/api/v1/ideas/*/revisions",
			"/api/v1/ideas/*/comments", "/api/v1/ideas/*/edit-proposals", "/api/v1/organisations/*/response-meter",
			"/api/v1/spaces/*/budgets", "/api/v1/budgets/*", "/api/v1/budgets/*/projects", "/api/v1/budgets/*/results",
			"/api/v1/budgets/*/export", "/api/v1/budget-projects/*",
			"/api/v1/moderation/voided-votes", "/api/v1/requests", "/api/v1/requests/*", "/api/v1/requests/*/live",
			"/api/v1/sellers/*", "/api/v1/request-categories" };

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
			ApiAuthenticationProblems problems) throws Exception {
		return http.securityMatcher("/api/v1/**")
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache(AbstractHttpConfigurer::disable)
			.httpBasic(b -> b.authenticationEntryPoint(problems))
			.addFilterBefore(bearer, BasicAuthenticationFilter.class)
			.addFilterBefore(throttle, BasicAuthenticationFilter.class)
			.exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, PUBLIC_API_READS)
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/members")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/tokens")
				.authenticated()
				.requestMatchers(HttpMethod.PUT, "/api/v1/organisations/*/verified")
				.hasRole("ADMIN")
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
			Environment environment, UnmappedPages unmappedPages) throws Exception {
		boolean prod = environment.matchesProfiles("prod");
		http.csrf(c -> c.csrfTokenRequestHandler(new TamperedCsrfTokensRefused()))
			.authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, PUBLIC_PAGES)
			.permitAll()
			.requestMatchers(HttpMethod.POST, PUBLIC_FORMS)
			.permitAll()
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
