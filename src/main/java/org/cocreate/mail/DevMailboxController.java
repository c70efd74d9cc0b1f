package org.cocreate.mail;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import org.cocreate.shared.web.Loopback;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The development mailbox: present only when no SMTP server is configured, on the embedded
 * database, outside the prod profile — and answering only requests from this machine
 * (loopback), since it holds everyone's verification and reset links. Others get a 404.
 */
@Controller
@ConditionalOnExpression("'${spring.mail.host:}'.isBlank() and '${cocreate.database.url:}'.isBlank() "
		+ "and !'${spring.profiles.active:}'.contains('prod')")
class DevMailboxController {

	record KeptMail(long id, String recipient, String subject, String body, Instant createdAt) {
	}

	private final JdbcClient jdbc;

	DevMailboxController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/dev/mailbox")
	String mailbox(HttpServletRequest request, Model model) {
		fromThisMachine(request);
		List<KeptMail> mails = jdbc.sql("select id, recipient, subject, body, created_at from dev_mail order by id desc limit 100")
			.query(KeptMail.class)
			.list();
		model.addAttribute("mails", mails);
		return "mail/mailbox";
	}

	@PostMapping("/dev/mailbox/clear")
	String clear(HttpServletRequest request) {
		fromThisMachine(request);
		jdbc.sql("delete from dev_mail").update();
		return "redirect:/dev/mailbox";
	}

	private static void fromThisMachine(HttpServletRequest request) {
		if (!Loopback.is(request)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}
}
