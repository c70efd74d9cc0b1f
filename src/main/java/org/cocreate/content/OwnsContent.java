package org.cocreate.content;

import java.util.List;

/**
 * Declared by the module that owns kinds of content (a capability's descriptor, for one): the
 * kinds its {@link ContentEvent}s name. The activity stream accepts exactly these as filters.
 */
public interface OwnsContent {

	List<String> contentKinds();
}
