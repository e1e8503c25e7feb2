package com.salesbot.core.conversation;

/**
 * Port: public posts to a team's recognition channel (kudos, milestones, shout-outs). Teams without
 * one configured get nothing extra: the answer in the chat where it was asked is the public post.
 */
public interface Announcements {
    /** Posts nowhere, for teams and tests without a recognition channel. */
    Announcements NONE = new Announcements() {
        @Override
        public boolean toTeam(String teamId, Reply reply) {
            return false;
        }

        @Override
        public boolean reaches(String teamId) {
            return false;
        }
    };

    /**
     * True when the message with this key ({@link ChatMessage#messageKey()}) was written in the team's
     * recognition channel itself, where the answer to it is already the public post.
     */
    default boolean isChannelOf(String teamId, String messageKey) {
        return false;
    }

    /** True when the team has a recognition channel on a platform that is running. */
    default boolean reaches(String teamId) {
        return true;
    }

    /**
     * Posts the reply to the team's recognition channel.
     *
     * @return true when the team has such a channel and the post was handed to its platform
     */
    boolean toTeam(String teamId, Reply reply);
}
