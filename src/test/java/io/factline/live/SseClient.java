package io.factline.live;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A minimal Server-Sent Events reader for tests: messages and comments land in a queue. */
final class SseClient implements AutoCloseable {

    /** An SSE message; a comment has name ":" and the comment text as data. */
    record Message(String name, String data) {
        boolean isComment(String text) {
            return name.equals(":") && data.equals(text);
        }
    }

    private final BlockingQueue<Message> queue = new LinkedBlockingQueue<>();
    private final List<Message> seen = new ArrayList<>();
    private final InputStream body;
    private final HttpResponse<InputStream> response;

    private SseClient(HttpResponse<InputStream> response) {
        this.response = response;
        this.body = response.body();
        Thread reader = new Thread(this::read, "sse-test-reader");
        reader.setDaemon(true);
        reader.start();
    }

    static SseClient open(URI uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET().build();
        return new SseClient(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream()));
    }

    HttpResponse<InputStream> response() {
        return response;
    }

    /**
     * Returns a message that matches, from those already read or the next to arrive; every
     * message read is kept in {@link #seen()}. Messages of one transaction may arrive in any
     * order, so this looks back as well as forward.
     *
     * @throws AssertionError when none arrives within the timeout
     */
    Message await(Predicate<Message> match, Duration timeout) throws InterruptedException {
        for (Message m : seen) {
            if (match.test(m)) {
                return m;
            }
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            Message m = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
            if (m == null) {
                throw new AssertionError("No matching message within " + timeout + "; saw " + seen);
            }
            seen.add(m);
            if (match.test(m)) {
                return m;
            }
        }
    }

    List<Message> seen() {
        return seen;
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String name = "message";
            StringBuilder data = new StringBuilder();
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        queue.add(new Message(name, data.toString()));
                    }
                    name = "message";
                    data.setLength(0);
                } else if (line.startsWith(":")) {
                    queue.add(new Message(":", line.substring(1).strip()));
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).stripLeading());
                }
            }
        } catch (IOException e) {
            // closed by the test
        }
    }

    @Override
    public void close() throws IOException {
        body.close();
    }
}
