package id.bansos.bank.pain001;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Validates pain.001.001.09 files against the schema, streaming, so a file of a million lines is checked in constant
 * memory, and checks that the announced {@code NbOfTxs}/{@code CtrlSum} of {@code GrpHdr} and each {@code PmtInf}
 * match the transactions. Nothing outside the file and the schema is ever read: the schema factory and validator
 * allow no external DTD or schema and run with secure processing, and the file's parser refuses any DOCTYPE.
 * Thread-safe: the compiled schema is shared, each call gets its own parser and validator.
 */
public final class Pain001Validator {

    /** The classpath location of the bundled schema. */
    public static final String BUNDLED_XSD = "/xsd/pain.001.001.09.xsd";
    /** The most problems a report lists. */
    public static final int MAX_PROBLEMS = 100;

    private static final class Bundled {
        private static final Pain001Validator INSTANCE = fromResource();
    }

    private final Schema schema;

    private Pain001Validator(Schema schema) {
        this.schema = schema;
    }

    /** The validator with the schema bundled on the classpath. */
    public static Pain001Validator bundled() {
        return Bundled.INSTANCE;
    }

    /** A validator with the schema in a file. */
    public static Pain001Validator of(Path xsd) {
        try (InputStream in = Files.newInputStream(xsd)) {
            return new Pain001Validator(compile(in, xsd.toUri().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schema " + xsd + ": " + e.getMessage(), e);
        }
    }

    /** Validates a file. */
    public Pain001ValidationReport validate(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return validate(in);
        }
    }

    /** Validates the stream's content; the stream is read to its end (or the first fatal error) but not closed. */
    public Pain001ValidationReport validate(InputStream in) throws IOException {
        Problems problems = new Problems(MAX_PROBLEMS);
        TotalsCheck totals = new TotalsCheck(problems);
        ValidatorHandler validator = schema.newValidatorHandler();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(problems);
            validator.setContentHandler(totals);
            XMLReader reader = hardenedReader();
            reader.setErrorHandler(problems);
            reader.setContentHandler(validator);
            reader.parse(new InputSource(in));
        } catch (SAXParseException e) {
            problems.add(e);
        } catch (SAXException e) {
            problems.add(new ValidationProblem(-1, -1, e.getMessage()));
        }
        return new Pain001ValidationReport(problems.list(), problems.truncated(), totals.transactions(),
                totals.sum());
    }

    private static Pain001Validator fromResource() {
        URL xsd = Pain001Validator.class.getResource(BUNDLED_XSD);
        if (xsd == null) {
            throw new IllegalStateException("the bundled schema " + BUNDLED_XSD + " is not on the classpath");
        }
        try (InputStream in = xsd.openStream()) {
            return new Pain001Validator(compile(in, xsd.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled schema: " + e.getMessage(), e);
        }
    }

    private static Schema compile(InputStream xsd, String systemId) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(new StreamSource(xsd, systemId));
        } catch (SAXException e) {
            throw new IllegalStateException("the schema " + systemId + " does not compile: " + e.getMessage(), e);
        }
    }

    private static XMLReader hardenedReader() throws SAXException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's SAX parser cannot be hardened", e);
        }
    }
}
