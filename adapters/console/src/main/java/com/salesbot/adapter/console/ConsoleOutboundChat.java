package com.salesbot.adapter.console;

import com.salesbot.core.conversation.OutboundChat;
import com.salesbot.core.conversation.Reply;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Messages the bot starts on its own (reminders), printed into the console transcript like any other
 * bot message: {@code bot → alice: …} for a person, {@code bot → #team-west: …} for a channel, and
 * {@code bot → #team-west (thread 3): …} for a reply in the thread under channel post number 3.
 */
public final class ConsoleOutboundChat implements OutboundChat {
    private final ConsoleRenderer renderer = new ConsoleRenderer();
    // Channel posts are numbered from 1 in the order printed, so a thread can name the post it hangs under.
    private final AtomicInteger channelPosts = new AtomicInteger();
    private final AtomicReference<PrintStream> out =
            new AtomicReference<>(new PrintStream(System.out, true, StandardCharsets.UTF_8));

    /** Prints to {@code stream} from now on (the script runner's output, say). */
    public void printTo(PrintStream stream) {
        out.set(stream);
    }

    @Override
    public String platform() {
        return ConsoleSession.PLATFORM;
    }

    /** {@code console:alice} is printed as {@code bot → alice: …}. */
    @Override
    public void sendDirect(String identity, Reply reply) {
        String name = identity.startsWith(ConsoleSession.PLATFORM + ":")
                ? identity.substring(ConsoleSession.PLATFORM.length() + 1)
                : identity;
        print(name, reply);
    }

    @Override
    public Optional<String> postToChannel(String workspace, String channel, String thread, Reply reply) {
        String id = String.valueOf(channelPosts.incrementAndGet());
        print(thread == null ? "#" + channel : "#" + channel + " (thread " + thread + ")", reply);
        return Optional.of(id);
    }

    @Override
    public void postImage(String workspace, String channel, String title, byte[] png) {
        print("#" + channel, Reply.text("[image: " + title + ", " + png.length + " bytes]"));
    }

    private void print(String to, Reply reply) {
        PrintStream stream = out.get();
        synchronized (stream) {
            renderer.print(stream, to, reply);
        }
    }
}
