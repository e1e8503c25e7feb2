package com.salesbot.core.conversation;

import java.util.List;

/** Structured content attached to a reply; each adapter renders it natively (Block Kit, embeds, text). */
public sealed interface Block {

    /** A table, e.g. a leaderboard; {@code highlightRow} marks the asker's own row, or -1. */
    record Table(List<String> header, List<List<String>> rows, int highlightRow) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** Progress towards a goal; {@code ratio} 1.0 is the goal reached, it may exceed 1. */
    record Progress(String label, double ratio) implements Block {}

    /** Buttons or numbered options the user can pick instead of typing. */
    record Choices(List<Choice> choices) implements Block {
        public Choices {
            choices = List.copyOf(choices);
        }
    }

    /**
     * A picture, e.g. a chart, as PNG bytes; {@code fileName} is what platforms show when the image is a file.
     */
    record Image(String title, String fileName, byte[] png) implements Block {
        public Image {
            java.util.Objects.requireNonNull(title, "title");
            java.util.Objects.requireNonNull(fileName, "fileName");
            png = png.clone();
        }

        /** A copy of the bytes, so no caller can change the image behind another's back. */
        @Override
        public byte[] png() {
            return png.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Image i
                    && title.equals(i.title)
                    && fileName.equals(i.fileName)
                    && java.util.Arrays.equals(png, i.png);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(title, fileName, java.util.Arrays.hashCode(png));
        }

        @Override
        public String toString() {
            return "Image[" + title + ", " + fileName + ", " + png.length + " bytes]";
        }
    }

    /**
     * A file to hand over in chat, e.g. a CSV export: platforms upload it, the console saves it and prints
     * the path.
     */
    record Attachment(String title, String fileName, String mediaType, byte[] bytes) implements Block {
        public Attachment {
            java.util.Objects.requireNonNull(title, "title");
            java.util.Objects.requireNonNull(fileName, "fileName");
            java.util.Objects.requireNonNull(mediaType, "mediaType");
            bytes = bytes.clone();
        }

        /** A copy of the bytes, so no caller can change the file behind another's back. */
        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Attachment a
                    && title.equals(a.title)
                    && fileName.equals(a.fileName)
                    && mediaType.equals(a.mediaType)
                    && java.util.Arrays.equals(bytes, a.bytes);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(title, fileName, mediaType, java.util.Arrays.hashCode(bytes));
        }

        @Override
        public String toString() {
            return "Attachment[" + fileName + ", " + mediaType + ", " + bytes.length + " bytes]";
        }
    }

    /** One option: what the user sees and the text that choosing it sends. */
    record Choice(String label, String value) {}
}
