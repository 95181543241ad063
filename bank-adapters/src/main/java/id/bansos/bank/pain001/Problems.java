package id.bansos.bank.pain001;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Collects problems up to a limit, counting those past it; the schema validator reports to it as error handler. */
final class Problems implements ErrorHandler {

    private final int limit;
    private final List<ValidationProblem> list = new ArrayList<>();
    private boolean truncated;

    Problems(int limit) {
        this.limit = limit;
    }

    void add(ValidationProblem problem) {
        if (list.size() < limit) {
            list.add(problem);
        } else {
            truncated = true;
        }
    }

    void add(SAXParseException e) {
        add(new ValidationProblem(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
    }

    @Override
    public void warning(SAXParseException e) {
    }

    @Override
    public void error(SAXParseException e) {
        add(e);
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXParseException {
        throw e;
    }

    List<ValidationProblem> list() {
        return list;
    }

    boolean truncated() {
        return truncated;
    }
}
