package id.bansos.app.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through chromedriver, pointed at the console on a port. The browser and its driver are
 * the machine's ({@code CHROME_BIN} and {@code CHROMEDRIVER}, else Debian's {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver}); nothing is downloaded. Where no Chromium is installed the test is skipped, saying so.
 */
final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String base;

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    /** A new browser on the console at {@code port}; skips the calling test when the machine has no Chromium. */
    static Browser on(int port) {
        Optional<Path> chromium = executable(System.getenv("CHROME_BIN"), "/usr/bin/chromium",
                "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
        Assumptions.assumeTrue(chromium.isPresent(), "browser tests skipped: no Chromium binary (set CHROME_BIN, or "
                + "apt-get install chromium chromium-driver; .ci/run installs them)");
        Path driver = executable(System.getenv("CHROMEDRIVER"), "/usr/bin/chromedriver").orElseThrow(() ->
                new IllegalStateException("Chromium is installed but chromedriver is not: "
                        + "apt-get install chromium-driver"));
        ChromeOptions options = new ChromeOptions().setBinary(chromium.get().toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(2));
        return new Browser(chrome, "http://localhost:" + port);
    }

    /** Opens a console path, e.g. {@code /batches}. */
    Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    /** Logs in through the login form, starting from a fresh session. */
    Browser logIn(String user, String password) {
        driver.manage().deleteCookieNamed("BANSOS_SESSION");
        open("/login");
        type("username", user);
        type("password", password);
        return click("login");
    }

    /** Types into the field with this id, replacing what it held. */
    Browser type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Clicks the button or link with this id and waits for the page it leads to. */
    Browser click(String id) {
        return toNextPage(driver.findElement(By.id(id)));
    }

    /** Follows the link with exactly this text and waits for the page it leads to. */
    Browser follow(String linkText) {
        return toNextPage(driver.findElement(By.linkText(linkText)));
    }

    /** Picks the option whose value is {@code value} in the select with this id. */
    Browser select(String id, String value) {
        driver.findElement(By.cssSelector("#" + id + " option[value='" + value + "']")).click();
        return this;
    }

    /** The text of the element with this id. */
    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** The texts of every element matching a CSS selector. */
    List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    /** How many elements match a CSS selector. */
    int count(String css) {
        return driver.findElements(By.cssSelector(css)).size();
    }

    /** Whether an element with this id is on the page. */
    boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    /** Saves the whole page, as tall as it is, as a PNG. */
    void screenshot(Path png) throws IOException {
        Dimension window = driver.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(window.getWidth(), (int) height + 140));
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.write(png, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(window);
    }

    /** The page's title. */
    String title() {
        return driver.getTitle();
    }

    /** The page's language, from {@code <html lang>}. */
    String language() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    /** The path shown in the address bar. */
    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /**
     * Clicks the button or link with this id that answers with a file, and waits until the file is whole in
     * {@code dir} (an empty folder of its own); answers the file.
     */
    Path download(String id, Path dir) {
        ((ChromeDriver) driver).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", dir.toAbsolutePath().toString()));
        driver.findElement(By.id(id)).click();
        return new WebDriverWait(driver, Duration.ofMinutes(1)).until(d -> downloaded(dir));
    }

    /**
     * The downloaded file once Chromium has finished: it reserves the final name as an empty file while the bytes
     * still go to a {@code .crdownload}, so a file counts only when no download is under way and it has content.
     */
    private static Path downloaded(Path dir) {
        try (Stream<Path> listed = Files.list(dir)) {
            List<Path> files = listed.toList();
            if (files.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"))) {
                return null;
            }
            for (Path f : files) {
                if (Files.size(f) > 0) {
                    return f;
                }
            }
            return null;
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    /**
     * Clicks and waits for the next document to be loaded: the old page's window carries a mark the next one lacks.
     * Chromium may answer a question about an element of the page being left with an error of its own rather than
     * a stale element, so the wait asks the window, not an element, and asks again on any driver error.
     */
    private Browser toNextPage(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("window.bansosLeaving = true");
        element.click();
        new WebDriverWait(driver, Duration.ofMinutes(1)).ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return window.bansosLeaving === undefined && document.readyState === 'complete'")));
        return this;
    }

    private static Optional<Path> executable(String... candidates) {
        return Stream.of(candidates).filter(c -> c != null && !c.isBlank()).map(Path::of)
                .filter(Files::isExecutable).findFirst();
    }
}
