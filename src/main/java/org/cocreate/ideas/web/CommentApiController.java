package org.cocreate.ideas.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.cocreate.ideas.internal.Comments;
import org.cocreate.ideas.internal.Comments.CommentView;
import org.cocreate.ideas.web.IdeaApiController.AuthorJson;
import org.cocreate.identity.MemberPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Comments on ideas over JSON: threads, replies, edits within the window, deletion and up-votes. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Ideas")
class CommentApiController {

	record CommentJson(long id, @Nullable Long parentId, AuthorJson author, String body, String bodyHtml, int upvotes,
			String createdAt, @Nullable String editedAt, boolean deleted, List<CommentJson> replies,
			@Nullable String moderation) {

		static CommentJson of(CommentView c) {
			return new CommentJson(c.id(), c.parentId(), AuthorJson.of(c.author()), c.body(), c.bodyHtml(), c.upvotes(),
					c.createdAt().toString(), c.editedAt() == null ? null : c.editedAt().toString(), c.deleted(),
					c.replies().stream().map(CommentJson::of).toList(), c.moderation());
		}
	}

	record CommentBody(@Nullable String body, @Nullable Long parentId) {
	}

	private final Comments comments;

	CommentApiController(Comments comments) {
		this.comments = comments;
	}

	@GetMapping("/api/v1/ideas/{id}/comments")
	List<CommentJson> list(@PathVariable long id, @AuthenticationPrincipal @Nullable MemberPrincipal me) {
		return comments.of(id, me == null ? null : me.id()).stream().map(CommentJson::of).toList();
	}

	@PostMapping("/api/v1/ideas/{id}/comments")
	ResponseEntity<Map<String, Object>> add(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me,
			@RequestBody CommentBody body) {
		var created = comments.submit(me.id(), id, body.parentId(), body.body());
		var answer = new java.util.LinkedHashMap<String, Object>();
		answer.put("id", created.id());
		if (created.held()) {
			// held for review as suspected spam: stored and shown to its author, not yet to others
			answer.put("moderation", "HELD");
		}
		return ResponseEntity.created(URI.create("/api/v1/idea-comments/" + created.id())).body(answer);
	}

	@PatchMapping("/api/v1/idea-comments/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void edit(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me, @RequestBody CommentBody body) {
		comments.edit(me.id(), id, body.body());
	}

	@DeleteMapping("/api/v1/idea-comments/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me) {
		comments.delete(me.id(), id);
	}

	@PutMapping("/api/v1/idea-comments/{id}/upvote")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void upvote(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me) {
		comments.upvote(me.id(), id);
	}

	@DeleteMapping("/api/v1/idea-comments/{id}/upvote")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void withdrawUpvote(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me) {
		comments.withdrawUpvote(me.id(), id);
	}
}
