package org.cocreate.moderation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cocreate.shared.DomainException;
import org.springframework.stereotype.Component;

/** The content kinds that joined moderation: one {@link ModeratedContent} bean each, collected, no registry. */
@Component
class ContentKinds {

	private final Map<String, ModeratedContent> byKind = new TreeMap<>();

	ContentKinds(List<ModeratedContent> beans) {
		for (ModeratedContent bean : beans) {
			if (byKind.put(bean.kind(), bean) != null) {
				throw new IllegalStateException("two ModeratedContent beans for the kind " + bean.kind());
			}
		}
	}

	ModeratedContent of(String kind) {
		ModeratedContent bean = byKind.get(kind);
		if (bean == null) {
			throw DomainException.notFound("moderation.error.unknown-kind", kind);
		}
		return bean;
	}

	/** The content as its module tells it; "not found" when the kind is unknown or the content gone. */
	ContentSnapshot snapshot(ContentRef ref) {
		return of(ref.kind()).find(ref.id())
			.orElseThrow(() -> DomainException.notFound("moderation.error.content-not-found", ref.toString()));
	}

	Set<String> kinds() {
		return byKind.keySet();
	}
}
