package org.cocreate.shared.web;

import java.util.List;

/**
 * The routes a module adds that anyone may use without an account, declared by the module that
 * serves them (a capability's descriptor, or a small bean of the module). The one security filter
 * chain collects every module's, and the anonymous page cache keeps the pages a module names as
 * cacheable: neither names another module's URL. Patterns are Spring's path patterns.
 */
public interface PublicRoutes {

	/** Pages anyone may read ({@code GET}). */
	default List<String> publicPages() {
		return List.of();
	}

	/** Forms anyone may send ({@code POST}), such as sign-up. */
	default List<String> publicForms() {
		return List.of();
	}

	/** API reads anyone may make ({@code GET /api/v1/…}). */
	default List<String> publicApiReads() {
		return List.of();
	}

	/**
	 * Exact paths open without an account but only to requests from this machine, whatever the
	 * method: development tools such as the mailbox, which holds everyone's links.
	 */
	default List<String> localOnly() {
		return List.of();
	}

	/**
	 * Pages that look the same to every anonymous reader and are read far more than written: the
	 * page cache may keep them for a moment (see {@code docs/performance.md}).
	 */
	default List<String> cacheablePages() {
		return List.of();
	}
}
