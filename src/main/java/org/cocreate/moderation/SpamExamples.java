package org.cocreate.moderation;

import org.cocreate.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The labelled examples moderators made by deciding on held content, exported as CSV in the
 * format the classifier's training files use ({@code CONTENT,label}; 1 spam, 0 not), so they can
 * be shipped as a further training file. The running application also trains on them at start.
 */
@Service
public class SpamExamples {

	private final JdbcClient jdbc;

	private final ModerationPermissions permissions;

	SpamExamples(JdbcClient jdbc, ModerationPermissions permissions) {
		this.jdbc = jdbc;
		this.permissions = permissions;
	}

	@Transactional(readOnly = true)
	public String csv(long adminId) {
		if (!permissions.platformAdmin(adminId)) {
			throw DomainException.forbidden("moderation.error.platform-only");
		}
		var out = new StringBuilder("CONTENT,label\r\n");
		jdbc.sql("select text, spam from spam_example order by id").query((java.sql.ResultSet rs) -> {
			out.append('"').append(rs.getString(1).replace("\"", "\"\"")).append("\",").append(rs.getBoolean(2) ? 1 : 0)
				.append("\r\n");
		});
		return out.toString();
	}
}
