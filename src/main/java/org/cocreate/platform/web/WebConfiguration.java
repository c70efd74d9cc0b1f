package org.cocreate.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver("COCREATE_LOCALE");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
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
