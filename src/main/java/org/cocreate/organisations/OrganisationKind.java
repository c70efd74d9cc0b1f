package org.cocreate.organisations;

/** What kind of host an organisation is; shown as a label, it changes no rule. */
public enum OrganisationKind {
	BRAND, CITY, NGO, OTHER
}
