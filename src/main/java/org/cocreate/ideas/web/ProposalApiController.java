package org.cocreate.ideas.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.cocreate.ideas.internal.EditProposals;
import org.cocreate.ideas.internal.EditProposals.ProposalView;
import org.cocreate.ideas.internal.EditProposals.ProposeEdit;
import org.cocreate.ideas.web.IdeaApiController.AuthorJson;
import org.cocreate.identity.MemberPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Edits proposed by other members, and the author's decision, over JSON. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Ideas")
class ProposalApiController {

	record ProposalJson(long id, long ideaId, AuthorJson proposer, int baseRevision, String title, String body, String note,
			String status, String createdAt) {

		static ProposalJson of(ProposalView p) {
			return new ProposalJson(p.id(), p.ideaId(), AuthorJson.of(p.proposer()), p.baseRevision(), p.title(), p.body(),
					p.note(), p.status(), p.createdAt().toString());
		}
	}

	record ProposalBody(@Nullable String title, @Nullable String body, @Nullable String note) {
	}

	private final EditProposals proposals;

	ProposalApiController(EditProposals proposals) {
		this.proposals = proposals;
	}

	@GetMapping("/api/v1/ideas/{id}/edit-proposals")
	List<ProposalJson> list(@PathVariable long id, @AuthenticationPrincipal @Nullable MemberPrincipal me) {
		return proposals.of(id, me == null ? null : me.id()).stream().map(ProposalJson::of).toList();
	}

	@PostMapping("/api/v1/ideas/{id}/edit-proposals")
	ResponseEntity<Map<String, Long>> propose(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me,
			@RequestBody ProposalBody body) {
		long created = proposals.propose(me.id(), id, new ProposeEdit(body.title(), body.body(), body.note()));
		return ResponseEntity.created(URI.create("/api/v1/ideas/" + id + "/edit-proposals")).body(Map.of("id", created));
	}

	@PostMapping("/api/v1/idea-edit-proposals/{id}/accept")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void accept(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me) {
		proposals.accept(me.id(), id);
	}

	@PostMapping("/api/v1/idea-edit-proposals/{id}/reject")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void reject(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me) {
		proposals.reject(me.id(), id);
	}
}
