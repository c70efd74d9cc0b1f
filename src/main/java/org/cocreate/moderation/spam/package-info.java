/**
 * Internal to the moderation module: the spam classifier itself, from reading the labelled CSV
 * files to featurising text and training the model. Other modules reach it only through the
 * module's base package.
 */
@org.jspecify.annotations.NullMarked
package org.cocreate.moderation.spam;
