/** Pages and API of spaces and communities. */
@NullMarked
package org.cocreate.spaces.web;

import org.jspecify.annotations.NullMarked;
