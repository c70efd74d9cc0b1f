/** The site's shell: home page, language switch, what every page's model holds. */
@NullMarked
package org.cocreate.platform.web;

import org.jspecify.annotations.NullMarked;
