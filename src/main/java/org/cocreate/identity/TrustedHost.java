package org.cocreate.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Collections;
import java.util.Enumeration;
import org.cocreate.shared.SiteSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The site's own address comes from {@code COCREATE_BASE_URL}, never from whatever {@code Host}
 * a client sends. A request for another host name is served as if it had named the base address:
 * everything that builds an absolute link from the request (Spring Security's log-in redirect,
 * the saved request, {@code ServletUriComponentsBuilder}, {@code getRequestURL}) then builds it
 * for this site. The container's own redirects are relative ({@code server.tomcat.use-relative-redirects}),
 * and mails use the base address. Behind a proxy, {@code server.forward-headers-strategy=native}
 * lets the container take the client's host from a trusted (internal) proxy's
 * {@code X-Forwarded-Host}; it must still be the base address's host name. Any port of that host
 * name is accepted, so that development and tests on other ports keep their links.
 */
@Configuration(proxyBeanMethods = false)
class TrustedHost {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> trustedHostFilter(SiteSettings site) {
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filter(URI.create(site.baseUrl())));
		// before Spring Session and Spring Security, which build links from the request
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	static final class Filter extends OncePerRequestFilter {

		private final URI base;

		Filter(URI base) {
			this.base = base;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String host = request.getServerName();
			boolean trusted = host != null && host.equalsIgnoreCase(base.getHost());
			chain.doFilter(trusted ? request : new BaseAddressRequest(request, base), response);
		}
	}

	/** A request that names the base address as its scheme, host and port. */
	static final class BaseAddressRequest extends HttpServletRequestWrapper {

		private final URI base;

		BaseAddressRequest(HttpServletRequest request, URI base) {
			super(request);
			this.base = base;
		}

		@Override
		public String getScheme() {
			return base.getScheme();
		}

		@Override
		public String getServerName() {
			return base.getHost();
		}

		@Override
		public int getServerPort() {
			return base.getPort() > 0 ? base.getPort() : "https".equals(base.getScheme()) ? 443 : 80;
		}

		@Override
		public StringBuffer getRequestURL() {
			return new StringBuffer(origin()).append(getRequestURI());
		}

		@Override
		public @Nullable String getHeader(String name) {
			return "host".equalsIgnoreCase(name) ? authority() : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return "host".equalsIgnoreCase(name) ? Collections.enumeration(java.util.List.of(authority()))
					: super.getHeaders(name);
		}

		private String authority() {
			return base.getPort() > 0 ? base.getHost() + ":" + base.getPort() : base.getHost();
		}

		private String origin() {
			return base.getScheme() + "://" + authority();
		}
	}
}
