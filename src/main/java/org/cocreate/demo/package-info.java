/**
 * Demo data: on the embedded database (and only there, unless asked for), the first start
 * seeds a believable cast — a brand, a city and an NGO with their spaces, communities, 50+
 * members with profiles, staff and follows — through the same use cases people use, then runs
 * every module's {@link org.cocreate.spaces.DemoSeeder} in the order this module keeps. Each
 * module owns its demo data.
 */
@NullMarked
package org.cocreate.demo;

import org.jspecify.annotations.NullMarked;
