package org.cocreate.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the OpenAPI description says about the API as a whole, including how to authenticate. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI cocreateApi() {
		return new OpenAPI()
			.info(new Info().title("Cocreate API")
				.version("v1")
				.description("Everything a member can do on Cocreate, as JSON. Create a personal access token with "
						+ "HTTP Basic (e-mail:password) at POST /api/v1/tokens and send it as 'Authorization: Bearer <token>'. "
						+ "Errors are application/problem+json."))
			.components(new Components()
				.addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"))
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}
}
