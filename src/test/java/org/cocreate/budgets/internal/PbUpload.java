package org.cocreate.budgets.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.cocreate.Http;

/** Sends a .pb file as the raw body of an API request, the way a script would with curl --data-binary. */
final class PbUpload {

	private final int port;

	PbUpload(int port) {
		this.port = port;
	}

	Http.Response post(String path, String token, byte[] body) {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "text/plain; charset=utf-8")
			.header("Accept", "application/json, application/problem+json")
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Http.Response(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
