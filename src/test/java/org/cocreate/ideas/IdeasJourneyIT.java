package org.cocreate.ideas;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.cocreate.BrowserJourney;
import org.cocreate.TestImages;
import org.cocreate.identity.MemberSummary;
import org.cocreate.identity.Registration;
import org.cocreate.identity.Registration.SignUp;
import org.cocreate.ideas.Ideas.PostIdea;
import org.cocreate.organisations.OrganisationKind;
import org.cocreate.organisations.Organisations;
import org.cocreate.organisations.Organisations.CreateOrganisation;
import org.cocreate.spaces.Spaces;
import org.cocreate.spaces.Spaces.CreateSpace;
import org.cocreate.spaces.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The ideas board in Chromium: a member types a title and is shown a similar idea, posts with a
 * picture, another member supports it (the count changes without a reload), the organisation
 * answers in public, and the author finds the answer in their notifications. Every page is
 * checked with axe-core and none may break the Content Security Policy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdeasJourneyIT extends BrowserJourney {

	static final String PASSWORD = "violet kettle harbour 42";

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws IOException {
		Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "journey-it")), "ideas-");
		registry.add("cocreate.database.embedded-dir", () -> dataDir.resolve("postgres").toString());
		registry.add("cocreate.demo.enabled", () -> "false");
	}

	@LocalServerPort
	int port;

	@Autowired
	Registration registration;

	@Autowired
	Organisations organisations;

	@Autowired
	Spaces spaces;

	@Autowired
	Ideas ideas;

	@Override
	protected int port() {
		return port;
	}

	@Test
	void postWithAPictureSupportAnswerAndTheAuthorIsNotified() throws Exception {
		String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		MemberSummary staff = person("staff" + suffix);
		MemberSummary author = person("author" + suffix);
		MemberSummary fan = person("fan" + suffix);
		String org = "org-" + suffix;
		organisations.create(staff.id(), new CreateOrganisation("Harbour Town " + suffix, org, OrganisationKind.CITY, "", ""));
		String space = "harbour-" + suffix;
		spaces.create(staff.id(), new CreateSpace(org, "Harbour ideas " + suffix, space, "", Visibility.PUBLIC, null));
		ideas.post(fan.id(), new PostIdea(space, "Covered bike parking at the ferry", "Rain every day.", List.of()));

		// The author types a title: a similar idea is suggested while typing
		logIn(page, author);
		visit("/s/" + space + "/ideas/new");
		page.getByLabel("Title").pressSequentially("Bike parking at the ferry terminal", new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(10));
		assertThat(page.locator("#similar").getByRole(AriaRole.LINK,
				new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Covered bike parking at the ferry")))
			.isVisible();
		checked("post form with a similar idea");

		// ... and posts it anyway, with a picture
		page.getByLabel("Body").fill("Room for **forty** bikes, with a roof.");
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
		third.getByLabel("Status").selectOption("PLANNED");
		third.getByLabel("Public response").fill("Planned for the spring; the roof is ordered.");
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
		assertThat(page).hasURL(Pattern.compile(Pattern.quote(ideaPath) + "$"));
		assertThat(page.getByText("Planned for the spring; the roof is ordered.")).isVisible();
		assertThat(page.locator(".bar .count")).hasCount(0);
		checked("the answered idea");

		assertThat(cspViolations).as("Content Security Policy violations").isEmpty();
	}

	private MemberSummary person(String handle) {
		return registration.createVerified(
				new SignUp(handle + "@journey.test", handle, handle.substring(0, 1).toUpperCase(Locale.ROOT) + handle.substring(1),
						PASSWORD, "en"),
				false);
	}

	private static void logIn(Page page, MemberSummary member) {
		page.navigate("/login");
		page.getByLabel("E-mail address or handle").fill(member.handle());
		page.getByLabel("Password").fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your feed"))).isVisible();
	}
}
