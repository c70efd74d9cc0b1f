package org.cocreate.moderation;

import java.util.Map;
import java.util.TreeMap;
import org.cocreate.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The content kinds that joined moderation: one {@link ModeratedContent} bean each, collected, no
 * registry. Collected on first use, because those beans use moderation's services themselves
 * (the spam guard) and so are made after them.
 */
@Component
class ContentKinds {

	private final ObjectProvider<ModeratedContent> beans;

	private volatile @Nullable Map<String, ModeratedContent> byKind;

	ContentKinds(ObjectProvider<ModeratedContent> beans) {
		this.beans = beans;
	}

	private Map<String, ModeratedContent> byKind() {
		Map<String, ModeratedContent> known = byKind;
		if (known == null) {
			var collected = new TreeMap<String, ModeratedContent>();
			beans.orderedStream().forEach(bean -> {
				if (collected.put(bean.kind(), bean) != null) {
					throw new IllegalStateException("two ModeratedContent beans for the kind " + bean.kind());
				}
			});
			known = Map.copyOf(collected);
			byKind = known;
		}
		return known;
	}

	ModeratedContent of(String kind) {
		ModeratedContent bean = byKind().get(kind);
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
}
