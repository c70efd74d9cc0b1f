/** Web plumbing every module's pages and API share: errors as form messages or problem details. */
@NullMarked
package org.cocreate.shared.web;

import org.jspecify.annotations.NullMarked;
