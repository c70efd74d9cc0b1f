/**
 * Demo data: on the embedded database (and only there, unless asked for), the first start
 * seeds a believable instance — a brand, a city and an NGO with their spaces, communities,
 * 50+ members with profiles, staff and follows — through the same use cases people use.
 */
@NullMarked
package org.cocreate.demo;

import org.jspecify.annotations.NullMarked;
