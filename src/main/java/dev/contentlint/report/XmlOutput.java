package dev.contentlint.report;

import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An indented XML 1.0 document for the JUnit and Checkstyle reporters, written with the JDK's
 * {@link XMLStreamWriter} so that markup characters are always escaped. Two things that
 * writer leaves to us are done here: characters that XML 1.0 cannot carry at all (control
 * characters, lone surrogates) become U+FFFD, and line breaks and tabs in attribute values
 * become spaces, because the writer emits them raw and every parser would turn them into
 * spaces anyway; element text keeps its line breaks.
 */
final class XmlOutput {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final StringWriter buffer = new StringWriter();
    private final XMLStreamWriter xml;
    /** For each open element: whether it has child elements, so its end tag goes on a new line. */
    private final Deque<Boolean> open = new ArrayDeque<>();

    XmlOutput() {
        try {
            xml = FACTORY.createXMLStreamWriter(buffer);
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens an element that {@link #end} closes. */
    XmlOutput start(String name) {
        try {
            indent();
            xml.writeStartElement(name);
            open.push(false);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** Writes an element with no content; its attributes follow. */
    XmlOutput empty(String name) {
        try {
            indent();
            xml.writeEmptyElement(name);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    XmlOutput attribute(String name, Object value) {
        try {
            xml.writeAttribute(name, clean(String.valueOf(value), true));
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    XmlOutput text(String text) {
        try {
            xml.writeCharacters(clean(text, false));
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    XmlOutput end() {
        try {
            if (open.pop()) {
                xml.writeCharacters("\n" + "  ".repeat(open.size()));
            }
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** Closes the document and returns it, with a final line break. */
    String finish() {
        try {
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return buffer + "\n";
    }

    private void indent() throws XMLStreamException {
        if (!open.isEmpty()) {
            open.pop();
            open.push(true);
        }
        xml.writeCharacters("\n" + "  ".repeat(open.size()));
    }

    /** Text that XML 1.0 can carry and that parses back to itself (see the class comment). */
    static String clean(String text, boolean attribute) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(unified.length());
        unified.codePoints().forEach(c -> {
            if (attribute && (c == '\n' || c == '\t')) {
                out.append(' ');
            } else if (c == '\t' || c == '\n' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                    || c >= 0x10000) {
                out.appendCodePoint(c);
            } else {
                out.append('\uFFFD');
            }
        });
        return out.toString();
    }
}
