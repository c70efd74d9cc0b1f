package org.cocreate.mail;

import java.time.Instant;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The development mailbox: present only when no SMTP server is configured. */
@Controller
@ConditionalOnExpression("'${spring.mail.host:}'.isBlank() and !'${spring.profiles.active:}'.contains('prod')")
class DevMailboxController {

	record KeptMail(long id, String recipient, String subject, String body, Instant createdAt) {
	}

	private final JdbcClient jdbc;

	DevMailboxController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/dev/mailbox")
	String mailbox(Model model) {
		List<KeptMail> mails = jdbc.sql("select id, recipient, subject, body, created_at from dev_mail order by id desc limit 100")
			.query(KeptMail.class)
			.list();
		model.addAttribute("mails", mails);
		return "mail/mailbox";
	}

	@PostMapping("/dev/mailbox/clear")
	String clear() {
		jdbc.sql("delete from dev_mail").update();
		return "redirect:/dev/mailbox";
	}
}
