package org.cocreate.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cocreate.shared.web.ControlCharactersRefused.Field;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Text from outside is checked once, at the edge, for every page form, query parameter and JSON
 * body alike — not field by field in each module:
 * <ul>
 * <li>a query string or form body that is not well %-encoded UTF-8 is a {@code 400} (a problem
 * under {@code /api/}, the error page elsewhere) before anything reads a parameter, and logs no
 * stack trace;</li>
 * <li>a control character ({@link ControlCharacters}) in any parameter, form field (multipart
 * too) or JSON string or key is a {@link ControlCharactersRefused}: the API answers a problem
 * naming the field, a page form is shown again with what was typed (see {@link PageProblems}).</li>
 * </ul>
 * JSON bodies are read once here and replayed to the controller, so the check sees exactly what
 * the controller will.
 */
@Configuration(proxyBeanMethods = false)
class EdgeInput implements WebMvcConfigurer {

	private static final Logger log = LoggerFactory.getLogger(EdgeInput.class);

	private static final String JSON_BODY = EdgeInput.class.getName() + ".jsonBody";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new Check()).order(Ordered.HIGHEST_PRECEDENCE);
	}

	/** Right after the character encoding is set, before the page cache, sessions and security read a parameter. */
	@Bean
	FilterRegistrationBean<Encoding> edgeInputFilter(MessageSource messages, LocaleResolver locales) {
		var registration = new FilterRegistrationBean<>(new Encoding(messages, locales));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/** Refuses badly encoded parameters; keeps JSON bodies so that {@link Check} can read them. */
	static final class Encoding extends OncePerRequestFilter {

		private final MessageSource messages;

		private final LocaleResolver locales;

		Encoding(MessageSource messages, LocaleResolver locales) {
			this.messages = messages;
			this.locales = locales;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!isMultipart(request)) {
				try {
					request.getParameterMap(); // the query string, and a form body: parsed (and checked) now, once
				}
				catch (IllegalStateException | IllegalArgumentException ex) {
					log.debug("Refused a badly encoded request to {}: {}", request.getRequestURI(), ex.getMessage());
					badlyEncoded(request, response);
					return;
				}
			}
			if (isJson(request)) {
				byte[] body = request.getInputStream().readAllBytes();
				request.setAttribute(JSON_BODY, body);
				chain.doFilter(new Replayed(request, body), response);
				return;
			}
			chain.doFilter(request, response);
		}

		private void badlyEncoded(HttpServletRequest request, HttpServletResponse response) throws IOException {
			if (isApi(request)) {
				Locale locale = locales.resolveLocale(request);
				// no controller was chosen, so the body is written here, in the shape ApiProblems gives
				var problem = new LinkedHashMap<String, Object>();
				problem.put("type", "about:blank");
				problem.put("title", HttpStatus.BAD_REQUEST.getReasonPhrase());
				problem.put("status", 400);
				problem.put("detail", messages.getMessage("error.request.encoding", null, locale));
				problem.put("instance", request.getRequestURI());
				problem.put("code", "error.request.encoding");
				response.setStatus(400);
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				response.setHeader("X-Content-Type-Options", "nosniff");
				response.setHeader("Cache-Control", "no-store");
				response.getWriter().write(JSON.writeValueAsString(problem));
				return;
			}
			// the error page reads these like those a controller puts in its model
			request.setAttribute("messageCode", "error.request.encoding");
			request.setAttribute("messageArgs", new Object[0]);
			response.sendError(400);
		}
	}

	/** Every parameter and JSON string of a request a controller is about to handle. */
	static final class Check implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			// Our pages and API (not static files, nor the error page showing an error of its own)
			if (!(handler instanceof HandlerMethod method) || request.getDispatcherType() == DispatcherType.ERROR
					|| !AnnotatedElementUtils.hasAnnotation(method.getBeanType(), Controller.class)) {
				return true;
			}
			List<Field> refused = new ArrayList<>();
			Map<String, String[]> parameters = request.getParameterMap();
			parameters.forEach((name, values) -> {
				int inName = ControlCharacters.indexIn(name);
				if (inName >= 0) {
					refused.add(new Field(ControlCharacters.without(name), name.charAt(inName)));
					return;
				}
				for (String value : values) {
					int at = ControlCharacters.indexIn(value);
					if (at >= 0) {
						refused.add(new Field(name, value.charAt(at)));
						return;
					}
				}
			});
			if (request.getAttribute(JSON_BODY) instanceof byte[] body && body.length > 0) {
				JsonNode tree;
				try {
					tree = JSON.readTree(body);
				}
				catch (JacksonException ex) {
					tree = null; // not JSON: the controller's reader says so, as for any unreadable body
				}
				if (tree != null) {
					walk(tree, "", refused);
				}
			}
			if (!refused.isEmpty()) {
				throw new ControlCharactersRefused(refused, parameters);
			}
			return true;
		}

		private static void walk(JsonNode node, String path, List<Field> refused) {
			if (node.isString()) {
				String text = node.stringValue();
				int at = ControlCharacters.indexIn(text);
				if (at >= 0) {
					refused.add(new Field(path, text.charAt(at)));
				}
			}
			else if (node.isObject()) {
				for (var property : node.properties()) {
					String name = property.getKey();
					int at = ControlCharacters.indexIn(name);
					String child = path.isEmpty() ? ControlCharacters.without(name) : path + "." + ControlCharacters.without(name);
					if (at >= 0) {
						refused.add(new Field(child, name.charAt(at)));
					}
					else {
						walk(property.getValue(), child, refused);
					}
				}
			}
			else if (node.isArray()) {
				int i = 0;
				for (JsonNode element : node.values()) {
					walk(element, path + "[" + i++ + "]", refused);
				}
			}
		}
	}

	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	private static boolean isJson(HttpServletRequest request) {
		String type = request.getContentType();
		if (type == null) {
			return false;
		}
		try {
			MediaType media = MediaType.parseMediaType(type);
			return "json".equals(media.getSubtype()) || media.getSubtype().endsWith("+json");
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** The request with its body read once and given again to whoever reads it next. */
	private static final class Replayed extends HttpServletRequestWrapper {

		private final byte[] body;

		Replayed(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			var in = new ByteArrayInputStream(body);
			return new ServletInputStream() {
				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("synchronous reads only");
				}
			};
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}
	}
}
