package org.cocreate.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.cocreate.shared.web.PublicRoutes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * The reader's language: a cookie set by the language links ({@code ?lang=es} on any page) and
 * by account settings, else the browser's.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var change = new LocaleChangeInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
					throws jakarta.servlet.ServletException {
				String lang = request.getParameter(getParamName());
				// Only the languages the site speaks; anything else leaves the choice as it was.
				return lang == null || SUPPORTED.stream().noneMatch(l -> l.getLanguage().equals(lang))
						|| super.preHandle(request, response, handler);
			}
		};
		change.setParamName("lang");
		registry.addInterceptor(change);
	}

	static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

	/**
	 * No resource URL is versioned here (webjars are found by the resource handler when requested),
	 * so the filter Boot adds for that only cost time: it resolved every {@code @{…}} link of every
	 * page against the class path — measured as most of the board page's time under load.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		var registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	/**
	 * The anonymous readers' page cache, ahead of sessions and security (both skipped on a hit).
	 * It keeps the pages modules declare cacheable ({@link PublicRoutes#cacheablePages()}), or
	 * those {@code cocreate.page-cache.paths} lists (Ant patterns) when set.
	 */
	@Bean
	FilterRegistrationBean<AnonymousPageCache> anonymousPageCache(
			@Value("${cocreate.page-cache.enabled:true}") boolean enabled,
			@Value("${cocreate.page-cache.paths:}") List<String> configured, List<PublicRoutes> modules,
			@Value("${cocreate.page-cache.ttl:2s}") Duration ttl) {
		List<String> paths = configured.stream().anyMatch(p -> !p.isBlank()) ? configured
				: modules.stream().flatMap(m -> m.cacheablePages().stream()).distinct().toList();
		var registration = new FilterRegistrationBean<>(new AnonymousPageCache(paths, ttl, 5_000));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		registration.setEnabled(enabled);
		return registration;
	}

	@Bean
	LocaleResolver localeResolver(Environment environment) {
		var resolver = new CookieLocaleResolver("COCREATE_LOCALE");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		// No script reads it, and like every cookie of the site it travels only over HTTPS in prod.
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSecure(environment.matchesProfiles("prod"));
		resolver.setDefaultLocaleFunction(request -> {
			Locale requested = request.getLocale();
			return SUPPORTED.stream()
				.filter(l -> l.getLanguage().equals(requested.getLanguage()))
				.findFirst()
				.orElse(Locale.ENGLISH);
		});
		return resolver;
	}
}
