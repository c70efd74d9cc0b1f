package org.cocreate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The first journey of a newcomer, in a real Chromium against the whole application on
 * PostgreSQL and a real SMTP server (GreenMail): sign up, open the mailed link, log in, create an
 * organisation and a space in it, follow the space, and see its creation in the home feed.
 * Every page visited is checked with axe-core, and no page may break its Content Security Policy.
 * Names carry a random suffix, because CI also runs this against one shared PostgreSQL server.
 */
class JourneyIT extends BrowserJourney {

	@Test
	void signUpVerifyLogInCreateOrganisationAndSpaceFollowAndSeeTheFeed() throws Exception {
		String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		String email = "journey-" + suffix + "@example.org";
		String handle = "journey_" + suffix;
		String password = "violet kettle harbour " + suffix;
		String organisationName = "Journey Works " + suffix;
		String spaceName = "Journey Ideas " + suffix;

		// Sign up
		visit("/");
		page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sign up"))
			.click();
		checked("sign-up form");
		page.getByLabel("E-mail address").fill(email);
		page.getByLabel("Handle").fill(handle);
		page.getByLabel("Display name").fill("Journey " + suffix);
		page.getByLabel("Password").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create my account")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Check your mailbox")))
			.isVisible();
		checked("check your mailbox");

		// Open the link of the verification mail
		String link = MAIL.awaitMessageTo(email).link("/verify");
		assertThat(link).contains("/verify?token=");
		visit(link);
		assertThat(page).hasURL(Pattern.compile("/login$"));
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("verified");

		// Log in with the handle
		page.getByLabel("E-mail address or handle").fill(handle);
		page.getByLabel("Password").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your feed"))).isVisible();
		checked("empty home feed");

		// Create an organisation
		visit("/organisations/new");
		page.getByLabel("Name").fill(organisationName);
		page.getByLabel("Kind").selectOption("NGO");
		page.getByLabel("Description").fill("People who try every journey, #journey" + suffix + ".");
		page.getByLabel("Website").fill("https://example.org/" + suffix);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the organisation")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(organisationName)))
			.isVisible();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("organisation is created");
		checked("organisation page");

		// Open a space in it, from the organisation page
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New space")).click();
		checked("new space form");
		page.getByLabel("Name").fill(spaceName);
		page.getByLabel("Description").fill("Ideas for better journeys.");
		page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(Pattern.compile("^Public"))).check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(spaceName))).isVisible();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("space is open");
		String spacePath = page.url().replaceFirst("^https?://[^/]+", "");
		assertThat(spacePath).startsWith("/s/");

		// Follow it: the button arrives with htmx (without it there is only a link), and following swaps it in place
		var follow = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Follow").setExact(true));
		assertThat(follow).isVisible();
		checked("space page");
		var followed = page.waitForResponse(
				r -> r.url().contains("/follows/space/") && "true".equals(r.request().headers().get("hx-request")),
				follow::click);
		assertThat(followed.status()).isEqualTo(200);
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Following"))))
			.isVisible();
		assertThat(page.getByText("1 follower")).isVisible();
		assertThat(page.url()).endsWith(spacePath);
		checked("space page, followed");

		// The space's creation reaches the home feed (recorded asynchronously)
		var sentence = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("opened the space " + spaceName));
		Instant deadline = Instant.now().plus(ASYNC_TIMEOUT);
		visit("/");
		while (sentence.count() == 0 && Instant.now().isBefore(deadline)) {
			Thread.sleep(500);
			visit("/");
		}
		assertThat(sentence).isVisible();
		assertThat(sentence).hasAttribute("href", spacePath);
		checked("home feed with the space");

		// The follow is listed on /following
		visit("/following");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(spaceName))).isVisible();

		// A wrong address answers 404 with a page in the reader's language (the error page too has <html lang>)
		var notFound = page.navigate("/s/no-such-space-" + suffix);
		assertThat(notFound.status()).isEqualTo(404);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Not found"))).isVisible();
		checked("not-found page");

		assertThat(cspViolations).as("Content Security Policy violations").isEmpty();
		assertThat(pagesChecked).hasSizeGreaterThanOrEqualTo(10);
	}
}
