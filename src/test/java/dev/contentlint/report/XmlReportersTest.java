package dev.contentlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.engine.RunResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JUnit and Checkstyle outputs parse as XML and carry hostile text through intact. */
class XmlReportersTest {
    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element element(Document doc, String tag, int index) {
        return (Element) doc.getElementsByTagName(tag).item(index);
    }

    @Test
    void junitParsesAndCountsAddUp() throws Exception {
        Document doc = parse(new JunitReporter().render(ReportFixtures.input()));
        Element root = doc.getDocumentElement();
        NodeList cases = doc.getElementsByTagName("testcase");
        assertEquals("testsuites", root.getTagName());
        assertEquals(String.valueOf(cases.getLength()), root.getAttribute("tests"));
        assertEquals("8", root.getAttribute("failures"));
        assertEquals("1", root.getAttribute("errors"));
        assertEquals(3, doc.getElementsByTagName("testsuite").getLength());
        assertEquals("content/faq/café au lait.md", element(doc, "testsuite", 0).getAttribute("name"));
        assertEquals("required-field 1:1", element(doc, "testcase", 0).getAttribute("name"));
        assertEquals("info", element(doc, "failure", 6).getAttribute("type"));
        assertEquals("contentlint", element(doc, "testsuite", 2).getAttribute("name"));
        assertEquals("3 of 5 files checked had no findings", element(doc, "system-out", 0).getTextContent());
    }

    @Test
    void junitKeepsMarkupAndLineBreaksAndReplacesControlCharacters() throws Exception {
        Document doc = parse(new JunitReporter().render(ReportFixtures.input()));
        Element failure = element(doc, "failure", 5);
        // Attribute values are one line: XML would turn the line break into a space anyway.
        assertEquals("Value is 100% wrong: expected a list, got a string hint: <script>alert(1)</script> & \"co\"",
                failure.getAttribute("message"));
        String body = failure.getTextContent();
        assertTrue(body.contains("got a string\nhint: <script>alert(1)</script> & \"co\"\n"), body);
        assertTrue(body.contains("excerpt: <script>alert(1)</script> & co\uFFFD\n"), body);
    }

    @Test
    void junitOfACleanRunHasOnePassingTestcase() throws Exception {
        var input = new ReportInput(new RunResult(List.of(), 4, List.of(), 0), List.of(), "0.1.0",
                ReportFixtures.WORKING_DIRECTORY, ReportFixtures.ROOT);
        Document doc = parse(new JunitReporter().render(input));
        assertEquals("1", doc.getDocumentElement().getAttribute("tests"));
        assertEquals("0", doc.getDocumentElement().getAttribute("failures"));
        assertEquals(0, doc.getElementsByTagName("failure").getLength());
        assertEquals("4 of 4 files checked had no findings", element(doc, "system-out", 0).getTextContent());
    }

    @Test
    void checkstyleParsesWithOneFilePerPage() throws Exception {
        Document doc = parse(new CheckstyleReporter().render(ReportFixtures.input()));
        assertEquals("4.3", doc.getDocumentElement().getAttribute("version"));
        assertEquals(2, doc.getElementsByTagName("file").getLength());
        assertEquals(8, doc.getElementsByTagName("error").getLength());
        Element hostile = element(doc, "error", 5);
        assertEquals("6", hostile.getAttribute("line"));
        assertEquals("7", hostile.getAttribute("column"));
        assertEquals("error", hostile.getAttribute("severity"));
        assertEquals("contentlint.field-type", hostile.getAttribute("source"));
        assertEquals("Value is 100% wrong: expected a list, got a string hint: <script>alert(1)</script> & \"co\"",
                hostile.getAttribute("message"));
        assertEquals("info", element(doc, "error", 7).getAttribute("severity"));
    }

    @Test
    void cleanReplacesWhatXmlCannotCarry() {
        assertEquals("a\uFFFDb\uFFFDc\uFFFD\uD83D\uDE80", XmlOutput.clean("a\u0000b\u001Bc\uD800\uD83D\uDE80", false));
        assertEquals("one\ntwo\nthree\tx", XmlOutput.clean("one\r\ntwo\rthree\tx", false));
        assertEquals("one two three x", XmlOutput.clean("one\r\ntwo\rthree\tx", true));
        assertEquals("\uFFFD\uFFFD", XmlOutput.clean("\uFFFE\uFFFF", false));
    }
}
