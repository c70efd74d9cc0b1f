package org.cocreate.identity.web;

import java.net.URI;
import java.util.List;
import org.cocreate.identity.AccessTokens;
import org.cocreate.identity.AccessTokens.CreatedToken;
import org.cocreate.identity.AccessTokens.TokenInfo;
import org.cocreate.identity.MemberPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Personal access tokens: create one with HTTP Basic (e-mail:password), then use it as a bearer token. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Tokens")
class TokenApiController {

	record CreateTokenJson(@Nullable String name) {
	}

	private final AccessTokens tokens;

	TokenApiController(AccessTokens tokens) {
		this.tokens = tokens;
	}

	@PostMapping("/api/v1/tokens")
	ResponseEntity<CreatedToken> create(@AuthenticationPrincipal MemberPrincipal me,
			@RequestBody(required = false) @Nullable CreateTokenJson body) {
		CreatedToken created = tokens.create(me.id(), body == null ? null : body.name());
		return ResponseEntity.created(URI.create("/api/v1/tokens/" + created.id())).body(created);
	}

	@GetMapping("/api/v1/tokens")
	List<TokenInfo> list(@AuthenticationPrincipal MemberPrincipal me) {
		return tokens.list(me.id());
	}

	@DeleteMapping("/api/v1/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id) {
		tokens.revoke(me.id(), id);
	}
}
