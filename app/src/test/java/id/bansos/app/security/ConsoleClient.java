package id.bansos.app.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A bare HTTP client of the console asking for pages as a browser does, that keeps its cookies itself (the JDK's cookie
 * store withholds secure cookies from plain HTTP) and follows no redirect, so that each answer can be looked at.
 */
final class ConsoleClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String lastPage = "";

    ConsoleClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Logs in through the form; answers where the server sent the browser next. */
    String logIn(String user, String password) {
        cookies.clear();
        get("/login");
        return post("/login", Map.of("username", user, "password", password, "_csrf", csrf()))
                .headers().firstValue("Location").orElse("");
    }

    HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(request(path).GET());
        lastPage = response.body();
        return response;
    }

    /** Posts a form as it is given, CSRF token included or not. */
    HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The CSRF token of the last page fetched. */
    String csrf() {
        Matcher m = CSRF.matcher(lastPage);
        if (!m.find()) {
            throw new IllegalStateException("the last page has no CSRF token");
        }
        return m.group(1);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html");
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(c -> {
                String pair = c.split(";", 2)[0];
                cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            });
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
