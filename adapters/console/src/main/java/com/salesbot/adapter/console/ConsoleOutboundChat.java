package com.salesbot.adapter.console;

import com.salesbot.core.conversation.OutboundChat;
import com.salesbot.core.conversation.Reply;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Messages the bot starts on its own (reminders), printed into the console transcript like any other
 * bot message: {@code bot → alice: …} for a person, {@code bot → #team-west: …} for a channel.
 */
public final class ConsoleOutboundChat implements OutboundChat {
    private final ConsoleRenderer renderer = new ConsoleRenderer();
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
    public void postToChannel(String workspace, String channel, String thread, Reply reply) {
        print("#" + channel, reply);
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
