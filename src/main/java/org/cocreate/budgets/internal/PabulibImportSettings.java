package org.cocreate.budgets.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of a pabulib import ({@code cocreate.budgets.import.*}); a file over any of them is
 * refused with a message naming the limit, as soon as it is crossed, and nothing is stored. The
 * defaults take every real pabulib election (the largest we know, Kraków 2024, is 4 MB with 65,101
 * voters) with room to spare, and keep one import's heap to a few hundred MB at most.
 *
 * @param maxFileSize the largest file (the page's upload is also bounded by
 * {@code spring.servlet.multipart.max-file-size}, 25 MB)
 * @param maxProjects the most projects in a file
 * @param maxVoters the most votes (rows of VOTES) in a file
 */
@ConfigurationProperties("cocreate.budgets.import")
public record PabulibImportSettings(@DefaultValue("16MB") DataSize maxFileSize, @DefaultValue("2000") int maxProjects,
		@DefaultValue("400000") int maxVoters) {

	/** The file size limit in megabytes, as the page and the messages say it (e.g. "16", "2.5"). */
	public String maxMegabytes() {
		return java.math.BigDecimal.valueOf(maxFileSize.toBytes())
			.divide(java.math.BigDecimal.valueOf(1 << 20), 1, java.math.RoundingMode.DOWN)
			.stripTrailingZeros()
			.toPlainString();
	}
}
