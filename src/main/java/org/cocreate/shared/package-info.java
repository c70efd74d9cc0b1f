/**
 * The thin layer every module may use: Markdown rendered to safe HTML, hashtags, validation
 * errors that become form messages or problem details, domain exceptions, slugs and pages of
 * results. It holds no business rules and depends on no other module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.cocreate.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
