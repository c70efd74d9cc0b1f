package org.cocreate.ideas.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.cocreate.BrowserJourney;
import org.cocreate.TestImages;
import org.cocreate.ideas.internal.Ideas.PostIdea;
import org.cocreate.organisations.OrganisationKind;
import org.cocreate.organisations.Organisations;
import org.cocreate.organisations.Organisations.CreateOrganisation;
import org.cocreate.spaces.Spaces;
import org.cocreate.spaces.Spaces.CreateSpace;
import org.cocreate.spaces.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The ideas board in Chromium: a member types a title and is shown a similar idea, posts with a
 * picture, another member supports it (the count changes without a reload), the organisation
 * answers in public, and the author finds the answer in their notifications. Every page is
 * checked with axe-core and none may break the Content Security Policy.
 */
class IdeasJourneyIT extends BrowserJourney {

	@Autowired
	Organisations organisations;

	@Autowired
	Spaces spaces;

	@Autowired
	Ideas ideas;

	@Test
	void postWithAPictureSupportAnswerAndTheAuthorIsNotified() throws Exception {
		String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		Member staff = member("staff");
		Member author = member("author");
		Member fan = member("fan");
		String org = "org-" + suffix;
		organisations.create(staff.id(), new CreateOrganisation("Harbour Town " + suffix, org, OrganisationKind.CITY, "", ""));
		String space = "harbour-" + suffix;
		spaces.create(staff.id(), new CreateSpace(org, "Harbour ideas " + suffix, space, "", Visibility.PUBLIC, null));
		ideas.post(fan.id(), new PostIdea(space, "Covered bike parking at the ferry", "Rain every day.", List.of()));

		// The author types a title: a similar idea is suggested while typing
		logIn(page, author);
		visit("/s/" + space + "/ideas/new");
		page.getByLabel("Title").pressSequentially("Bike parking at the ferry terminal", new Locator.PressSequentiallyOptions().setDelay(10));
		assertThat(page.locator("#similar").getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName("Covered bike parking at the ferry")))
			.isVisible();
		checked("post form with a similar idea");

		// ... and posts it anyway, with a picture
		page.getByLabel("Details").fill("Room for **forty** bikes, with a roof.");
		page.getByLabel("Pictures (optional)").setInputFiles(
				new FilePayload("terminal.png", "image/png", TestImages.png(640, 360)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post an idea")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Bike parking at the ferry terminal")))
			.isVisible();
		var picture = page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Bike parking at the ferry terminal"));
		assertThat(picture).isVisible();
		assertThat((Boolean) picture.evaluate("img => img.complete && img.naturalWidth === 640")).isTrue();
		String ideaPath = page.url().replaceFirst("^https?://[^/]+", "");
		checked("the new idea with its picture");

		// Another member supports it: the count changes in place (htmx), the page is not reloaded
		Page second = anotherPerson();
		logIn(second, fan);
		second.navigate(ideaPath);
		second.evaluate("() => window.__sameDocument = true");
		assertThat(second.locator(".support-count strong")).hasText("0");
		second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Support").setExact(true)).click();
		assertThat(second.locator(".support-count strong")).hasText("1");
		assertThat((Boolean) second.evaluate("() => window.__sameDocument === true")).as("no page reload").isTrue();
		assertThat(second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Withdraw support"))).isVisible();

		// The organisation answers in public
		Page third = anotherPerson();
		logIn(third, staff);
		third.navigate(ideaPath);
		third.locator("#status").selectOption("PLANNED");
		third.locator("#response").fill("Planned for the spring; the roof is ordered.");
		third.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish the answer")).click();
		assertThat(third.getByText("Planned for the spring; the roof is ordered.")).isVisible();

		// The author sees it in their notifications (delivered after the answer committed)
		var sentence = page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName(Pattern.compile("Bike parking at the ferry terminal.*is planned")));
		Instant deadline = Instant.now().plus(ASYNC_TIMEOUT);
		visit("/notifications");
		while (sentence.count() == 0 && Instant.now().isBefore(deadline)) {
			Thread.sleep(300);
			visit("/notifications");
		}
		assertThat(page.locator(".bar .count")).hasText("1");
		checked("notifications with the answer");
		sentence.click();
		assertThat(page).hasURL(Pattern.compile(ideaPath + "$"));
		assertThat(page.getByText("Planned for the spring; the roof is ordered.")).isVisible();
		assertThat(page.locator(".bar .count")).hasCount(0);
		checked("the answered idea");

		assertThat(cspViolations).as("Content Security Policy violations").isEmpty();
	}
}
