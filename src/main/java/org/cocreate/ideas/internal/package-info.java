/**
 * Everything of the ideas board that no other module calls: the use cases ({@code Ideas},
 * {@code Comments}, {@code Supports}, {@code EditProposals}), the aggregate and its repository,
 * permissions, pictures, history, the response meter, the descriptor, the moderation kinds, the
 * content and notice events and the demo data. Only this module uses it: its {@code web} layer,
 * and the module's API {@code IdeaBoard}, which is why the few members that reads needs are public.
 */
@NullMarked
package org.cocreate.ideas.internal;

import org.jspecify.annotations.NullMarked;
