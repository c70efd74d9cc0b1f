package org.cocreate.moderation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.cocreate.identity.MemberPrincipal;
import org.cocreate.moderation.NetworkOrigin;
import org.cocreate.moderation.Sanctions;
import org.cocreate.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every write (any request but GET, HEAD and OPTIONS), to pages and API alike, passes here before
 * its controller: first the rate limits (429 with {@code Retry-After}; pages say it in words),
 * then the writer's standing — a suspended or banned member may still appeal and manage their API
 * tokens, but nothing else.
 * The refusals are {@link DomainException}s, so the API answers problem+json and pages the error
 * page, in the reader's language.
 */
@Configuration(proxyBeanMethods = false)
class WriteGuard implements WebMvcConfigurer, HandlerInterceptor {

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

	/**
	 * What a suspended or banned member may still do: appeal, and manage their own API tokens — a
	 * token is how an API client appeals, and revoking a leaked one must never be refused.
	 */
	private static final List<String> STILL_ALLOWED = List.of("/moderation/appeals", "/api/v1/moderation/appeals",
			"/api/v1/tokens", "/api/v1/tokens/*", "/settings/tokens", "/settings/tokens/*/revoke");

	private static final AntPathMatcher PATHS = new AntPathMatcher();

	private final WriteLimits limits;

	private final Sanctions sanctions;

	WriteGuard(WriteLimits limits, Sanctions sanctions) {
		this.limits = limits;
		this.sanctions = sanctions;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (READS.contains(request.getMethod())) {
			return true;
		}
		Long memberId = memberId();
		OptionalLong wait = limits.take(memberId, NetworkOrigin.of(request));
		if (wait.isPresent()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait.getAsLong()));
			throw new DomainException(DomainException.Kind.TOO_MANY, "moderation.error.rate-limited", wait.getAsLong());
		}
		// the few sanctioned members are known from memory: only their writes pay for matching the path
		if (memberId != null && sanctions.mayBeSanctioned(memberId) && !stillAllowed(request)) {
			sanctions.requireMayWrite(memberId);
		}
		return true;
	}

	private static boolean stillAllowed(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return STILL_ALLOWED.stream().anyMatch(allowed -> PATHS.match(allowed, path));
	}

	private static @Nullable Long memberId() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof MemberPrincipal member ? member.id() : null;
	}
}
